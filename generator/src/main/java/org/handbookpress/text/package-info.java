/**
 * What a script's writing leaves to the writer, read the same way by the glossary's matcher and the search index:
 * Arabic's optional marks and letters with hamza, and the little words written onto the next word.
 * A language's alphabetical order ({@link org.handbookpress.text.Alphabetical}), shared by the reading order, the
 * glossary and the register. Where emphasis may open and close in Chinese, Japanese and Korean, written without spaces
 * ({@link org.handbookpress.text.CjkFlanking}), for every Flexmark parser of the plugin's
 * ({@link org.handbookpress.text.CjkEmphasisParser}). HTML's character references in a title that a site's layouts wrote
 * as HTML ({@link org.handbookpress.text.CharacterReferences}), and its inline tags ({@link org.handbookpress.text.InlineTags}). The quotes a word processor's smart punctuation
 * writes ({@link org.handbookpress.text.SmartQuotes}), for the link check and the check of Markdown left as text. How far a misspelt name is from the one it means
 * ({@link org.handbookpress.text.EditDistance}), for the findings' "did you mean". The id GitHub and Hugo give a heading
 * ({@link org.handbookpress.text.GithubSlug}). A line's indentation ({@link org.handbookpress.text.Indentation}). Depends on
 * nothing else of the plugin's.
 */
package org.handbookpress.text;

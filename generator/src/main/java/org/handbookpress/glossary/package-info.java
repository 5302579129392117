/**
 * The glossary: "the words we use", read from the page of kind {@code glossary} and linked from every
 * other page.
 *
 * <ol>
 *   <li>{@link org.handbookpress.glossary.TermAnchors} gives each term its anchor right after Markdown,
 *       so links to {@code glossary.md#term-…} pass the link check. Anchors follow {@link org.handbookpress.glossary.TermSlug}:
 *       {@code term-} and the term in lower case, letters of any script kept ({@code term-gŵyl}), other runs
 *       of characters as one hyphen ({@code term-taking-time}).</li>
 *   <li>{@link org.handbookpress.glossary.GlossaryReader} reads the {@link org.handbookpress.glossary.Glossary}
 *       once links are rewritten: terms, definitions, {@code Also:} forms, source lines; it warns about
 *       duplicates and empty definitions.</li>
 *   <li>{@link org.handbookpress.glossary.GlossaryLinker} links the first use of each term on every other
 *       page, with one {@link org.handbookpress.glossary.TermMatcher} (a trie walked from word starts:
 *       case-insensitive, whole words in any script, longest term first) over the page's text nodes. Terms the
 *       page's own title names are not linked on it, nor terms inside the organisation's name or the
 *       handbook's title.</li>
 *   <li>{@link org.handbookpress.glossary.GlossaryPage} rewrites the glossary page: A–Z list, entries in the
 *       handbook language's alphabetical order, definitions with their own terms linked, other forms,
 *       "Used in" lists; it warns about terms no page uses.</li>
 * </ol>
 *
 * <p>Opting out: {@code glossary: false} in a page's front matter leaves the whole page unlinked; a word or
 * passage inside an element with class {@code no-glossary} (in Markdown, {@code <span class="no-glossary">Round</span>})
 * stays unlinked. The popup is {@code assets/glossary.js} and {@code assets/glossary.css} of the theme.
 */
package org.handbookpress.glossary;

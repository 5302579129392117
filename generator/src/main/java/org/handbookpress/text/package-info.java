/**
 * What a script's writing leaves to the writer, read the same way by the glossary's matcher and the search index:
 * Arabic's optional marks and letters with hamza, and the little words written onto the next word.
 * A language's alphabetical order ({@link org.handbookpress.text.Alphabetical}), shared by the reading order, the
 * glossary and the register. Depends on nothing else of the plugin's.
 */
package org.handbookpress.text;

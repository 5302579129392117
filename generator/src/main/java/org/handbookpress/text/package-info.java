/**
 * What a script's writing leaves to the writer, read the same way by the glossary's matcher and the search index:
 * Arabic's optional marks and letters with hamza, and the little words written onto the next word.
 * Depends on nothing else of the plugin's.
 */
package org.handbookpress.text;

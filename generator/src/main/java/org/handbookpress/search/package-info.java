/**
 * Search: an index of every page's text written as a script, searched in the browser by MiniSearch
 * (packaged into the plugin), so search works offline and opened from disk.
 */
package org.handbookpress.search;

/**
 * Search: an index built by the build and cut into small scripts (a manifest, chunks of terms, one
 * file per page) that the search page loads only as a query needs them, so search works offline,
 * opened from disk, and stays small however large the handbook grows.
 */
package org.handbookpress.search;

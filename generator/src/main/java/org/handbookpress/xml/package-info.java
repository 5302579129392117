/**
 * XML written by hand (an e-book's package documents, a PDF's metadata, the sitemap): text made safe for it.
 * Depends on nothing else of the plugin's.
 */
package org.handbookpress.xml;

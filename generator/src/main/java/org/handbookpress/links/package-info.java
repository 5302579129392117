/**
 * Links: the index of every page, heading and file, and the pass that rewrites what authors write
 * ({@code .md} paths, {@code [[wiki links]]}, image paths) into relative URLs of the built site,
 * reporting every missing target with its file and line.
 */
package org.handbookpress.links;

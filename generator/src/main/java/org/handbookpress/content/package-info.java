/**
 * Loading: handbook.yml and every page's front matter, parsed as YAML with line numbers and validated
 * key by key, the pages in reading order, and the other files to copy. Nothing here knows Markdown.
 */
package org.handbookpress.content;

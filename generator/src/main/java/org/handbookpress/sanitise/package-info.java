/**
 * Sanitise: what raw HTML, CSS and SVG from content may put in front of a reader. Every page's HTML
 * goes through one allow-list ({@link org.handbookpress.sanitise.HtmlSanitiser}) right after Markdown,
 * before any other pass sees it; SVG files are checked and cleaned before they are copied into the
 * site ({@link org.handbookpress.sanitise.SvgSanitiser}). Anything that would load from another
 * website or run code is removed, and every removal is a finding with its file and line.
 */
package org.handbookpress.sanitise;

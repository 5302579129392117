/**
 * Markdown to HTML: Flexmark with the format's extensions, source lines recorded on elements, and the
 * first HTML passes (callouts and exercises). Later stages work on {@link org.handbookpress.markdown.PageHtml}.
 */
package org.handbookpress.markdown;

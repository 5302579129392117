/**
 * Up-to-date checks: a build whose inputs (content, templates, options, date, the plugin and its theme)
 * and output folder are as the last build left them has nothing to do, and repeats that build's findings.
 */
package org.handbookpress.uptodate;

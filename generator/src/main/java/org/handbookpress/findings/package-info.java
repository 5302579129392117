/**
 * Findings about the content: what is wrong, where (file, line, column), and how to fix it. Every
 * stage adds to one {@link org.handbookpress.findings.Findings} so that a build or a check run reports
 * every problem at once, sorted by file and line. The bottom package: it depends on no other stage.
 */
package org.handbookpress.findings;

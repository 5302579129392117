/**
 * The content checks: rules that read the handbook and its pages and add findings, and the
 * silencing rules authors write ({@code ignore:}, {@code handbook-ignore} comments).
 */
package org.handbookpress.check;

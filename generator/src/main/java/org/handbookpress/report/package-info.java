/** The findings written out: the JSON report file and the preview's HTML report page. */
package org.handbookpress.report;

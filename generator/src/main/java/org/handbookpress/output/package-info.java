/**
 * Writing: a staging folder swapped in only when the whole build succeeded, guarded so that nothing
 * is ever written or deleted outside the output folder.
 */
package org.handbookpress.output;

/**
 * The words the theme and the build write around a handbook's own text, in each page's language: the theme's
 * catalogues ({@code labels/<code>.properties} in the theme) and the author's ({@code templates/labels/}), looked up
 * label by label down to English, with ICU's plural rules for labels with numbers. Depends only on findings.
 */
package org.handbookpress.labels;

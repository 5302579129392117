/**
 * Files: the names of files on disk as the handbook's text names them, whatever the platform's
 * file-name encoding (a CI image with {@code LANG=C} included).
 */
package org.handbookpress.files;

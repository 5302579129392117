/**
 * The reader's side of the finished site, last in the build because it reads every file's final bytes:
 * the Content-Security-Policy in every page, the web app manifest and its icons, the offline copy
 * ({@code downloads/<id>-offline.zip}) and the service worker that keeps the site for reading offline.
 */
package org.handbookpress.offline;

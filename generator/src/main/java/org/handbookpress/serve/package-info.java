/**
 * Preview: serves the built site on 127.0.0.1, rebuilds when a content or template file changes,
 * reloads open pages, and shows the build's findings when it fails.
 */
package org.handbookpress.serve;

/**
 * The build in a JVM of its own: the Maven goals start it with settings chosen for a build (a
 * frugal collector, and the quick compiler for a handbook too small to repay the optimising one),
 * which a plugin cannot give the Maven JVM it runs in. {@link org.handbookpress.fork.BuildProcess}
 * starts it and relays its log and findings; {@link org.handbookpress.fork.ForkedBuild} is its main.
 */
package org.handbookpress.fork;

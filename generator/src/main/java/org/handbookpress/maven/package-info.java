/**
 * The Maven goals: thin adapters that collect parameters, call {@link org.handbookpress.HandbookBuild},
 * and turn its findings into Maven's log and a failure without a stack trace.
 */
package org.handbookpress.maven;

package org.handbookpress.findings;

/** How much a finding matters; only errors stop a build, unless the build is strict. */
public enum Severity {
    ERROR, WARNING, NOTICE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

package org.handbookpress.testing;

import java.util.ArrayList;
import java.util.List;
import org.handbookpress.BuildLog;

/** A build log that keeps every line, warnings and errors prefixed by {@code WARN } and {@code ERROR }; safe from any thread. */
public class KeptLog implements BuildLog {

    private final List<String> lines = new ArrayList<>();

    @Override
    public synchronized void info(String message) {
        lines.add(message);
    }

    @Override
    public synchronized void warn(String message) {
        lines.add("WARN " + message);
    }

    @Override
    public synchronized void error(String message) {
        lines.add("ERROR " + message);
    }

    /** The lines so far, as a copy. */
    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    public synchronized void clear() {
        lines.clear();
    }
}

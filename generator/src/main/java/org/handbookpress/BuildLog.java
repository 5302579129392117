package org.handbookpress;

/** Where a build reports progress; the Maven goals adapt Maven's log to it. */
public interface BuildLog {
    void info(String message);

    void warn(String message);

    void error(String message);

    /** Prints to standard output and error, for tests and the benchmarks. */
    BuildLog CONSOLE = new BuildLog() {
        @Override
        @SuppressForbidden("the console is this log's purpose; Maven goals use Maven's log instead")
        public void info(String message) {
            System.out.println(message);
        }

        @Override
        @SuppressForbidden("the console is this log's purpose; Maven goals use Maven's log instead")
        public void warn(String message) {
            System.err.println("WARNING " + message);
        }

        @Override
        @SuppressForbidden("the console is this log's purpose; Maven goals use Maven's log instead")
        public void error(String message) {
            System.err.println("ERROR " + message);
        }
    };

    BuildLog SILENT = new BuildLog() {
        @Override
        public void info(String message) {
        }

        @Override
        public void warn(String message) {
        }

        @Override
        public void error(String message) {
        }
    };
}

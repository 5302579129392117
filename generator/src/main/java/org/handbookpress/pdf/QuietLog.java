package org.handbookpress.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;

/**
 * Keeps OpenHTMLtoPDF from writing to the console: it logs every font load and timing at INFO, which
 * would bury the build's own findings. Its messages still reach a renderer's diagnostic consumer.
 * The library's logger is process-wide, so this is installed once and never changed back.
 */
final class QuietLog implements XRLogger {

    private QuietLog() {
    }

    static synchronized void install() {
        if (!(XRLog.getLoggerImpl() instanceof QuietLog)) {
            XRLog.setLoggerImpl(new QuietLog());
        }
    }

    @Override
    public void log(String where, Level level, String msg) {
        // Deliberately silent: see the class comment.
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        // Deliberately silent: see the class comment.
    }

    @Override
    public void setLevel(String logger, Level level) {
        // Nothing is printed at any level.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return false;
    }
}

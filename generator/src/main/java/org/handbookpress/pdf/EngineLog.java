package org.handbookpress.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Where PDFBox and FontBox log to. They log through Apache Commons Logging, which would otherwise
 * pass their lines to whatever it finds (Maven's console through SLF4J, or java.util.logging's
 * standard error): "widget of field … has no rectangle", fonts "not embedded", in varying order from
 * the parallel prints, while the report says 0 warnings. Commons Logging finds this factory through
 * {@code META-INF/services/org.apache.commons.logging.LogFactory} before looking for any other.
 *
 * <p>Nothing is printed. Errors logged while a print runs on the same thread ({@link #during}) are
 * handed to that print, which reports them with the PDF; warnings and the rest are dropped: they are
 * about the library's own work (appearance streams, standard fonts it does not embed in forms), which
 * the PDF checks cover where it matters.
 */
public final class EngineLog extends LogFactory {

    private static final ThreadLocal<List<String>> ERRORS = new ThreadLocal<>();

    private final Map<String, Object> attributes = new ConcurrentHashMap<>();
    private final Map<String, Log> logs = new ConcurrentHashMap<>();

    /** Runs a print and returns its result with the errors the library logged meanwhile on this thread. */
    static <T> Captured<T> during(Supplier<T> print) {
        List<String> previous = ERRORS.get();
        List<String> errors = new ArrayList<>();
        ERRORS.set(errors);
        try {
            return new Captured<>(print.get(), List.copyOf(errors));
        } finally {
            ERRORS.set(previous);
        }
    }

    /** A print's result and the library's errors while it ran. */
    record Captured<T>(T result, List<String> errors) {
    }

    private static void error(Object message) {
        List<String> errors = ERRORS.get();
        if (errors != null && message != null) {
            errors.add(message.toString());
        }
    }

    @Override
    public Log getInstance(String name) {
        return logs.computeIfAbsent(name, n -> new Quiet());
    }

    @SuppressWarnings("rawtypes")
    @Override
    public Log getInstance(Class clazz) {
        return getInstance(clazz.getName());
    }

    @Override
    public Object getAttribute(String name) {
        return attributes.get(name);
    }

    @Override
    public String[] getAttributeNames() {
        return attributes.keySet().toArray(new String[0]);
    }

    @Override
    public void release() {
        logs.clear();
    }

    @Override
    public void removeAttribute(String name) {
        attributes.remove(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
    }

    /** Keeps errors for the print running on this thread; prints nothing. */
    static final class Quiet implements Log {
        @Override public boolean isDebugEnabled() { return false; }
        @Override public boolean isErrorEnabled() { return true; }
        @Override public boolean isFatalEnabled() { return true; }
        @Override public boolean isInfoEnabled() { return false; }
        @Override public boolean isTraceEnabled() { return false; }
        @Override public boolean isWarnEnabled() { return false; }
        @Override public void trace(Object message) { }
        @Override public void trace(Object message, Throwable t) { }
        @Override public void debug(Object message) { }
        @Override public void debug(Object message, Throwable t) { }
        @Override public void info(Object message) { }
        @Override public void info(Object message, Throwable t) { }
        @Override public void warn(Object message) { }
        @Override public void warn(Object message, Throwable t) { }
        @Override public void error(Object message) { EngineLog.error(message); }
        @Override public void error(Object message, Throwable t) { EngineLog.error(message); }
        @Override public void fatal(Object message) { EngineLog.error(message); }
        @Override public void fatal(Object message, Throwable t) { EngineLog.error(message); }
    }
}

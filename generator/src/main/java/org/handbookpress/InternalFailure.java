package org.handbookpress;

import java.util.function.Supplier;
import org.handbookpress.content.Page;
import org.handbookpress.findings.Finding;

/**
 * A failure inside the build (a bug, a stack or heap exhausted by an input nobody foresaw) turned into
 * one finding, {@code file:line: error: …}, naming the page being processed when it is known: never
 * a stack trace for the author, and never a report that says the build passed. The cause is kept for
 * Maven's {@code -e}.
 */
public final class InternalFailure extends RuntimeException {

    private final String file;
    private final int line;

    private InternalFailure(String file, int line, Throwable cause) {
        super(cause);
        this.file = file;
        this.line = line;
    }

    /** Runs one step of the build on one page; a failure names the page. */
    public static <T> T onPage(Page page, Supplier<T> step) {
        try {
            return step.get();
        } catch (InternalFailure e) {
            throw e;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new InternalFailure(page.path(), page.bodyLine(), e);
        }
    }

    /** As {@link #onPage(Page, Supplier)}, for a step that returns nothing. */
    public static void onPage(Page page, Runnable step) {
        onPage(page, () -> {
            step.run();
            return null;
        });
    }

    /** The finding for any failure: the page when an {@link InternalFailure} named it, else the handbook. */
    public static Finding finding(Throwable failure) {
        String file = "";
        int line = 0;
        Throwable cause = failure;
        if (failure instanceof InternalFailure named) {
            file = named.file;
            line = named.line;
            cause = named.getCause();
        }
        String what;
        String fix;
        if (cause instanceof StackOverflowError) {
            what = "the build ran out of stack" + (file.isEmpty() ? "" : " on this page")
                    + ": something in it is nested too deeply (quotes, lists, HTML elements)";
            fix = "flatten the deepest nesting; if the page looks ordinary, please report it with the page";
        } else if (cause instanceof OutOfMemoryError) {
            what = "the build ran out of memory" + (file.isEmpty() ? "" : " on this page") + " (" + cause.getMessage() + ")";
            fix = "look for a very large picture or table in it, or give Maven more memory (MAVEN_OPTS=-Xmx2g)";
        } else {
            what = "internal error" + (file.isEmpty() ? "" : " while building this page") + ": " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : " (" + firstLine(cause.getMessage()) + ")");
            fix = "this is a bug in Handbook Press; please report it with the page (mvn -e shows the details)";
        }
        return Finding.error(file, line, "internal.error", what, fix);
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        String first = end < 0 ? message : message.substring(0, end);
        return first.length() > 200 ? first.substring(0, 200) + "…" : first;
    }
}

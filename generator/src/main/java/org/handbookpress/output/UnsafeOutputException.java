package org.handbookpress.output;

/** The output folder is somewhere a build must never write (the content, the project, the root). */
public final class UnsafeOutputException extends Exception {
    public UnsafeOutputException(String message) {
        super(message);
    }
}

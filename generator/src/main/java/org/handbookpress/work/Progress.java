package org.handbookpress.work;

/** Told each time one more of a stage's items is done, from whichever thread did it. */
@FunctionalInterface
public interface Progress {

    void done(int done, int total);

    Progress NONE = (done, total) -> { };
}

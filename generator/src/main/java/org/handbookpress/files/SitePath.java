package org.handbookpress.files;

/** Paths inside the handbook and the site, written with {@code /} ({@code policies/safeguarding.md}, {@code groups/leek}). */
public final class SitePath {

    private SitePath() {
    }

    /**
     * The folder a path is in, "" at the top: {@code groups/leek} for {@code groups/leek/rota.md}, {@code groups} for the
     * folder {@code groups/leek}. Walking a folder's parents up to "" is done with it.
     */
    public static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /**
     * The relative way from a file at {@code path} up to the top: {@code ../} once per folder it is in, {@code ""} at the
     * top ({@code ../../} for {@code groups/leek/rota.html}).
     */
    public static String toTop(String path) {
        return "../".repeat((int) path.chars().filter(c -> c == '/').count());
    }
}

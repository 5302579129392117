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

    /**
     * A path a site's settings write from its top, as a path in the handbook: its backslashes as {@code /}, without the
     * {@code /} or {@code ./} before it ({@code /standards/git.html}, {@code ./support/README.md}); a {@code ../} stays,
     * for the caller to find outside.
     */
    public static String fromTop(String written) {
        String p = written.strip().replace('\\', '/');
        while (p.startsWith("/") || p.startsWith("./")) {
            p = p.substring(p.startsWith("/") ? 1 : 2);
        }
        return p;
    }
}

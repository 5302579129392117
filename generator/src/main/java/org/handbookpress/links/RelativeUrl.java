package org.handbookpress.links;

/**
 * Relative URLs between site paths, so every link works from file://, a sub-path, or a server root.
 * {@link #between} is where a site path becomes an href: every link the build writes goes through it.
 */
public final class RelativeUrl {

    private RelativeUrl() {
    }

    /**
     * @param from a page's path from the site root ({@code toolkit/01-setting-up.html})
     * @param to   the target's path from the site root ({@code policies/safeguarding.html})
     * @return e.g. {@code ../policies/safeguarding.html}, each segment percent-encoded ({@link UrlPath#encode})
     */
    public static String between(String from, String to) {
        String[] fromParts = from.split("/", -1);
        String[] toParts = to.split("/", -1);
        int common = 0;
        while (common < fromParts.length - 1 && common < toParts.length - 1 && fromParts[common].equals(toParts[common])) {
            common++;
        }
        StringBuilder out = new StringBuilder();
        out.append("../".repeat(fromParts.length - 1 - common));
        for (int i = common; i < toParts.length; i++) {
            out.append(UrlPath.encode(toParts[i]));
            if (i < toParts.length - 1) {
                out.append('/');
            }
        }
        return out.toString();
    }

    /**
     * Resolves a relative path against a folder, folding "." and "..".
     *
     * @return the normalised path, or null when it climbs above the root
     */
    public static String resolve(String folder, String relative) {
        String joined = relative.startsWith("/") ? relative.substring(1) : (folder.isEmpty() ? relative : folder + "/" + relative);
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (String part : joined.split("/", -1)) {
            if (part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else if (!part.isEmpty()) {
                parts.addLast(part);
            }
        }
        String result = String.join("/", parts);
        return joined.endsWith("/") && !result.isEmpty() ? result + "/" : result;
    }
}

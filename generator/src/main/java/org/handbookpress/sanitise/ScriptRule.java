package org.handbookpress.sanitise;

/**
 * What the build does with code written into content ({@code <script>}, {@code on…} attributes,
 * {@code javascript:} links), from handbook.yml. Scripts from another website are always removed.
 */
public enum ScriptRule {
    /** The default: removed, each with a warning. */
    REMOVE,
    /** {@code strip-scripts: true}: removed as the author asked, each with a notice. */
    REMOVE_AS_ASKED,
    /** {@code allow-scripts: true}: kept, each with a warning. */
    KEEP;

    /** {@code strip-scripts: true} wins over {@code allow-scripts: true}: removing is the safe choice. */
    public static ScriptRule of(boolean stripScripts, boolean allowScripts) {
        return stripScripts ? REMOVE_AS_ASKED : allowScripts ? KEEP : REMOVE;
    }
}

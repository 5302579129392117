package org.handbookpress.offline;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.handbookpress.work.Sha256;

/**
 * The Content-Security-Policy every page carries as a {@code <meta>}: only the site's own files, no
 * inline script or style except the exact ones a layout holds (allowed by their SHA-256 hash), no
 * plugins, no {@code <base>}, forms only to the site. {@code 'self'} also matches file:// pages in
 * Chromium and Firefox (tested in ContentSecurityPolicyInBrowserTest). {@code frame-ancestors} cannot
 * be set from a {@code <meta>}; a server must send it as a header.
 */
public final class ContentSecurityPolicy {

    static final String BASE = "default-src 'self'; script-src 'self'%s; style-src 'self'%s; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'";
    private static final Pattern HEAD = Pattern.compile("<head(\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);
    private static final String POLICY_ATTRIBUTE = "http-equiv=\"content-security-policy\"";
    /** A style attribute as Jsoup writes one (every page is written by Jsoup: names in lower case, after a space). */
    private static final String STYLE_ATTRIBUTE = " style=\"";

    /** Hashes of the extra inline code, taken once: reveal.js's speaker view is tens of KB, and every page allows it. */
    private final List<String> extraScriptHashes;
    private final List<String> extraStyleHashes;

    /**
     * @param extraScripts inline scripts written by a script of the site rather than a page (reveal.js's
     *                     speaker view writes its window with document.write, and inherits the deck's policy)
     */
    public ContentSecurityPolicy(List<String> extraScripts, List<String> extraStyles) {
        this.extraScriptHashes = extraScripts.stream().map(ContentSecurityPolicy::hash).toList();
        this.extraStyleHashes = extraStyles.stream().map(ContentSecurityPolicy::hash).toList();
    }

    /**
     * The page with the policy as the first element of its head, allowing the inline scripts and styles it holds: for a
     * page the build wrote (a layout's, a deck's), whose inline code is the theme's or has been through the sanitiser.
     * A page that already has a policy is left alone.
     */
    public String apply(String html) {
        return apply(html, true);
    }

    /**
     * The same for an HTML file the build did not write, an author's own, which no sanitiser has read: the policy allows
     * none of its inline code, so a script in it never runs, whatever else let the file into the site.
     */
    public String applyToAuthorsFile(String html) {
        return apply(html, false);
    }

    private String apply(String html, boolean itsInlineCode) {
        if (hasPolicy(html)) {
            return html;
        }
        Matcher head = HEAD.matcher(html);
        if (!head.find()) {
            return html;
        }
        TreeSet<String> scripts = new TreeSet<>();
        TreeSet<String> styles = new TreeSet<>();
        boolean styleAttributes = false;
        // Parsing is the cost of this pass; most pages have no inline script or style to hash.
        if (itsInlineCode && (mayHoldInlineCode(html) || html.contains(STYLE_ATTRIBUTE))) {
            Document doc = Jsoup.parse(html);
            for (Element s : doc.select("script:not([src])")) {
                scripts.add(hash(s.data()));
            }
            for (Element s : doc.select("style")) {
                styles.add(hash(s.data()));
            }
            // A style attribute the page keeps (an author's, filtered by the sanitiser, or a layout's) is allowed by its
            // hash too, under 'unsafe-hashes', which lets hashes match attributes and nothing more: without it the
            // browser dropped every such style, silently, while the page still carried it.
            for (Element e : doc.select("[style]")) {
                styles.add(hash(e.attr("style")));
                styleAttributes = true;
            }
        }
        if (itsInlineCode) {
            scripts.addAll(extraScriptHashes);
            styles.addAll(extraStyleHashes);
        }
        String policy = policy(scripts, styles, styleAttributes);
        return html.substring(0, head.end()) + "\n<meta http-equiv=\"Content-Security-Policy\" content=\"" + policy + "\">"
                + html.substring(head.end());
    }

    /**
     * Whether the page already declares a policy: {@code http-equiv="content-security-policy"} in any ASCII
     * case. Found at each {@code ="} rather than by lower-casing a copy of the whole page.
     */
    static boolean hasPolicy(String html) {
        int quote = POLICY_ATTRIBUTE.indexOf("=\"");
        for (int at = html.indexOf("=\"", quote); at >= 0; at = html.indexOf("=\"", at + 1)) {
            if (startsWithIgnoringCase(html, at - quote, POLICY_ATTRIBUTE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the page may hold inline code: a {@code <style} element, or a {@code <script} whose tag has no
     * {@code src=} (both in any ASCII case). Every page is scanned, most hold neither, and a case-insensitive
     * regex tries each position of the page; so only the places after a {@code <} are looked at. Same answer
     * as the pattern {@code <style|<script(?![^>]*\ssrc\s*=)} with CASE_INSENSITIVE (ContentSecurityPolicyTest).
     */
    static boolean mayHoldInlineCode(String html) {
        for (int at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
            if (startsWithIgnoringCase(html, at + 1, "style")
                    || startsWithIgnoringCase(html, at + 1, "script") && !hasSrc(html, at + 1 + "script".length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the rest of a tag, from {@code from} to its {@code >}, has an attribute {@code src=} (after white space). */
    private static boolean hasSrc(String html, int from) {
        int end = html.indexOf('>', from);
        end = end < 0 ? html.length() : end;
        for (int at = from; at < end; at++) {
            if (isSpace(html.charAt(at)) && startsWithIgnoringCase(html, at + 1, "src")) {
                int after = at + 1 + "src".length();
                while (after < end && isSpace(html.charAt(after))) {
                    after++;
                }
                if (after < end && html.charAt(after) == '=') {
                    return true;
                }
            }
        }
        return false;
    }

    /** Regex {@code \s} without UNICODE_CHARACTER_CLASS. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Whether {@code text} has {@code lower} (lower case) at {@code at}, ASCII letters in either case (as CASE_INSENSITIVE). */
    private static boolean startsWithIgnoringCase(String text, int at, String lower) {
        if (at < 0 || at + lower.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < lower.length(); i++) {
            char c = text.charAt(at + i);
            char want = lower.charAt(i);
            if (c != want && !(c >= 'A' && c <= 'Z' && c + ('a' - 'A') == want)) {
                return false;
            }
        }
        return true;
    }

    /** @param styleAttributes whether the style hashes include those of style attributes, which need {@code 'unsafe-hashes'} */
    static String policy(TreeSet<String> scriptHashes, TreeSet<String> styleHashes, boolean styleAttributes) {
        return String.format(java.util.Locale.ROOT, BASE, sources(scriptHashes),
                (styleAttributes ? " 'unsafe-hashes'" : "") + sources(styleHashes));
    }

    private static String sources(TreeSet<String> hashes) {
        StringBuilder b = new StringBuilder();
        hashes.forEach(h -> b.append(" 'sha256-").append(h).append('\''));
        return b.toString();
    }

    static String hash(String text) {
        return Base64.getEncoder().encodeToString(Sha256.of(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The inline scripts and styles of a page a script writes with {@code document.write(`…`)}: reveal.js's
     * speaker view. Only a template literal without substitutions is understood; anything else gives none.
     */
    public static List<List<String>> writtenInline(String script) {
        List<String> scripts = new ArrayList<>();
        List<String> styles = new ArrayList<>();
        int start = script.indexOf("document.write(`");
        int end = start < 0 ? -1 : script.indexOf("`)", start);
        if (start >= 0 && end > start) {
            String literal = script.substring(start + "document.write(`".length(), end);
            if (!literal.contains("${")) {
                String text = literal.replaceAll("\\\\([`\\\\/$])", "$1");
                Matcher m = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(text);
                while (m.find()) {
                    scripts.add(m.group(1));
                }
                m = Pattern.compile("<style[^>]*>(.*?)</style>", Pattern.DOTALL).matcher(text);
                while (m.find()) {
                    styles.add(m.group(1));
                }
            }
        }
        return List.of(scripts, styles);
    }
}

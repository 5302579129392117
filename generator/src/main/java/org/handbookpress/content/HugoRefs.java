package org.handbookpress.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.text.QuickScan;

/**
 * Hugo's way to link to another page, {@code [About us]({{< ref "about.md" >}})} or
 * {@code [Our team]({{< relref "/people/team" >}}#leads)}: its built-in shortcodes, in every Hugo site's Markdown. Where
 * one opens a link's destination it is taken out and its path left, which the link pass then finds (a path from the top
 * with {@code /}, else from the page's folder, with or without {@code .md}). Before, such links did not render and
 * were reported as Liquid; other shortcodes still are. A button shortcode is a link too.
 */
final class HugoRefs {

    /**
     * A ref or relref shortcode at the start of a Markdown destination or reference definition: group 1 before it, 2, 3
     * or 4 the path. So is any shortcode of one argument (named or not) that is the whole destination, as a site's own
     * make addresses ({@code [template]({{% static_url url="meeting_record.md" %}})}, the Turing's REG handbook): it
     * can only be making the address of that path, which the link pass then checks.
     */
    private static final Pattern REF = Pattern.compile(
            "(" + JekyllRoots.MARKDOWN_DESTINATION + ")\\{\\{[<%]-?\\s*[A-Za-z_][\\w-]*\\s+(?:[A-Za-z_][\\w-]*\\s*=\\s*)?"
                    + "(?:\"([^\"]+)\"|'([^']+)'|([^\\s\"'>%=]+))\\s*-?[>%]\\}\\}",
            Pattern.MULTILINE);

    /**
     * A button shortcode around its words (Hugo Book's, Relearn's), {@code {{< button href="/setup" >}}Start{{< /button >}}}:
     * group 1 where it goes, 2 its words. It is a link, and becomes one.
     */
    private static final Pattern BUTTON = Pattern.compile(
            "\\{\\{[<%]-?\\s*button\\s+[^}]*?\\b(?:href|relref|ref)=\"([^\"]+)\"[^}]*?-?[>%]\\}\\}(.+?)\\{\\{[<%]-?\\s*/button\\s*-?[>%]\\}\\}");

    /**
     * A button shortcode that names its words and where it goes, {@code {{< button label="Join us" link="/join/" >}}}
     * (the Hugo modules' button many themes share, Hugoplate's among them): group 1 its arguments. It is a link too.
     */
    private static final Pattern LABELLED_BUTTON = Pattern.compile("\\{\\{[<%]-?\\s*button\\s+([^}]*?)\\s*/?\\s*-?[>%]\\}\\}");
    /** One of a labelled button's arguments: group 1 its name, 2 its value. */
    private static final Pattern BUTTON_ARGUMENT = Pattern.compile("\\b(label|link)=\"([^\"]*)\"");

    /**
     * HugoBlox's (Wowchemy's) link to a file of the site's static folder around its words,
     * {@code {{% staticref "uploads/form.pdf" "newtab" %}}the form{{% /staticref %}}}: group 1 the file's path from that
     * folder, which the site publishes at its top, 2 the words. It is a link from the top, and becomes one.
     */
    private static final Pattern STATICREF = Pattern.compile(
            "\\{\\{[<%]-?\\s*staticref\\s+\"/?([^\"]+)\"[^}]*?-?[>%]\\}\\}(.+?)\\{\\{[<%]-?\\s*/staticref\\s*-?[>%]\\}\\}");

    /**
     * HugoBlox's icon, {@code {{< icon name="calendar" pack="fas" >}}}, drawn from icon sets the theme bundles and a
     * handbook does not ship: decoration before the words it goes with, left out (a space after it too); and its
     * contents, {@code {{< toc hide_on="xl" >}}}, which the page's own "On this page" is.
     */
    private static final Pattern ICON_OR_CONTENTS = Pattern.compile(
            "\\{\\{[<%]-?\\s*(?:icon\\s+name=\"[^\"]*\"[^}]*?|toc(?:\\s+[^}]*?)?)\\s*-?[>%]\\}\\}[ \\t]?");

    private HugoRefs() {
    }

    /** The Markdown with each {@code {{< ref "x" >}}} opening a link's destination made its path, {@code x}. */
    static String apply(String markdown) {
        if (!QuickScan.contains(markdown, "{{<") && !QuickScan.contains(markdown, "{{%")) {
            return markdown;
        }
        return OutsideCode.apply(markdown, HugoRefs::links);
    }

    /** A labelled button as a link, {@code [Join us](</join/>)}; as written without both its words and its address. */
    private static String labelledButton(java.util.regex.MatchResult button) {
        java.util.Map<String, String> arguments = new java.util.HashMap<>();
        Matcher argument = BUTTON_ARGUMENT.matcher(button.group(1));
        while (argument.find()) {
            arguments.putIfAbsent(argument.group(1), argument.group(2).strip());
        }
        String label = arguments.get("label");
        String link = arguments.get("link");
        return label == null || label.isEmpty() || link == null || link.isEmpty() ? button.group()
                : "[" + label.replace("[", "\\[").replace("]", "\\]") + "](<" + link + ">)";
    }

    private static String links(String text) {
        String refs = REF.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1) + (m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4))));
        String buttons = LABELLED_BUTTON.matcher(BUTTON.matcher(refs).replaceAll(m -> Matcher.quoteReplacement(
                "[" + m.group(2).strip() + "](" + m.group(1) + ")"))).replaceAll(m -> Matcher.quoteReplacement(labelledButton(m)));
        String files = STATICREF.matcher(buttons).replaceAll(m -> Matcher.quoteReplacement("[" + m.group(2).strip() + "](/" + m.group(1) + ")"));
        return ICON_OR_CONTENTS.matcher(files).replaceAll("");
    }
}

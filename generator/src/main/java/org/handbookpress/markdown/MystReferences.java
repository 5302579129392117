package org.handbookpress.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.text.QuickScan;
import org.jetbrains.annotations.NotNull;

/**
 * MyST's targets and references (Jupyter Book, Sphinx):
 * <ul>
 * <li>a target, {@code (setting-up)=} on the line before a heading or other block, names it: an empty element with the
 *     label as its id ({@link MarkdownConverter#TARGET}), in the heading or before the block;</li>
 * <li>roles, {@code {ref}`setting-up`} or {@code {ref}`the first day <setting-up>`} (also {@code numref}), and links
 *     to a label, {@code [](content:setup)} or {@code [words](content:setup)}, become links marked with the label
 *     ({@link MarkdownConverter#REFERENCE}), which the link stage resolves against every page's targets, named by the
 *     heading when no words are given; {@code {doc}`../policies/safeguarding`} a link marked with a page's path
 *     ({@link MarkdownConverter#DOCUMENT}), named by its title; {@code {download}`forms/consent.pdf`} a link to the
 *     file;</li>
 * <li>roles for words: {@code {term}} is the word (which the glossary links where it defines it), {@code {abbr}`HTML
 *     (HyperText Markup Language)`} an abbreviation, {@code {sub}}, {@code {sup}} and {@code {kbd}} their elements,
 *     a citation ({@code {cite}`smith2020`}) its keys in brackets;
 *     any other role ({@code {py:func}}, {@code {math}}) is the code it marks, without the role's name before it.</li>
 * </ul>
 * Before, readers saw "(setting-up)=" and "{ref}" as text, and the sanitiser removed a link to {@code content:setup}
 * as one to an unknown kind of address.
 */
public final class MystReferences {

    private static final Pattern TARGET = Pattern.compile("^\\(([^()\\s]+)\\)=[ \\t]*$");
    /** A role's name at the end of the text before its code span: {@code {ref}}. */
    private static final Pattern ROLE = Pattern.compile("\\{([a-z][\\w:.+-]*)\\}$");
    /**
     * A link's destination that is a MyST label rather than an address: a word, a colon and no {@code //}
     * ({@code content:setup}; {@code inv:sphinx#builders}, a label in another project), whose "scheme" is none a
     * browser knows. MyST's own forms {@code project:#setup} and {@code #setup} are links within the site already.
     */
    private static final Pattern LABEL_LINK = Pattern.compile("^[A-Za-z][\\w-]*:(?!//)[^\\s]*$");
    /** A file's name, which the link stage looks for (a file may be named {@code notes: june.md}): no label. */
    private static final Pattern FILE_NAME = Pattern.compile("%|\\.[A-Za-z0-9]{1,5}$");
    /** Schemes that are addresses, never labels (the sanitiser judges them). */
    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto", "tel", "ftp", "ftps", "sftp", "data",
            "javascript", "vbscript", "file", "blob", "about", "sms", "geo", "urn", "news", "irc", "ircs", "xmpp", "ssh",
            "git", "svn", "webcal", "magnet", "bitcoin", "callto", "skype", "facetime", "ws", "wss", "chrome", "view-source");
    /**
     * mystmd's schemes for a place outside the handbook that has an address of its own, and that address's start:
     * {@code doi:10.25080/abc} is the DOI's page, {@code wiki:Peer_support} Wikipedia's article (mystmd's default wiki).
     * Read as labels, they were reported as missing targets with the advice to write a target of that name; written
     * {@code <doi:…>}, the sanitiser removed the link as one of an unknown kind.
     */
    private static final java.util.Map<String, String> OUTSIDE = java.util.Map.of(
            "doi", "https://doi.org/", "wiki", "https://en.wikipedia.org/wiki/");
    /**
     * Schemes of references into another project, which the handbook cannot reach: Sphinx's intersphinx {@code inv:} and
     * mystmd's {@code xref:} (a project listed under {@code references:} in myst.yml). The link stage keeps their words.
     */
    private static final Set<String> OTHER_PROJECT = Set.of("inv", "xref");
    /** Roles that mark a reference to a target. */
    private static final Set<String> REFERENCE_ROLES = Set.of("ref", "numref", "any", "eq", "label");

    private MystReferences() {
    }

    /** Whether the page may hold any of it: cheap, so most pages are not walked, nor searched for marked links later. */
    public static boolean mayHold(String markdown) {
        return QuickScan.contains(markdown, "}`") || QuickScan.contains(markdown, ")=") || labelLinkInText(markdown) || startsAt(markdown, "<", AUTOLINK_AT);
    }

    /**
     * Whether a link's address starts as a label's does ({@code ](content:}): most pages' links do not. Tried only where
     * {@code ](} is: the expression searched from every character of every page was a fiftieth of a 10,000-page build.
     */
    static boolean labelLinkInText(String markdown) {
        return startsAt(markdown, "](", LABEL_LINK_AT);
    }

    /**
     * Whether {@code pattern} matches from one of the places {@code marker} (its first characters) is. A search with
     * the pattern itself tries it from every character of the page (the autolinks' was 2% of a 1,000-page build).
     */
    private static boolean startsAt(String markdown, String marker, Pattern pattern) {
        Matcher m = pattern.matcher(markdown);
        for (int at = markdown.indexOf(marker); at >= 0; at = markdown.indexOf(marker, at + marker.length())) {
            if (m.region(at, markdown.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** An autolink of one of mystmd's schemes: {@code <xref:guide/roles>}, {@code <doi:10.1000/x>}. */
    private static final Pattern AUTOLINK_AT = Pattern.compile("<(?:doi|wiki|xref|inv):[^\\s>]");

    /** From a link's {@code ](}: an address that starts as a label's. */
    private static final Pattern LABEL_LINK_AT = Pattern.compile("\\]\\(\\s*<?[A-Za-z][\\w-]*:(?!//)");

    static void apply(Node document) {
        List<Node> nodes = new ArrayList<>();
        collect(document, nodes);
        for (Node node : nodes) {
            if (node instanceof Paragraph paragraph) {
                target(paragraph);
            } else if (node instanceof Code code) {
                role(code);
            } else if (node instanceof Link link) {
                labelLink(link);
            } else if (node instanceof AutoLink autolink) {
                mystAutolink(autolink);
            }
        }
    }

    private static void collect(Node node, List<Node> nodes) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph || child instanceof Code || child instanceof Link || child instanceof AutoLink) {
                nodes.add(child);
            }
            collect(child, nodes);
        }
    }

    /** {@code (label)=} as a paragraph's first line: the label on the block after it, or on the rest of the paragraph. */
    private static void target(Paragraph paragraph) {
        if (!(paragraph.getFirstChild() instanceof Text first)) {
            return;
        }
        Matcher m = TARGET.matcher(first.getChars());
        if (!m.matches()) {
            return;
        }
        Target target = new Target(m.group(1));
        target.setChars(first.getChars());
        Node after = first.getNext();
        if (after == null) {
            Node next = paragraph.getNext();
            if (next instanceof Heading heading) {
                heading.prependChild(target); // so a reference to it is named by the heading
            } else {
                paragraph.insertBefore(target);
            }
            paragraph.unlink();
        } else if (after instanceof SoftLineBreak) {
            after.unlink();
            first.unlink();
            paragraph.prependChild(target);
        }
    }

    /** The web address of a link in one of mystmd's schemes for places outside ({@link #OUTSIDE}), or null. */
    private static String outsideAddress(String url) {
        int colon = url.indexOf(':');
        String start = colon > 0 ? OUTSIDE.get(url.substring(0, colon)) : null;
        String rest = start == null ? "" : url.substring(colon + 1);
        return rest.isEmpty() || rest.startsWith("/") || rest.chars().anyMatch(Character::isWhitespace) ? null : start + rest;
    }

    /**
     * An autolink in one of mystmd's schemes: {@code <doi:…>} and {@code <wiki:…>} a link to their address, and
     * {@code <xref:guide/roles>} a reference into another project, as a link of the same address is; its words as written.
     */
    private static void mystAutolink(AutoLink autolink) {
        String url = autolink.getText().toString().strip();
        int colon = url.indexOf(':');
        String outside = outsideAddress(url);
        Node replacement;
        if (outside != null) {
            Link link = new Link();
            link.setUrl(BasedSequence.of(outside));
            replacement = link;
        } else if (colon > 0 && OTHER_PROJECT.contains(url.substring(0, colon))) {
            Role role = new Role("ref", url);
            role.linked = true;
            replacement = role;
        } else {
            return;
        }
        replacement.appendChild(new Text(BasedSequence.of(url)));
        replacement.setChars(autolink.getChars());
        autolink.insertBefore(replacement);
        autolink.unlink();
    }

    /** A code span after {@code {role}}: the role's element, and the name gone from the text before it. */
    private static void role(Code code) {
        if (!(code.getPrevious() instanceof Text before)) {
            return;
        }
        Matcher m = ROLE.matcher(before.getChars());
        if (!m.find()) {
            return;
        }
        BasedSequence rest = before.getChars().subSequence(0, m.start());
        if (rest.isEmpty()) {
            before.unlink();
        } else {
            before.setChars(rest);
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        Role role = new Role(name.startsWith("std:") ? name.substring(4) : name, code.getText().toString());
        role.setChars(code.getChars());
        code.insertBefore(role);
        code.unlink();
    }

    /** A link to a label ({@code [](content:setup)}): a reference, whose words are the link's. */
    private static void labelLink(Link link) {
        String url = link.getUrl().toString().strip();
        int colon = url.indexOf(':');
        String outside = outsideAddress(url);
        if (outside != null) {
            link.setUrl(BasedSequence.of(outside));
            if (link.getFirstChild() == null) {
                link.appendChild(new Text(BasedSequence.of(url))); // [](doi:…): its words are the reference as written
            }
            return;
        }
        if (!LABEL_LINK.matcher(url).matches() || SCHEMES.contains(url.substring(0, colon).toLowerCase(Locale.ROOT))
                || FILE_NAME.matcher(url.replaceFirst("#.*", "")).find() && !OTHER_PROJECT.contains(url.substring(0, colon))) {
            return;
        }
        Role role = new Role("ref", url);
        role.linked = true;
        role.setChars(link.getChars());
        while (link.getFirstChild() != null) {
            role.appendChild(link.getFirstChild());
        }
        link.insertBefore(role);
        link.unlink();
    }

    /** A target's label, written as an empty element with it as its id. */
    static final class Target extends Node {
        final String label;
        /** What a reference without words to it shows (a code block's caption), or null: then its heading or label. */
        String words;

        Target(String label) {
            this.label = label;
        }

        @Override
        public @NotNull BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    /** A role and its content; a link to a label has its words as children. */
    static final class Role extends Node {
        final String name;
        final String content;
        boolean linked;

        Role(String name, String content) {
            this.name = name;
            this.content = content;
        }

        @Override
        public @NotNull BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Target.class, Renderer::target),
                    new NodeRenderingHandler<>(Role.class, Renderer::role));
        }

        private static void target(Target target, NodeRendererContext context, HtmlWriter html) {
            html.attr("id", target.label).attr("class", MarkdownConverter.TARGET);
            if (target.words != null) {
                html.attr(MarkdownConverter.LABEL, target.words);
            }
            html.withAttr().tag("span").tag("/span");
        }

        private static void role(Role role, NodeRendererContext context, HtmlWriter html) {
            // Words of its own before the target in angle brackets: the first day <setting-up>. Found by hand, not by a
            // pattern that would go back and forth over a long code span.
            String content = role.content.strip();
            int open = content.endsWith(">") ? content.lastIndexOf('<') : -1;
            String words = open > 0 ? content.substring(0, open).strip() : "";
            String target = open > 0 ? content.substring(open + 1, content.length() - 1).strip() : content;
            if (role.linked || REFERENCE_ROLES.contains(role.name) || role.name.equals("doc")) {
                html.attr(role.name.equals("doc") ? MarkdownConverter.DOCUMENT : MarkdownConverter.REFERENCE, target).withAttr().tag("a");
                if (role.linked) {
                    context.renderChildren(role);
                } else {
                    html.text(words);
                }
                html.tag("/a");
                return;
            }
            switch (role.name) {
                case "download" -> {
                    html.attr("href", context.encodeUrl(target)).withAttr().tag("a");
                    html.text(words.isEmpty() ? target.substring(target.lastIndexOf('/') + 1) : words);
                    html.tag("/a");
                }
                case "term" -> {
                    if (words.isEmpty()) {
                        html.text(target); // the term itself, which the glossary finds in the text
                    } else {
                        // {term}`words <Term>`: the words name the term, which the glossary links them to (they are not its text)
                        html.attr(MarkdownConverter.TERM, target).withAttr().tag("span").text(words).tag("/span");
                    }
                }
                case "abbr" -> {
                    // HTML (HyperText Markup Language): the expansion in the last brackets.
                    int expansion = content.endsWith(")") ? content.indexOf('(') : -1;
                    if (expansion > 0) {
                        html.attr("title", content.substring(expansion + 1, content.length() - 1).strip()).withAttr().tag("abbr")
                                .text(content.substring(0, expansion).strip()).tag("/abbr");
                    } else {
                        html.tag("abbr").text(content).tag("/abbr");
                    }
                }
                case "sub", "sup", "kbd" -> html.tag(role.name).text(role.content).tag("/" + role.name);
                // sphinxcontrib-bibtex's citations, {cite:p}`smith2020,jones2021`: their keys in brackets, as a reader can
                // look them up; the bibliography itself is not made.
                case "cite", "cite:p", "cite:t", "cite:ps", "cite:ts", "cite:ct", "cite:cp", "cite:al", "cite:year", "footcite",
                        "footcite:p", "footcite:t" -> html.attr("class", "citation").withAttr().tag("span")
                        .text("[" + String.join("; ", List.of(role.content.split("\\s*,\\s*"))) + "]").tag("/span");
                default -> html.tag("code").text(role.content).tag("/code");
            }
        }
    }
}

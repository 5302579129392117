package org.handbookpress.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Raw HTML written into Markdown, rendered so that it stays where it was written. Each HTML block is
 * parsed as a fragment of its own, so an element it leaves open is closed at the end of the block and
 * cannot swallow the blocks that follow (the later slides of a deck, the rest of a page). The one
 * exception is the common wrapper: a block that opens {@code <details>} or {@code <div>} closed by a
 * later HTML block in the same container, with Markdown between, is kept open up to that end tag —
 * but never across a thematic break ({@code ---}, a slide boundary). Inline HTML left open is closed
 * at the end of its paragraph. Every start tag gets its file line ({@link MarkdownConverter#LINE}),
 * and an element that was closed for the author is marked ({@link MarkdownConverter#UNCLOSED}) for the
 * sanitiser to report. What the raw HTML may contain is not decided here (see org.handbookpress.sanitise).
 */
final class RawHtml {

    private RawHtml() {
    }

    /** The HTML to write for each raw HTML node of {@code document}; may add nodes that close what was left open. */
    static Map<Node, String> plan(Document document, int firstLine, LineNumbers lineNumbers) {
        Map<Node, String> out = new IdentityHashMap<>();
        Lines lines = node -> firstLine + lineNumbers.of(node.getStartOffset());
        planBlocks(document, lines, out);
        planInline(document, lines, out);
        return out;
    }

    /** The file line a node starts on. */
    private interface Lines {
        int of(Node node);
    }

    /** Renders raw HTML nodes from the plan the converter stored in the document. */
    static NodeRenderer renderer(java.util.function.Function<Node, Map<Node, String>> planOf) {
        return () -> Set.of(
                new NodeRenderingHandler<>(HtmlBlock.class, (node, context, html) -> {
                    String text = planOf.apply(node).get(node);
                    html.line();
                    html.raw(text == null ? node.getContentChars().toString() : text);
                    html.line();
                }),
                new NodeRenderingHandler<>(HtmlInline.class, (node, context, html) -> {
                    String text = planOf.apply(node).get(node);
                    html.raw(text == null ? node.getChars().toString() : text);
                }));
    }

    private record Open(HtmlTags.Tag tag, Node node) {
    }

    private static void planBlocks(Node container, Lines lines, Map<Node, String> out) {
        if (!holdsHtmlBlock(container)) {
            // Nearly every container (each paragraph, list, quote) holds no raw HTML block itself: nothing
            // can be left open in it, so only look inside, without the bookkeeping below.
            for (Node child = container.getFirstChild(); child != null; child = child.getNext()) {
                if (child.hasChildren()) {
                    planBlocks(child, lines, out);
                }
            }
            return;
        }
        List<Open> stack = new ArrayList<>();
        Map<HtmlBlock, List<HtmlTags.Tag>> scans = new LinkedHashMap<>();
        Map<HtmlBlock, List<Open>> inside = new IdentityHashMap<>(); // what was open, from earlier blocks, where each starts
        Set<Node> keptOpen = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<HtmlTags.Tag> unclosed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Node child = container.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof ThematicBreak) {
                closeOut(stack, keptOpen, unclosed, out, child, null);
            } else if (child instanceof HtmlBlock block) {
                List<HtmlTags.Tag> tags = HtmlTags.scan(block.getContentChars());
                scans.put(block, tags);
                if (!stack.isEmpty()) {
                    inside.put(block, List.copyOf(stack));
                }
                HtmlTags.Balance balance = HtmlTags.balance(tags);
                for (HtmlTags.Tag end : balance.stray()) {
                    int at = -1;
                    for (int i = stack.size() - 1; i >= 0 && at < 0; i--) {
                        at = stack.get(i).tag().name().equals(end.name()) ? i : -1;
                    }
                    if (at >= 0) {
                        keptOpen.add(stack.get(at).node());
                        keptOpen.add(block);
                        stack.subList(at, stack.size()).clear();
                    }
                }
                balance.open().forEach(tag -> stack.add(new Open(tag, block)));
            } else if (child.hasChildren()) {
                planBlocks(child, lines, out);
            }
        }
        closeOut(stack, keptOpen, unclosed, out, null, container);
        for (Map.Entry<HtmlBlock, List<HtmlTags.Tag>> scan : scans.entrySet()) {
            HtmlBlock block = scan.getKey();
            String text = withLines(block.getContentChars().toString(), scan.getValue(), lines.of(block), unclosed);
            out.put(block, keptOpen.contains(block) ? text : fragment(text, context(inside.get(block), keptOpen)));
        }
    }

    /**
     * The element a block is written inside: the innermost one an earlier block opened and a later one closes
     * (kept open), or null. A block of {@code <td>…</td>} between a {@code <tr>} block and a {@code </tr>} block
     * must be parsed as the contents of a row: on its own, as the contents of a body, its cell tags are dropped.
     */
    private static String context(List<Open> open, Set<Node> keptOpen) {
        if (open != null) {
            for (int i = open.size() - 1; i >= 0; i--) {
                if (keptOpen.contains(open.get(i).node())) {
                    return open.get(i).tag().name();
                }
            }
        }
        return null;
    }

    private static boolean holdsHtmlBlock(Node container) {
        for (Node child = container.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof HtmlBlock) {
                return true;
            }
        }
        return false;
    }

    /**
     * Elements still open at a thematic break or the end of their container: those in blocks kept open
     * get their end tags just before it; the others are closed at the end of their own block.
     */
    private static void closeOut(List<Open> stack, Set<Node> keptOpen, Set<HtmlTags.Tag> unclosed, Map<Node, String> out,
                                 Node before, Node container) {
        StringBuilder closers = new StringBuilder();
        for (int i = stack.size() - 1; i >= 0; i--) {
            Open open = stack.get(i);
            if (!HtmlTags.OPTIONAL_END.contains(open.tag().name())) {
                unclosed.add(open.tag());
            }
            if (keptOpen.contains(open.node())) {
                closers.append("</").append(open.tag().name()).append('>');
            }
        }
        stack.clear();
        if (!closers.isEmpty()) {
            HtmlBlock closing = new HtmlBlock(BasedSequence.of(closers));
            if (before != null) {
                before.insertBefore(closing);
            } else {
                container.appendChild(closing);
            }
            out.put(closing, closers.toString());
        }
    }

    private static void planInline(Document document, Lines lines, Map<Node, String> out) {
        Map<Node, List<HtmlInline>> byBlock = new LinkedHashMap<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof HtmlInline inline) {
                Node block = inline.getParent();
                while (block != null && !(block instanceof Block)) {
                    block = block.getParent();
                }
                byBlock.computeIfAbsent(block, b -> new ArrayList<>()).add(inline);
            }
        }
        for (Map.Entry<Node, List<HtmlInline>> group : byBlock.entrySet()) {
            List<HtmlTags.Tag> open = new ArrayList<>();
            Map<HtmlInline, List<HtmlTags.Tag>> scans = new LinkedHashMap<>();
            for (HtmlInline inline : group.getValue()) {
                List<HtmlTags.Tag> tags = HtmlTags.scan(inline.getChars());
                scans.put(inline, tags);
                for (HtmlTags.Tag tag : tags) {
                    if (tag.opens()) {
                        open.add(tag);
                    } else if (tag.closing()) {
                        int at = HtmlTags.lastIndexOf(open, tag.name());
                        if (at >= 0) {
                            open.subList(at, open.size()).clear();
                        }
                    }
                }
            }
            Set<HtmlTags.Tag> unclosed = Collections.newSetFromMap(new IdentityHashMap<>());
            StringBuilder closers = new StringBuilder();
            for (int i = open.size() - 1; i >= 0; i--) {
                if (!HtmlTags.OPTIONAL_END.contains(open.get(i).name())) {
                    unclosed.add(open.get(i));
                }
                closers.append("</").append(open.get(i).name()).append('>');
            }
            scans.forEach((inline, tags) -> out.put(inline,
                    withLines(inline.getChars().toString(), tags, lines.of(inline), unclosed)));
            if (!closers.isEmpty() && group.getKey() != null) {
                HtmlInline closing = new HtmlInline(BasedSequence.of(closers));
                group.getKey().appendChild(closing);
                out.put(closing, closers.toString());
            }
        }
    }

    /** The HTML with each start tag given its file line, and the mark of an element left unclosed. */
    private static String withLines(String html, List<HtmlTags.Tag> tags, int firstLine, Set<HtmlTags.Tag> unclosed) {
        StringBuilder out = new StringBuilder(html.length() + tags.size() * 20);
        int copied = 0;
        int line = firstLine;
        for (HtmlTags.Tag tag : tags) {
            if (tag.closing()) {
                continue;
            }
            for (int i = copied; i < tag.nameEnd(); i++) {
                if (html.charAt(i) == '\n') {
                    line++;
                }
            }
            out.append(html, copied, tag.nameEnd());
            out.append(' ').append(MarkdownConverter.LINE).append("=\"").append(line).append('"');
            if (unclosed.contains(tag)) {
                out.append(' ').append(MarkdownConverter.UNCLOSED);
            }
            copied = tag.nameEnd();
        }
        return out.append(html, copied, html.length()).toString();
    }

    /**
     * The block parsed on its own and written back: every element it opened is closed within it.
     *
     * @param context the name of the element the block is written inside ({@link #context}), or null for none
     */
    private static String fragment(String html, String context) {
        if (context == null) {
            org.jsoup.nodes.Document parsed = Jsoup.parseBodyFragment(html);
            parsed.outputSettings().prettyPrint(false);
            return parsed.body().html();
        }
        org.jsoup.nodes.Document shell = org.jsoup.nodes.Document.createShell("");
        shell.outputSettings().prettyPrint(false);
        Element parent = shell.body().appendElement(context);
        parent.appendChildren(Parser.parseFragment(html, parent, ""));
        return parent.html();
    }
}

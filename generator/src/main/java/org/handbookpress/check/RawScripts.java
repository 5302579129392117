package org.handbookpress.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.handbookpress.markdown.HtmlPass;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.markdown.SourceLines;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Findings;
import org.handbookpress.findings.Severity;

/**
 * Scripts written into a page as raw HTML: {@code <script>} elements, {@code on…} event attributes and
 * {@code javascript:} links. They run on every reader's device and break the promise that the site
 * makes no outside requests, so each is a warning; with {@code strip-scripts: true} in handbook.yml the
 * build removes them instead and says so in a notice.
 */
public final class RawScripts implements HtmlPass {

    private final boolean strip;
    private final Findings findings;

    public RawScripts(boolean strip, Findings findings) {
        this.strip = strip;
        this.findings = findings;
    }

    @Override
    public void apply(PageHtml html) {
        String file = html.page().path();
        SourcePosition source = new SourcePosition(html.page());
        // A <script> in an HTML block carries no source line, so take the lines from the Markdown itself.
        Deque<Integer> scriptLines = new ArrayDeque<>(linesContaining(source, "<script"));
        for (Element script : html.content().select("script")) {
            Integer fromSource = scriptLines.poll();
            int line = SourceLines.of(script) > 0 ? SourceLines.of(script) : fromSource == null ? 0 : fromSource;
            report(file, line, source.column(line, "<script"), "a <script> element");
            if (strip) {
                script.remove();
            }
        }
        for (Element element : html.content().getAllElements()) {
            for (Attribute attribute : new ArrayList<>(element.attributes().asList())) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                boolean handler = name.startsWith("on");
                boolean scriptUrl = (name.equals("href") || name.equals("src") || name.equals("action"))
                        && attribute.getValue().strip().toLowerCase(Locale.ROOT).startsWith("javascript:");
                if (handler || scriptUrl) {
                    int line = SourceLines.of(element);
                    report(file, line, source.column(line, attribute.getKey()),
                            handler ? "an event attribute " + attribute.getKey() + "=\"…\"" : "a javascript: link");
                    if (strip) {
                        element.removeAttr(attribute.getKey());
                    }
                }
            }
        }
    }

    private void report(String file, int line, int column, String what) {
        if (strip) {
            findings.add(new Finding(file, line, column, Severity.NOTICE, "html.script-stripped",
                    "removed " + what + " from the page, as 'strip-scripts: true' asks",
                    "delete it from the Markdown to silence this notice"));
        } else {
            findings.add(new Finding(file, line, column, Severity.WARNING, "html.script",
                    "raw HTML with " + what + " in the page; scripts run on every reader's device",
                    "remove it, or set 'strip-scripts: true' in handbook.yml to have the build remove scripts"));
        }
    }

    /** File lines whose text contains {@code needle} (any case), outside fenced code blocks. */
    private static List<Integer> linesContaining(SourcePosition source, String needle) {
        List<Integer> lines = new ArrayList<>();
        String fence = null;
        for (int i = 0; i < source.lineCount(); i++) {
            int fileLine = source.firstLine() + i;
            String text = source.line(fileLine);
            String trimmed = text.stripLeading();
            if (fence == null && (trimmed.startsWith("```") || trimmed.startsWith("~~~"))) {
                fence = trimmed.substring(0, 3);
            } else if (fence != null && trimmed.startsWith(fence)) {
                fence = null;
            } else if (fence == null && text.toLowerCase(Locale.ROOT).contains(needle)) {
                lines.add(fileLine);
            }
        }
        return lines;
    }
}

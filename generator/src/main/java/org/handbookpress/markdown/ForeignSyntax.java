package org.handbookpress.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.handbookpress.findings.Findings;
import org.handbookpress.content.Page;

/**
 * Finds syntax of other Markdown tools that the handbook format does not understand (Pandoc fenced
 * divs and attributes, kramdown attribute lists, Liquid tags), so content migrated from Jekyll,
 * Pandoc or the Carpentries' tools is not silently printed as stray punctuation. Each construct is
 * reported once per page, at its first line, with what to write instead.
 */
public final class ForeignSyntax {

    private record Construct(String code, Pattern pattern, String name, String fix) {
    }

    private static final List<Construct> CONSTRUCTS = List.of(
            new Construct("syntax.fenced-div", Pattern.compile("^\\s*:{3,}\\s*\\{?\\.?[A-Za-z]"),
                    "a Pandoc fenced div (::: name)", "use a callout such as '> [!NOTE]' or '> [!EXERCISE]' instead"),
            new Construct("syntax.kramdown-attributes", Pattern.compile("\\{:\\s*[^}]*\\}"),
                    "a kramdown attribute list ({: ...} or {:toc})", "remove it; headings get ids and long pages a contents list automatically"),
            new Construct("syntax.pandoc-attributes", Pattern.compile("[)\\]`]\\{\\s*[#.a-zA-Z][^}]*=?[^}]*\\}"),
                    "Pandoc attributes after a link, image or code ({alt=… width=…})", "remove them; write alt text inside the image's square brackets"),
            new Construct("syntax.liquid", Pattern.compile("\\{\\{[^}]*\\}\\}|\\{%[^%]*%\\}"),
                    "a Liquid tag ({{ … }} or {% … %})", "replace it with plain text or a relative link; templates are not run inside pages"));

    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");

    private final Findings findings;

    public ForeignSyntax(Findings findings) {
        this.findings = findings;
    }

    public void check(Page page) {
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        Map<String, Integer> count = new LinkedHashMap<>();
        String[] lines = page.markdown().split("\n", -1);
        boolean inFence = false;
        for (int i = 0; i < lines.length; i++) {
            if (FENCE.matcher(lines[i]).find()) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                continue;
            }
            for (Construct c : CONSTRUCTS) {
                if (c.pattern().matcher(lines[i]).find()) {
                    firstLine.putIfAbsent(c.code(), page.bodyLine() + i);
                    count.merge(c.code(), 1, Integer::sum);
                }
            }
        }
        List<Construct> found = new ArrayList<>(CONSTRUCTS.stream().filter(c -> firstLine.containsKey(c.code())).toList());
        for (Construct c : found) {
            int times = count.get(c.code());
            findings.warning(page.path(), firstLine.get(c.code()), c.code(),
                    "this page uses " + c.name() + ", which the handbook format does not understand"
                            + (times > 1 ? " (" + times + " times; first here)" : ""), c.fix());
        }
    }
}

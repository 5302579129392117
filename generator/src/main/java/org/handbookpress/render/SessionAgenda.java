package org.handbookpress.render;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.findings.Findings;
import org.handbookpress.content.Durations;
import org.handbookpress.content.FrontMatter;
import org.handbookpress.content.Kind;
import org.handbookpress.markdown.HtmlPass;
import org.handbookpress.markdown.MarkdownConverter;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.markdown.SourceLines;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns a session plan's agenda list ({@code - [15 min] Welcome}) into a timed table: start and end
 * of every item computed from {@code start:}, and the total checked against {@code duration:}.
 */
public final class SessionAgenda implements HtmlPass {

    private static final Pattern ITEM = Pattern.compile("^\\s*\\[([^\\]]{1,20})\\]\\s*");

    private final Findings findings;

    public SessionAgenda(Findings findings) {
        this.findings = findings;
    }

    /**
     * One item of the agenda, in the author's order, for the layout and for tests. An item without a (sensible) length
     * has {@code timed} false, empty {@code start}, {@code end} and {@code length} (empty rather than null, so that a
     * template printing them does not fail) and 0 minutes.
     */
    public record AgendaItem(String start, String end, int minutes, String length, String titleHtml, int line, boolean timed) {
    }

    @Override
    public void apply(PageHtml html) {
        if (html.page().kind() != Kind.SESSION) {
            return;
        }
        FrontMatter meta = html.page().meta();
        String file = html.page().path();
        LocalTime clock = meta.start();
        int total = 0;
        List<AgendaItem> all = new ArrayList<>();
        for (Element list : html.content().select("ul, ol")) {
            List<Element> items = list.children().stream().filter(e -> e.tagName().equals("li")).toList();
            long timed = items.stream().filter(li -> duration(li).isPresent()).count();
            if (timed == 0) {
                continue;
            }
            Element table = new Element("table").addClass("agenda");
            table.appendElement("caption").text("Agenda");
            Element head = table.appendElement("thead").appendElement("tr");
            head.appendElement("th").attr("scope", "col").text(clock == null ? "From start" : "Time");
            head.appendElement("th").attr("scope", "col").text("Length");
            head.appendElement("th").attr("scope", "col").text("Activity");
            Element body = table.appendElement("tbody");
            for (Element li : items) {
                int line = SourceLines.of(li);
                OptionalInt minutes = duration(li).map(Durations::minutes).orElse(OptionalInt.empty());
                Optional<String> absurd = minutes.isPresent() ? Durations.outOfRange(minutes.getAsInt(), Durations.MAX_ITEM) : Optional.empty();
                if (absurd.isPresent()) {
                    // Zero is harmless to the times and kept; anything over a day is a typo and left out of them.
                    findings.warning(file, line, "session.item-duration", "agenda item '" + abbreviate(li.text()) + "': its duration '"
                            + duration(li).get() + "' " + absurd.get(), "write the item's real length, e.g. '[15 min]' or '[1h 30 min]'");
                    if (minutes.getAsInt() > 0) {
                        minutes = OptionalInt.empty();
                    }
                }
                if (minutes.isEmpty() && absurd.isEmpty()) {
                    String why = duration(li).isPresent() ? "its duration '" + duration(li).get() + "' is not a length of time"
                            : "it has no duration";
                    findings.warning(file, line, "session.item-duration", "agenda item '" + abbreviate(li.text()) + "': " + why,
                            "start the item with its length in brackets, e.g. '- [15 min] " + abbreviate(li.text()) + "'");
                }
                Element row = body.appendElement("tr").attr(MarkdownConverter.LINE, String.valueOf(line));
                Element time = row.appendElement("td").addClass("agenda-time");
                Element length = row.appendElement("td").addClass("agenda-length");
                String from = "";
                String to = "";
                if (minutes.isEmpty()) {
                    // Left out of the times, not out of the plan: a break or a round the author has not timed still
                    // happens, in the order written, and the reader (and search) must see it. Its own text, a
                    // bracket that is no length included, stays as written.
                    row.addClass("agenda-untimed");
                    length.text("—");
                } else {
                    stripMarker(li);
                    from = clock == null ? Durations.format(total) : clock.plusMinutes(total).toString();
                    total += minutes.getAsInt();
                    to = clock == null ? Durations.format(total) : clock.plusMinutes(total).toString();
                    if (clock != null) {
                        time.appendElement("time").text(from);
                        time.appendText("–");
                        time.appendElement("time").text(to);
                    } else {
                        time.text(from);
                    }
                    length.text(Durations.format(minutes.getAsInt()));
                }
                Element activity = row.appendElement("td").addClass("agenda-activity");
                for (Node child : li.childNodesCopy()) {
                    activity.appendChild(child);
                }
                all.add(new AgendaItem(from, to, minutes.orElse(0), minutes.isEmpty() ? "" : Durations.format(minutes.getAsInt()),
                        activity.html(), line, minutes.isPresent()));
            }
            list.replaceWith(table);
        }
        if (all.stream().noneMatch(AgendaItem::timed)) {
            if (meta.durationMinutes() != null) {
                findings.warning(file, meta.lineOf("duration"), "session.no-agenda", "session plan has a duration but no agenda items",
                        "list the agenda as '- [15 min] Welcome' items");
            }
            return;
        }
        Element last = html.content().select("table.agenda").last();
        Element foot = last.appendElement("tfoot").appendElement("tr");
        foot.appendElement("th").attr("scope", "row").attr("colspan", "2").text("Total");
        foot.appendElement("td").text(Durations.format(total)
                + (clock == null ? "" : " (" + clock + "–" + clock.plusMinutes(total) + ")"));
        if (total > Durations.MAX_SESSION) {
            findings.warning(file, all.get(0).line(), "session.too-long", "the agenda items add up to " + Durations.format(total)
                    + ", more than a week", "check the items' lengths: '[90h]' is written for '[90 min]' more often than meant");
        }
        if (meta.durationMinutes() != null && meta.durationMinutes() != total) {
            findings.warning(file, meta.lineOf("duration"), "session.total",
                    "agenda items add up to " + Durations.format(total) + " (" + total + " min), but 'duration' is "
                            + meta.durationText() + " (" + meta.durationMinutes() + " min)",
                    "adjust the items or the duration so that they agree");
        }
        Map<String, Object> agenda = new LinkedHashMap<>();
        agenda.put("items", all);
        agenda.put("total", Durations.format(total));
        agenda.put("totalMinutes", total);
        agenda.put("start", clock == null ? null : clock.toString());
        agenda.put("end", clock == null ? null : clock.plusMinutes(total).toString());
        agenda.put("planned", meta.durationMinutes() == null ? null : Durations.format(meta.durationMinutes()));
        agenda.put("matches", meta.durationMinutes() == null || meta.durationMinutes() == total);
        html.model().put("agenda", agenda);
    }

    private static java.util.Optional<String> duration(Element li) {
        if (li.childNodeSize() == 0) {
            return java.util.Optional.empty();
        }
        Node first = li.childNode(0);
        if (first instanceof Element p && p.tagName().equals("p") && p.childNodeSize() > 0) {
            first = p.childNode(0);
        }
        if (first instanceof TextNode text) {
            Matcher m = ITEM.matcher(text.getWholeText());
            if (m.find()) {
                return java.util.Optional.of(m.group(1));
            }
        }
        return java.util.Optional.empty();
    }

    private static void stripMarker(Element li) {
        Node first = li.childNode(0);
        if (first instanceof Element p && p.tagName().equals("p")) {
            first = p.childNode(0);
        }
        TextNode text = (TextNode) first;
        text.text(ITEM.matcher(text.getWholeText()).replaceFirst(""));
    }

    private static String abbreviate(String text) {
        String t = text.replaceFirst("^\\[[^\\]]*\\]\\s*", "");
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }
}

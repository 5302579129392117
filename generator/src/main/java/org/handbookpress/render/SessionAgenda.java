package org.handbookpress.render;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.findings.Findings;
import org.handbookpress.labels.Labels;
import org.handbookpress.labels.PageLabels;
import org.handbookpress.content.TextDirection;
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
    private final PageLabels labels;

    /** @param labels the table's headings ("Time", "Total"), in each page's language */
    public SessionAgenda(Findings findings, PageLabels labels) {
        this.findings = findings;
        this.labels = labels;
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
        Labels words = labels.of(file);
        AgendaLengths lengths = AgendaLengths.of(words); // "[15 хв]" on a Ukrainian page, as well as "[15 min]"
        boolean rightToLeft = TextDirection.rightToLeft(words.locale().toLanguageTag());
        LocalTime clock = meta.start();
        int total = 0;
        List<AgendaItem> all = new ArrayList<>();
        Set<Element> agendaLists = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Element> tables = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        for (Element list : html.content().select("ul, ol")) {
            if (list.parents().stream().anyMatch(agendaLists::contains)) {
                // A list inside an agenda item holds that item's parts: shown in its row, not timed a second time.
                continue;
            }
            List<Element> items = list.children().stream().filter(e -> e.tagName().equals("li")).toList();
            long timed = items.stream().filter(li -> duration(li).isPresent() || partsMinutes(li, lengths).isPresent()).count();
            if (timed == 0) {
                continue;
            }
            agendaLists.add(list);
            // A checklist written under the agenda ("- [ ] Book the room") joins its list when only a blank line is
            // between them, as CommonMark reads it: its tasks are no activities of the session, they stay a checklist
            // after the agenda's table.
            Element checklist = new Element(list.tagName());
            items = items.stream().filter(li -> {
                if (li.hasClass("task-list-item") && duration(li).isEmpty() && partsMinutes(li, lengths).isEmpty()) {
                    checklist.appendChild(li);
                    return false;
                }
                return true;
            }).toList();
            Element table = new Element("table").addClass("agenda");
            table.appendElement("caption").text(words.text("session.agenda"));
            Element head = table.appendElement("thead").appendElement("tr");
            head.appendElement("th").attr("scope", "col").text(words.text(clock == null ? "session.from-start" : "session.time"));
            head.appendElement("th").attr("scope", "col").text(words.text("session.length-column"));
            head.appendElement("th").attr("scope", "col").text(words.text("session.activity"));
            Element body = table.appendElement("tbody");
            for (Element li : items) {
                int line = SourceLines.of(li);
                Optional<String> written = duration(li); // the length in brackets the item starts with, as written
                OptionalInt minutes = written.map(lengths::minutes).orElse(OptionalInt.empty());
                OptionalInt parts = partsMinutes(li, lengths);
                if (written.isEmpty() && parts.isPresent()) {
                    // "- Icebreakers" over "[10 min]" and "[15 min]": the item lasts as long as its parts, as a
                    // facilitator reads it, and needs no length of its own.
                    minutes = parts;
                } else if (minutes.isPresent() && parts.isPresent() && parts.getAsInt() > minutes.getAsInt()) {
                    findings.warning(file, line, "session.parts", "agenda item '" + abbreviate(PageHtml.ownText(li)) + "': its parts add up to "
                            + Durations.format(parts.getAsInt()) + ", more than its own " + Durations.format(minutes.getAsInt()),
                            "shorten the parts or lengthen the item; the item's own length is the one that counts");
                }
                Optional<String> absurd = minutes.isPresent() && written.isPresent() ? Durations.outOfRange(minutes.getAsInt(), Durations.MAX_ITEM) : Optional.empty();
                if (absurd.isPresent()) {
                    // Zero is harmless to the times and kept; anything over a day is a typo and left out of them.
                    findings.warning(file, line, "session.item-duration", "agenda item '" + abbreviate(PageHtml.ownText(li)) + "': its duration '"
                            + written.get() + "' " + absurd.get(), "write the item's real length, e.g. '[15 min]' or '[1h 30 min]'");
                    if (minutes.getAsInt() > 0) {
                        minutes = OptionalInt.empty();
                    }
                }
                if (minutes.isEmpty() && absurd.isEmpty()) {
                    String why = written.isPresent() ? "its duration '" + written.get() + "' is not a length of time"
                            : "it has no duration";
                    findings.warning(file, line, "session.item-duration", "agenda item '" + abbreviate(PageHtml.ownText(li)) + "': " + why,
                            "start the item with its length in brackets, e.g. '- [15 min] " + abbreviate(PageHtml.ownText(li)) + "'");
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
                    if (written.isPresent()) {
                        stripMarker(li);
                    }
                    from = clock == null ? words.duration(total) : clock.plusMinutes(total).toString();
                    total += minutes.getAsInt();
                    to = clock == null ? words.duration(total) : clock.plusMinutes(total).toString();
                    if (clock != null) {
                        // Right to left, "10:00–10:15" would show the later time first: the range reads left to right.
                        Element range = rightToLeft ? time.appendElement("span").attr("dir", "ltr") : time;
                        range.appendElement("time").text(from);
                        range.appendText("–");
                        range.appendElement("time").text(to);
                    } else {
                        time.text(from);
                    }
                    length.text(words.duration(minutes.getAsInt()));
                }
                showParts(li, words, lengths);
                Element activity = row.appendElement("td").addClass("agenda-activity");
                for (Node child : li.childNodesCopy()) {
                    activity.appendChild(child);
                }
                all.add(new AgendaItem(from, to, minutes.orElse(0), minutes.isEmpty() ? "" : words.duration(minutes.getAsInt()),
                        activity.html(), line, minutes.isPresent()));
            }
            tables.add(table);
            headings.add(headingBefore(list, html.content()));
            list.replaceWith(table);
            if (checklist.childrenSize() > 0) {
                table.after(checklist);
            }
        }
        nameTables(tables, headings, words);
        if (all.stream().noneMatch(AgendaItem::timed)) {
            if (meta.durationMinutes() != null) {
                findings.warning(file, meta.lineOf("duration"), "session.no-agenda", "session plan has a duration but no agenda items",
                        "list the agenda as '- [15 min] Welcome' items");
            }
            return;
        }
        Element foot = tables.get(tables.size() - 1).appendElement("tfoot").appendElement("tr");
        // Under the last of several tables, "Total" would read as that part's.
        foot.appendElement("th").attr("scope", "row").attr("colspan", "2").text(words.text(tables.size() > 1 ? "session.total.all" : "session.total"));
        Element sum = foot.appendElement("td").text(words.duration(total));
        if (clock != null) {
            (rightToLeft ? sum.appendText(" (").appendElement("span").attr("dir", "ltr") : sum.appendText(" ("))
                    .appendText(clock + "–" + clock.plusMinutes(total));
            sum.appendText(")");
        }
        if (total > Durations.MAX_SESSION) {
            findings.warning(file, all.get(0).line(), "session.too-long", "the agenda items add up to " + Durations.format(total)
                    + ", more than a week", "check the items' lengths: '[90h]' is written for '[90 min]' more often than meant");
        }
        if (meta.durationMinutes() != null && meta.durationMinutes() != total) {
            // Each length said once, the duration as the author wrote it, and the gap worked out: "90 min (90 min)"
            // told the author nothing twice, and left the subtraction to them.
            int planned = meta.durationMinutes();
            findings.warning(file, meta.lineOf("duration"), "session.total",
                    "agenda items add up to " + Durations.format(total) + ", " + Durations.format(Math.abs(total - planned))
                            + (total > planned ? " more" : " less") + " than 'duration: " + meta.durationText().strip() + "'",
                    "adjust the items or the duration so that they agree");
        }
        Map<String, Object> agenda = new LinkedHashMap<>();
        agenda.put("items", all);
        agenda.put("total", words.duration(total));
        agenda.put("totalMinutes", total);
        agenda.put("start", clock == null ? null : clock.toString());
        agenda.put("end", clock == null ? null : clock.plusMinutes(total).toString());
        agenda.put("planned", meta.durationMinutes() == null ? null : words.duration(meta.durationMinutes()));
        agenda.put("matches", meta.durationMinutes() == null || meta.durationMinutes() == total);
        html.model().put("agenda", agenda);
    }

    /**
     * Captions an agenda split over several lists by the heading each stands under ("Agenda: Part one"): the caption
     * also names the table's scrolling region (AccessibleMarkup), and a screen reader's list of regions or tables showed
     * the same "Agenda" twice. Lists under no heading of their own, or under "Agenda", are told apart by their number.
     */
    private static void nameTables(List<Element> tables, List<String> headings, Labels words) {
        if (tables.size() == 1) {
            namedByHeading(tables.get(0));
        }
        if (tables.size() < 2) {
            return;
        }
        List<String> names = new ArrayList<>();
        for (String heading : headings) {
            names.add(heading == null || heading.isBlank() || heading.strip().equalsIgnoreCase("agenda")
                    || heading.strip().equalsIgnoreCase(words.text("session.agenda")) ? words.text("session.agenda")
                    : words.format("session.agenda.under", Map.of("heading", heading.strip())));
        }
        for (int i = 0; i < tables.size(); i++) {
            String name = names.get(i);
            boolean shared = Collections.frequency(names, name) > 1;
            tables.get(i).selectFirst("caption").text(shared ? words.format("session.agenda.part", Map.of("name", name, "number", i + 1)) : name);
        }
    }

    /**
     * An agenda written straight under a heading of the caption's words ("## Agenda"): the heading names the table
     * ({@code aria-labelledby}) and the caption goes, which showed "Agenda" a second time under it, on the page and on paper.
     */
    private static void namedByHeading(Element table) {
        Element before = table.previousElementSibling();
        Element caption = table.selectFirst("caption");
        if (before != null && caption != null && PageHtml.headingLevel(before) > 0 && !before.id().isEmpty()
                && PageHtml.headingText(before).strip().equalsIgnoreCase(caption.text().strip())) {
            caption.remove();
            table.attr("aria-labelledby", before.id());
        }
    }

    /** The text of the nearest heading before an element, looking outwards up to the page's content; null if none. */
    private static String headingBefore(Element element, Element content) {
        for (Element e = element; e != null && e != content; e = e.parent()) {
            for (Element sibling = e.previousElementSibling(); sibling != null; sibling = sibling.previousElementSibling()) {
                if (PageHtml.headingLevel(sibling) > 0) {
                    return PageHtml.headingText(sibling);
                }
            }
        }
        return null;
    }

    private static java.util.Optional<String> duration(Element li) {
        Node first = firstNode(li);
        if (first instanceof Element p && p.tagName().equals("p")) {
            first = firstNode(p);
        }
        if (first instanceof TextNode text) {
            Matcher m = ITEM.matcher(text.getWholeText());
            if (m.find()) {
                return java.util.Optional.of(m.group(1));
            }
        }
        return java.util.Optional.empty();
    }

    /** An element's first child that is not blank text: a loose list's item starts with a line break before its {@code <p>}. */
    private static Node firstNode(Element element) {
        for (Node child : element.childNodes()) {
            if (!(child instanceof TextNode text && text.isBlank())) {
                return child;
            }
        }
        return null;
    }

    /**
     * The sum of the lengths of an item's parts (the timed items of the lists directly inside it), or empty when
     * it has no timed part. Parts are inside their item's time, never added to the total again.
     */
    private static OptionalInt partsMinutes(Element li, AgendaLengths lengths) {
        int sum = 0;
        boolean any = false;
        for (Element list : li.children()) {
            if (!list.tagName().equals("ul") && !list.tagName().equals("ol")) {
                continue;
            }
            for (Element part : list.children()) {
                OptionalInt m = part.tagName().equals("li") ? partLength(part, lengths) : OptionalInt.empty();
                if (m.isPresent()) {
                    sum = (int) Math.min(Integer.MAX_VALUE, (long) sum + m.getAsInt());
                    any = true;
                }
            }
        }
        return any ? OptionalInt.of(sum) : OptionalInt.empty();
    }

    /** A part's length when it starts with a sensible one (zero to a day), else empty: then it is shown as written. */
    private static OptionalInt partLength(Element part, AgendaLengths lengths) {
        OptionalInt m = duration(part).map(lengths::minutes).orElse(OptionalInt.empty());
        return m.isPresent() && m.getAsInt() <= Durations.MAX_ITEM ? m : OptionalInt.empty();
    }

    /**
     * Shows the parts of an item (at any depth) with their lengths as a label, "10 min", rather than the raw
     * {@code [10 min]} the author typed, as the item's own length is shown in its column.
     */
    private static void showParts(Element li, Labels words, AgendaLengths lengths) {
        for (Element part : li.select("li")) {
            OptionalInt m = part == li ? OptionalInt.empty() : partLength(part, lengths);
            if (m.isEmpty()) {
                continue;
            }
            stripMarker(part);
            Element holder = part.childNode(0) instanceof Element p && p.tagName().equals("p") ? p : part;
            holder.prependText(" ");
            holder.prependElement("span").addClass("agenda-part-length").text(words.duration(m.getAsInt()));
            part.parent().addClass("agenda-parts");
        }
    }

    private static void stripMarker(Element li) {
        Node first = firstNode(li);
        if (first instanceof Element p && p.tagName().equals("p")) {
            first = firstNode(p);
        }
        TextNode text = (TextNode) first;
        text.text(ITEM.matcher(text.getWholeText()).replaceFirst(""));
    }

    private static String abbreviate(String text) {
        String t = text.replaceFirst("^\\[[^\\]]*\\]\\s*", "");
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }
}

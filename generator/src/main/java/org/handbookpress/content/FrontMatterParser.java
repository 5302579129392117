package org.handbookpress.content;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.handbookpress.findings.Findings;

/** Splits front matter from a page and validates it key by key. */
public final class FrontMatterParser {

    static final Set<String> KEYS = new LinkedHashSet<>(List.of("title", "kind", "order", "summary", "reviewed",
            "review-every", "duration", "start", "draft", "glossary", "handout", "ignore"));

    static {
        KEYS.addAll(DocumentControl.KEYS);
    }

    private final Findings findings;

    public FrontMatterParser(Findings findings) {
        this.findings = findings;
    }

    /** The page split in two: its front matter and the Markdown after it. */
    public record Split(FrontMatter meta, String body, int bodyLine) {
    }

    /** @return empty when the front matter is malformed (already reported) */
    public Optional<Split> split(String text, String file) {
        if (!text.startsWith("---\n") && !text.equals("---")) {
            return Optional.of(new Split(FrontMatter.empty(), text, 1));
        }
        int end = findClosingFence(text);
        if (end < 0) {
            findings.error(file, 1, "front-matter.unclosed", "front matter starts with '---' but has no closing '---' line",
                    "add a line '---' after the last front matter key");
            return Optional.empty();
        }
        String yaml = text.substring(4, end);
        int closingLineEnd = text.indexOf('\n', end + 1);
        String body = closingLineEnd < 0 ? "" : text.substring(closingLineEnd + 1);
        int bodyLine = (int) yaml.chars().filter(c -> c == '\n').count() + 3;
        long before = findingsErrors();
        Optional<YamlMap> map = YamlSource.parse(yaml, file, 1, findings);
        if (findingsErrors() > before) {
            return Optional.empty();
        }
        FrontMatter meta = map.map(m -> read(m, file)).orElse(FrontMatter.empty());
        if (findingsErrors() > before) {
            return Optional.empty();
        }
        return Optional.of(new Split(meta, body, bodyLine));
    }

    private long findingsErrors() {
        return findings.count(org.handbookpress.findings.Severity.ERROR);
    }

    /** Index of the closing '---' line's first character, searching line by line after the opening one. */
    private static int findClosingFence(String text) {
        int pos = text.indexOf('\n') + 1;
        while (pos > 0 && pos < text.length()) {
            int next = text.indexOf('\n', pos);
            String line = next < 0 ? text.substring(pos) : text.substring(pos, next);
            if (line.stripTrailing().equals("---") || line.stripTrailing().equals("...")) {
                return pos;
            }
            if (next < 0) {
                break;
            }
            pos = next + 1;
        }
        return -1;
    }

    FrontMatter read(YamlMap yaml, String file) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (String key : KEYS) {
            if (yaml.has(key)) {
                lines.put(key, yaml.lineOf(key));
            }
        }
        String title = yaml.string("title");
        Kind kind = Kind.PAGE;
        String kindText = yaml.string("kind");
        if (kindText != null) {
            Optional<Kind> parsed = Kind.parse(kindText);
            if (parsed.isEmpty()) {
                findings.error(file, yaml.lineOf("kind"), "front-matter.kind",
                        "'kind' must be one of page, chapter, agreement, policy, slides, session, glossary, but received '" + kindText + "'",
                        "use one of the listed kinds");
            } else {
                kind = parsed.get();
            }
        }
        Double order = yaml.number("order");
        String summary = yaml.string("summary");
        LocalDate reviewed = date(yaml, "reviewed", file);
        ReviewPeriod every = null;
        String everyText = yaml.string("review-every");
        if (everyText != null) {
            every = ReviewPeriod.parse(everyText).orElse(null);
            if (every == null) {
                findings.error(file, yaml.lineOf("review-every"), "front-matter.review-every",
                        "'review-every' must be a period such as '12 months' or '2 years', but received '" + everyText + "'",
                        "write a number followed by days, weeks, months or years");
            }
        }
        Integer duration = null;
        String durationText = yaml.string("duration");
        if (durationText != null) {
            OptionalInt minutes = Durations.minutes(durationText);
            if (minutes.isEmpty()) {
                findings.add(new org.handbookpress.findings.Finding(file, yaml.lineOf("duration"), 0, severityFor(kind), "front-matter.duration",
                        "'duration' must be a length of time such as '6h' or '90 min', but received '" + durationText + "'",
                        "write hours as 'h' and minutes as 'min', e.g. '1h 30 min'"));
            } else {
                duration = minutes.getAsInt();
            }
        }
        LocalTime start = null;
        String startText = yaml.string("start");
        if (startText != null) {
            try {
                start = LocalTime.parse(startText.trim().length() == 4 ? "0" + startText.trim() : startText.trim());
            } catch (DateTimeParseException e) {
                // YAML 1.1 reads an unquoted 10:00 as a sexagesimal number (600); accept that too.
                start = sexagesimal(startText);
                if (start == null) {
                    findings.add(new org.handbookpress.findings.Finding(file, yaml.lineOf("start"), 0, severityFor(kind), "front-matter.start",
                            "'start' must be a time such as '10:00', but received '" + startText + "'",
                            "write a 24-hour time in quotes: start: \"09:30\""));
                }
            }
        }
        boolean draft = Boolean.TRUE.equals(yaml.bool("draft"));
        Boolean glossary = yaml.bool("glossary");
        String handout = yaml.string("handout");
        List<String> ignore = yaml.strings("ignore").stream().map(String::trim).filter(code -> !code.isEmpty()).toList();
        DocumentControl control = DocumentControl.read(yaml, findings);
        yaml.warnUnknownKeys(KEYS, "front matter");
        return new FrontMatter(title == null ? null : title.trim(), kind, order, summary, reviewed, every, duration,
                durationText, start, draft, glossary == null || glossary, handout, Map.copyOf(lines), ignore, control);
    }

    /**
     * Only session plans use {@code start} and {@code duration}; on other pages a value that is not a
     * time is ignored with a warning, because content migrated from other tools uses these names
     * for other things (e.g. {@code start: yes}).
     */
    private static org.handbookpress.findings.Severity severityFor(Kind kind) {
        return kind == Kind.SESSION ? org.handbookpress.findings.Severity.ERROR : org.handbookpress.findings.Severity.WARNING;
    }

    private static LocalTime sexagesimal(String text) {
        try {
            int minutes = Integer.parseInt(text.trim());
            return minutes >= 0 && minutes < 24 * 60 ? LocalTime.of(minutes / 60, minutes % 60) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private LocalDate date(YamlMap yaml, String key, String file) {
        String text = yaml.string(key);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            findings.error(file, yaml.lineOf(key), "front-matter.date",
                    "'" + key + "' must be a date written YYYY-MM-DD, but received '" + text + "'",
                    "write the date like 2026-03-31");
            return null;
        }
    }
}

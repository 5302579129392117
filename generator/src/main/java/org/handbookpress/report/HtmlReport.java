package org.handbookpress.report;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Report;

/**
 * The report as a page of its own, for the preview server to show beside the site: a summary, then
 * one table per file with each finding's line, severity, message and fix, the files with errors first. Self-contained (inline
 * styles, no scripts) and built with Jsoup, so every message is escaped.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    /** @param title the handbook's title, shown in the heading */
    public static String render(Report report, String title, String language) {
        Document page = Document.createShell("");
        page.outputSettings().prettyPrint(true).indentAmount(1);
        page.selectFirst("html").attr("lang", language);
        Element head = page.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text("Check report – " + title);
        head.appendElement("style").appendText(STYLE);
        Element main = page.body().appendElement("main");
        main.appendElement("h1").text("Check report: " + title);
        Element summary = main.appendElement("p").addClass(report.passed() ? "passed" : "failed");
        summary.appendElement("strong").text(report.passed() ? "Passed" : "Failed");
        summary.appendText(" – " + report.summary() + (report.strict() ? " (strict: warnings fail the build)" : ""));
        if (report.findings().isEmpty()) {
            main.appendElement("p").text("No problems found.");
        }
        int number = 0;
        for (Map.Entry<String, List<Finding>> file : byFile(ListedFindings.of(report.findings())).entrySet()) {
            String id = "file-" + ++number;
            Element section = main.appendElement("section");
            section.appendElement("h2").attr("id", id).appendElement("code").text(file.getKey().isEmpty() ? "Handbook" : file.getKey());
            Element table = section.appendElement("table").attr("aria-labelledby", id);
            Element header = table.appendElement("thead").appendElement("tr");
            for (String column : COLUMNS) {
                header.appendElement("th").attr("scope", "col").text(column);
            }
            Element body = table.appendElement("tbody");
            for (Finding f : file.getValue()) {
                Element row = body.appendElement("tr").addClass(f.severity().label());
                cell(row, 0).text(f.line() == 0 ? "–" : f.column() > 0 ? f.line() + ":" + f.column() : String.valueOf(f.line()));
                cell(row, 1).text(f.severity().label());
                cell(row, 2).text(f.message());
                cell(row, 3).text(f.fix() == null ? "" : f.fix());
                cell(row, 4).appendElement("code").text(f.code());
            }
        }
        return page.outerHtml();
    }

    private static final List<String> COLUMNS = List.of("Line", "Severity", "Problem", "How to fix", "Code");

    /** A cell labelled with its column, so that a phone can show each row as a list of labelled lines. */
    private static Element cell(Element row, int column) {
        return row.appendElement("td").attr("data-label", COLUMNS.get(column));
    }

    /**
     * The findings by file, the files with an error first, then those with a warning, then the rest, each group in the
     * report's order: the preview shows this page in place of a site that failed, and its one error came after 200
     * notices of other files.
     */
    private static Map<String, List<Finding>> byFile(List<Finding> findings) {
        Map<String, List<Finding>> files = new LinkedHashMap<>();
        for (Finding f : findings) {
            files.computeIfAbsent(f.file(), k -> new java.util.ArrayList<>()).add(f);
        }
        // A stable sort by each file's worst finding keeps the report's order within each group.
        Map<String, List<Finding>> ordered = new LinkedHashMap<>();
        files.entrySet().stream()
                .sorted(Comparator.comparing(file -> file.getValue().stream().map(Finding::severity).min(Comparator.naturalOrder()).orElseThrow()))
                .forEach(file -> ordered.put(file.getKey(), file.getValue()));
        return ordered;
    }

    // Dark text on light backgrounds, all above 4.5:1; the severity is written out, never shown by colour alone.
    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:0;padding:1rem;color:#1a1a1a;background:#fff;line-height:1.5}
            main{max-width:70rem;margin:auto}
            h1{font-size:1.6rem}
            h2{font-size:1.1rem;margin-top:2rem;overflow-wrap:break-word}
            table{border-collapse:collapse;width:100%}
            th,td{border:1px solid #767676;padding:.4rem;text-align:left;vertical-align:top;overflow-wrap:break-word}
            td:nth-child(1),td:nth-child(2){white-space:nowrap}
            tr.error td:nth-child(2){background:#fde7e7;color:#8a1111;font-weight:bold}
            tr.warning td:nth-child(2){background:#fff4d6;color:#6b4a00;font-weight:bold}
            tr.notice td:nth-child(2){background:#e7f0fd;color:#123f80}
            p.failed strong{color:#8a1111}
            p.passed strong{color:#1d6b2c}
            @media (max-width:40rem){
              thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
              table,tbody,tr,td{display:block}
              tr{border:1px solid #767676;margin-bottom:1rem}
              td{border:0;border-bottom:1px solid #d0d0d0;white-space:normal}
              td::before{content:attr(data-label) ": ";font-weight:bold}
            }
            """;
}

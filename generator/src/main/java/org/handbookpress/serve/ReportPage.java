package org.handbookpress.serve;

import java.util.List;
import org.handbookpress.check.Finding;
import org.handbookpress.check.Severity;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The preview's page listing the last build's findings, most serious first, each with its fix. */
final class ReportPage {

    private ReportPage() {
    }

    static String html(boolean succeeded, List<Finding> findings) {
        Document doc = Document.createShell("");
        doc.selectFirst("html").attr("lang", "en");
        doc.title("Handbook report");
        doc.head().appendElement("meta").attr("charset", "utf-8");
        doc.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        doc.head().appendElement("style").appendText("""
                body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;background:#fff}
                h1{font-size:1.6rem} li{margin:.5rem 0} code{font-weight:600}
                .error{color:#9b1c1c} .warning{color:#7a4b00} .notice{color:#1d4f7a}
                @media (prefers-color-scheme: dark){body{background:#16181d;color:#eee}.error{color:#ff9b9b}.warning{color:#ffd27a}.notice{color:#9fd0ff}}""");
        Element main = doc.body().appendElement("main");
        main.appendElement("h1").text(succeeded ? "The handbook builds" : "The handbook does not build");
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        main.appendElement("p").text(errors + " error(s), " + warnings + " warning(s), "
                + (findings.size() - errors - warnings) + " notice(s). This page reloads when you save a file.");
        Element list = main.appendElement("ol");
        findings.stream().sorted((a, b) -> a.severity().compareTo(b.severity()) != 0 ? a.severity().compareTo(b.severity())
                : Finding.REPORT_ORDER.compare(a, b)).forEach(f -> {
            Element item = list.appendElement("li").addClass(f.severity().label());
            item.appendElement("code").text(f.file() + (f.line() > 0 ? ":" + f.line() : ""));
            item.appendText(" " + f.severity().label() + ": " + f.message());
            if (f.fix() != null && !f.fix().isBlank()) {
                item.appendElement("br");
                item.appendText("→ " + f.fix());
            }
        });
        if (!succeeded) {
            main.appendElement("p").text("The site shows the last good build again as soon as these errors are fixed.");
        }
        return doc.outerHtml();
    }
}

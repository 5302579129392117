package org.handbookpress;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a build did, printed when it finishes (as Hugo's closing table): the pages, what the build
 * generated, decks, PDFs (printed and reused from the cache) with their pages, files copied, the
 * findings by severity, and each stage's time.
 *
 * @param pdfs       PDFs written (packs, page PDFs, slides and handouts)
 * @param pdfPages   their pages, all together
 * @param pdfsReused of those, how many came from the cache unprinted
 * @param stages     each stage's time in milliseconds, in the order they ran
 */
public record BuildSummary(boolean checkOnly, int pages, int generatedPages, int decks, int pdfs, int pdfPages, int pdfsReused,
                           int filesCopied, long errors, long warnings, long notices, Map<String, Long> stages, long totalMillis) {

    public BuildSummary {
        stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));
    }

    /** The summary as log lines: a two-column table, then the time of each stage. */
    public List<String> lines() {
        List<String> rows = new ArrayList<>();
        rows.add(checkOnly ? "Handbook checked" : "Handbook built");
        rows.add(row("Pages", String.valueOf(pages)));
        if (!checkOnly) {
            rows.add(row("Generated pages", String.valueOf(generatedPages)));
        }
        rows.add(row("Slide decks", String.valueOf(decks)));
        if (!checkOnly) {
            rows.add(row("PDFs", pdfs + (pdfs == 0 ? "" : " (" + pdfPages + " pages" + (pdfsReused > 0 ? ", " + pdfsReused + " reused unchanged" : "") + ")")));
            rows.add(row("Files copied", String.valueOf(filesCopied)));
        }
        rows.add(row("Findings", errors + " error(s), " + warnings + " warning(s), " + notices + " notice(s)"));
        StringBuilder times = new StringBuilder();
        for (Map.Entry<String, Long> stage : stages.entrySet()) {
            times.append(times.isEmpty() ? "" : ", ").append(stage.getKey()).append(' ').append(millis(stage.getValue()));
        }
        rows.add(row("Stages", times.toString()));
        rows.add("Total in " + millis(totalMillis));
        return rows;
    }

    private static String row(String label, String value) {
        return String.format(Locale.ROOT, "  %-16s| %s", label, value);
    }

    private static String millis(long ms) {
        return ms < 10_000 ? ms + " ms" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}

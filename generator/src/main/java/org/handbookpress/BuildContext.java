package org.handbookpress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handbookpress.findings.Findings;
import org.handbookpress.content.Handbook;
import org.handbookpress.glossary.Glossary;
import org.handbookpress.links.PageIndex;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.output.OutputFolder;
import org.handbookpress.render.SiteModel;
import org.handbookpress.render.SiteNavigation;
import org.handbookpress.render.ThemeEngine;

/**
 * What the later stages (PDF, slides, search, rendering) share once the content is HTML: the loaded
 * handbook, its pages after every HTML pass, the theme, the output folder, and the downloads the
 * stages produced for the layouts to link.
 */
public final class BuildContext {

    public final BuildOptions options;
    public final Handbook handbook;
    public final List<PageHtml> pages;
    public final PageIndex index;
    public final SiteNavigation navigation;
    public final SiteModel model;
    public final ThemeEngine theme;
    public final OutputFolder output;
    public final Findings findings;
    public final LocalDate today;
    /** Packs the PDF stage wrote, in handbook.yml order: maps with title, subtitle, url, size, pages. */
    public final List<Map<String, Object>> downloads = new ArrayList<>();
    /** The glossary's entries in alphabetical order, for the PDF appendix and search; set once read. */
    public Glossary glossary = Glossary.none();
    /** Per page path, extra values for its layout from later stages (its PDF's URL, its deck…). */
    public final Map<String, Map<String, Object>> pageExtras = new LinkedHashMap<>();

    BuildContext(BuildOptions options, Handbook handbook, List<PageHtml> pages, PageIndex index, SiteNavigation navigation,
                 SiteModel model, ThemeEngine theme, OutputFolder output, Findings findings, LocalDate today) {
        this.options = options;
        this.handbook = handbook;
        this.pages = pages;
        this.index = index;
        this.navigation = navigation;
        this.model = model;
        this.theme = theme;
        this.output = output;
        this.findings = findings;
        this.today = today;
    }

    /**
     * The date printed into PDFs: {@code project.build.outputTimestamp} when set, else the start of the
     * build's day, so that two builds on the same day give the same bytes.
     */
    public Instant printedAt() {
        return options.timestamp() != null ? options.timestamp() : today.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public Map<String, Object> extrasFor(String pagePath) {
        return pageExtras.computeIfAbsent(pagePath, k -> new LinkedHashMap<>());
    }
}

package org.handbookpress.check;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.content.Handbook;
import org.handbookpress.content.LanguageFolders;
import org.handbookpress.content.Page;
import org.handbookpress.findings.Findings;

/**
 * Pages that no menu entry leads to, directly or through their folder: usually a page written but
 * forgotten in {@code nav:}. A page meant to be reached only through links can say so with
 * {@code ignore: [page.unreachable]} in its front matter. A page in a folder of translations ({@code cy/…}) is reached
 * from the same page in another language, whose language switch links it, when the menu leads to that one.
 */
public final class UnreachablePages {

    private static final String THROUGH_LINKS = "; if it is meant to be reached only through links, add 'ignore: [page.unreachable]' to its front matter";
    /** A file name's chapter number, {@code 01} of {@code 01-cyn-y-sesiwn.md}. */
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d+)(?=[-_. ])");

    private final Predicate<Page> reachable;
    private final Findings findings;
    private final LanguageFolders languages;

    /** @param reachable whether the navigation leads to a page (the site navigation's {@code isReachable}) */
    public UnreachablePages(Predicate<Page> reachable, Findings findings) {
        this(reachable, findings, LanguageFolders.NONE);
    }

    /** @param languages the handbook's folders of translations, whose pages the language switch links */
    public UnreachablePages(Predicate<Page> reachable, Findings findings, LanguageFolders languages) {
        this.reachable = reachable;
        this.findings = findings;
        this.languages = languages;
    }

    public void check(Handbook handbook) {
        for (Page page : handbook.pages()) {
            // A page a book's table of contents leaves out is said once for them all (page.not-in-summary).
            if (!page.isHome() && !reachable.test(page) && !handbook.isOutsideMenu(page) && !translatesAReachablePage(handbook, page)) {
                String folder = translationsOutsideTheMenu(handbook, page);
                if (folder != null) {
                    reportTranslationOfNothing(handbook, page, folder);
                } else {
                    findings.warning(page.path(), 0, "page.unreachable", "no menu entry leads to this page",
                            "add it, or its folder, to 'nav:' in handbook.yml" + THROUGH_LINKS);
                }
            }
        }
    }

    /**
     * The folder of translations ({@code cy}) the page is in, when the page translates no page and the menu leads to none
     * of the folder's pages, so that the folder's pages are reached only from the pages they translate; else null.
     */
    private String translationsOutsideTheMenu(Handbook handbook, Page page) {
        String rest = languages.untranslated(page.path());
        int slash = page.path().indexOf('/');
        if (rest == null || slash < 0 || !languages.folders().containsKey(page.path().substring(0, slash))) {
            return null; // not in a top folder of translations (Jekyll's _articles/fr/…): the plain advice
        }
        String folder = page.path().substring(0, slash);
        boolean hasOriginal = handbook.page(rest).isPresent()
                || languages.folders().keySet().stream().anyMatch(f -> !f.equals(folder) && handbook.page(f + "/" + rest).isPresent());
        boolean folderInMenu = handbook.pages().stream().anyMatch(p -> p.path().startsWith(folder + "/") && reachable.test(p));
        return hasOriginal || folderInMenu ? null : folder;
    }

    /**
     * A translation saved under a name of its own ({@code cy/toolkit/01-cyn-y-sesiwn.md} for
     * {@code toolkit/01-before-the-session.md}), or a page written in the folder's language alone: the menu of the folder's
     * pages is the handbook's, each entry leading to the page of the same path in the folder, so nothing leads to it. The
     * plain advice, to add it or its folder to {@code nav:}, would put the Welsh folder into the English menu; the advice
     * is the path it should have, and the page it most likely translates (an untranslated one of the same number).
     */
    private void reportTranslationOfNothing(Handbook handbook, Page page, String folder) {
        String rest = languages.untranslated(page.path());
        int slash = rest.lastIndexOf('/');
        String originals = slash < 0 ? "" : rest.substring(0, slash + 1);
        String name = rest.substring(slash + 1);
        List<String> untranslated = handbook.pages().stream().map(Page::path)
                .filter(p -> p.startsWith(originals) && p.indexOf('/', originals.length()) < 0)
                .filter(p -> handbook.page(folder + "/" + p).isEmpty())
                .sorted().toList();
        Matcher number = LEADING_NUMBER.matcher(name);
        List<String> sameNumber = !number.find() ? List.of() : untranslated.stream()
                .filter(p -> p.startsWith(originals + number.group(1)) && !Character.isDigit(charAfter(p, originals.length() + number.group(1).length())))
                .toList();
        String advice;
        if (sameNumber.size() == 1) {
            advice = "if it translates " + sameNumber.get(0) + ", rename it " + folder + "/" + sameNumber.get(0)
                    + " (a translation keeps its original's path, after '" + folder + "/')";
        } else if (!untranslated.isEmpty()) {
            advice = "rename it to the path of the page it translates, after '" + folder + "/' (not translated yet: "
                    + org.handbookpress.findings.Listed.first(untranslated, 3) + ")";
        } else {
            advice = "write the page it translates at " + rest + ", or rename it to the path of the page it translates, after '" + folder + "/'";
        }
        findings.warning(page.path(), 0, "page.unreachable",
                "no menu entry or language switch leads to this page: it is in the folder of translations '" + folder
                        + "/' but translates no page, since there is no " + rest + " (the menu on the pages in '" + folder
                        + "/' is the handbook's, each entry leading to the translation at the same path)",
                advice + THROUGH_LINKS);
    }

    private static char charAfter(String text, int at) {
        return at < text.length() ? text.charAt(at) : ' ';
    }

    /** Whether the page is in a folder of translations and the same page in another language is reached. */
    private boolean translatesAReachablePage(Handbook handbook, Page page) {
        String rest = languages.untranslated(page.path());
        if (rest == null) {
            return false;
        }
        String own = page.path().substring(0, page.path().indexOf('/'));
        int slash = rest.lastIndexOf('/');
        if (slash > 0 && Handbook.folderPageRank(rest.substring(slash + 1)) >= 0) {
            // A folder's own page (cy/toolkit/index.md): the menu's entry for the folder leads to it when it leads into the
            // folder in the other language, whose own page the build may have generated.
            String folder = rest.substring(0, slash + 1);
            if (handbook.pages().stream().anyMatch(p -> p.path().startsWith(folder) && reachable.test(p))) {
                return true;
            }
        }
        return handbook.page(rest).filter(p -> p.isHome() || reachable.test(p)).isPresent()
                || languages.folders().keySet().stream().filter(f -> !f.equals(own))
                        .anyMatch(f -> handbook.page(f + "/" + rest).filter(reachable).isPresent());
    }
}

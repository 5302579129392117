package org.handbookpress.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.handbookpress.findings.Findings;
import org.handbookpress.content.FrontMatter;
import org.handbookpress.content.Kind;
import org.handbookpress.content.Page;
import org.handbookpress.glossary.Glossary;
import org.handbookpress.glossary.GlossaryLinker;
import org.handbookpress.glossary.GlossaryReader;
import org.handbookpress.glossary.TermAnchors;
import org.handbookpress.markdown.MarkdownConverter;
import org.handbookpress.markdown.PageHtml;

/**
 * Links 1,000 pages against glossaries of 100, 1,000 and 10,000 terms and prints pages per second for
 * each, to show that linking time follows the pages' text and not the size of the glossary. Not a test
 * (surefire runs only *Test classes): run it by hand, see bench/README.md.
 *
 * <p>Pages and glossaries are synthetic but shaped like a handbook's: about 900 words a page in
 * paragraphs, a list and a heading, with one word in twenty a glossary term or one of its forms. Only
 * the linking is timed; Markdown and HTML parsing happen before the clock starts.
 */
public final class GlossaryLinkBench {

    private static final int PAGES = 1_000;
    private static final int[] SIZES = {100, 1_000, 10_000};
    private static final int ROUNDS = 5;
    private static final MarkdownConverter MARKDOWN = new MarkdownConverter();

    private GlossaryLinkBench() {
    }

    public static void main(String[] args) {
        System.out.printf(Locale.ROOT, "Glossary linking: %,d pages, best of %d rounds (Java %s, %d cores)%n",
                PAGES, ROUNDS, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        // Warm the JIT on a mid-sized glossary before measuring anything.
        run(1_000, 2, false);
        for (int size : SIZES) {
            run(size, ROUNDS, true);
        }
        // For contrast: the least a search per term costs (one regex per term and form over each page's
        // text, no DOM work), on 100 pages, for the two smaller glossaries.
        for (int size : new int[] {100, 1_000}) {
            perTermBaseline(size);
        }
    }

    private static void perTermBaseline(int size) {
        Random random = new Random(size);
        List<String> terms = terms(size, random);
        List<java.util.regex.Pattern> patterns = new ArrayList<>();
        for (String term : terms) {
            for (String phrase : List.of(term, term.toLowerCase(Locale.ROOT) + "s")) {
                patterns.add(java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(phrase)
                        + "(?![\\p{L}\\p{N}])", java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE));
            }
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            texts.add(new PageHtml(page("p/" + i + ".md", Kind.PAGE, ""), MARKDOWN.toHtml(pageMarkdown(terms, random), 1)).content().text());
        }
        long best = Long.MAX_VALUE;
        int found = 0;
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            found = 0;
            for (String text : texts) {
                for (java.util.regex.Pattern pattern : patterns) {
                    if (pattern.matcher(text).find()) {
                        found++;
                    }
                }
            }
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf(Locale.ROOT, "%,7d terms, one regex per term and form (baseline): %8.0f pages/s  (%,d finds)%n",
                size, texts.size() / (best / 1e9), found);
    }

    private static void run(int size, int rounds, boolean print) {
        Random random = new Random(size);
        List<String> terms = terms(size, random);
        Glossary glossary = glossary(terms);
        List<String> pageHtml = new ArrayList<>();
        for (int i = 0; i < PAGES; i++) {
            pageHtml.add(MARKDOWN.toHtml(pageMarkdown(terms, random), 1));
        }
        long chars = 0;
        long links = 0;
        long best = Long.MAX_VALUE;
        for (int round = 0; round < rounds; round++) {
            List<PageHtml> pages = new ArrayList<>();
            for (int i = 0; i < PAGES; i++) {
                pages.add(new PageHtml(page("p/page-" + i + ".md", Kind.PAGE, ""), pageHtml.get(i)));
            }
            GlossaryLinker linker = new GlossaryLinker(glossary);
            long start = System.nanoTime();
            for (PageHtml page : pages) {
                linker.apply(page);
            }
            best = Math.min(best, System.nanoTime() - start);
            if (round == 0) {
                chars = pages.stream().mapToLong(p -> p.content().text().length()).sum();
                links = pages.stream().mapToLong(p -> p.content().select("a.glossary-term").size()).sum();
            }
        }
        if (print) {
            double seconds = best / 1e9;
            System.out.printf(Locale.ROOT, "%,7d terms: %8.0f pages/s  %6.1f MB text/s  %,6d links  (%.0f ms for %,d pages)%n",
                    size, PAGES / seconds, chars / seconds / 1e6, links, best / 1e6, PAGES);
        }
    }

    private static final String[] SYLLABLES = {"ba", "ce", "di", "fo", "gu", "ha", "je", "ki", "lo", "mu", "na", "pe", "ri",
        "so", "tu", "va", "we", "xi", "yo", "zu", "bra", "cle", "dro", "fli", "gra", "ŵy", "né", "ïo"};
    private static final String[] FILLER = ("the a of and to in that it is was for on are with as at be this have from or one had by "
            + "word but not what all were we when your can said there use an each which she do how their if will up other about out "
            + "many then them these so some her would make like him into time has look two more write go see number no way could "
            + "people my than first water been call who oil its now find long down day did get come made may part").split(" ");

    /** Made-up terms of one to three words, unique, some with accented letters. */
    private static List<String> terms(int count, Random random) {
        Set<String> terms = new LinkedHashSet<>();
        while (terms.size() < count) {
            int words = 1 + random.nextInt(3);
            StringBuilder term = new StringBuilder();
            for (int w = 0; w < words; w++) {
                if (w > 0) {
                    term.append(' ');
                }
                int syllables = 2 + random.nextInt(3);
                for (int s = 0; s < syllables; s++) {
                    term.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
                }
            }
            terms.add(Character.toUpperCase(term.charAt(0)) + term.substring(1));
        }
        return new ArrayList<>(terms);
    }

    private static Glossary glossary(List<String> terms) {
        StringBuilder md = new StringBuilder();
        for (String term : terms) {
            md.append(term).append("\n: A made-up word used to measure the linker, said as ").append(term.toLowerCase(Locale.ROOT))
                    .append(".\n  Also: ").append(term.toLowerCase(Locale.ROOT)).append("s\n\n");
        }
        PageHtml html = new PageHtml(page("glossary.md", Kind.GLOSSARY, md.toString()), MARKDOWN.toHtml(md.toString(), 1));
        new TermAnchors().apply(html);
        return new GlossaryReader(new Findings(), Locale.UK, List.of()).read(html);
    }

    private static String pageMarkdown(List<String> terms, Random random) {
        StringBuilder md = new StringBuilder("## A heading with ").append(terms.get(random.nextInt(terms.size()))).append("\n\n");
        for (int paragraph = 0; paragraph < 10; paragraph++) {
            if (paragraph == 5) {
                for (int item = 0; item < 5; item++) {
                    md.append("- ").append(words(12, terms, random)).append('\n');
                }
                md.append('\n');
            }
            md.append(words(80, terms, random)).append("\n\n");
        }
        return md.toString();
    }

    private static String words(int count, List<String> terms, Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(i % 15 == 0 ? ". " : " ");
            }
            if (random.nextInt(20) == 0) {
                String term = terms.get(random.nextInt(terms.size()));
                text.append(random.nextBoolean() ? term : term.toLowerCase(Locale.ROOT) + "s");
            } else {
                text.append(FILLER[random.nextInt(FILLER.length)]);
            }
        }
        return text.append('.').toString();
    }

    private static Page page(String path, Kind kind, String markdown) {
        FrontMatter meta = FrontMatter.builder().kind(kind).build();
        return new Page(path, path.replace(".md", ".html"), Path.of(path), meta, "Page " + path, markdown, 1);
    }
}

package org.handbookpress.glossary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.handbookpress.findings.Findings;
import org.handbookpress.content.Kind;
import org.handbookpress.content.Page;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.markdown.SourceLines;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads the glossary from the glossary page's HTML once links are rewritten: each {@code dt} of its
 * definition lists is a term, the {@code dd}s that follow are its definition, and a last line
 * {@code Also: a, b} lists its other forms. Warns about a term defined twice, an empty definition,
 * a form claimed by two terms and a glossary page without terms, with the term's line.
 */
public final class GlossaryReader {

    private static final Pattern ALSO = Pattern.compile("(?:^|\\n)[ \\t]*Also:", Pattern.CASE_INSENSITIVE);

    private final Findings findings;
    private final Locale locale;
    private final List<String> names;

    /**
     * @param locale sorts the entries (the handbook's language)
     * @param names  proper names, such as the organisation's, inside which no term is linked
     */
    public GlossaryReader(Findings findings, Locale locale, List<String> names) {
        this.findings = findings;
        this.locale = locale;
        this.names = names.stream().filter(Objects::nonNull).toList();
    }

    /** The glossary of the first page of kind {@code glossary}, or {@link Glossary#none()}. */
    public Glossary read(List<PageHtml> pages) {
        List<PageHtml> glossaries = pages.stream().filter(p -> p.page().kind() == Kind.GLOSSARY).toList();
        if (glossaries.isEmpty()) {
            return Glossary.none();
        }
        for (PageHtml extra : glossaries.subList(1, glossaries.size())) {
            findings.warning(extra.page().path(), extra.page().meta().lineOf("kind"), "glossary.second",
                    "a handbook has one glossary, and " + glossaries.get(0).page().path() + " is already it; this page's terms are not linked",
                    "move its terms into " + glossaries.get(0).page().path() + " and give this page another kind");
        }
        return read(glossaries.get(0));
    }

    /**
     * The handbook's glossaries: its own (the first page of kind {@code glossary} outside the folders of translations), and
     * each folder of translations' (the first in it, {@code cy/glossary.md}), whose terms are linked on that folder's
     * pages. A second glossary in the same language is {@code glossary.second}.
     *
     * @param localeOf the language a folder's glossary sorts its entries in ({@code cy})
     */
    public Glossaries read(List<PageHtml> pages, org.handbookpress.content.LanguageFolders languages,
                           java.util.function.Function<String, Locale> localeOf) {
        Map<String, List<PageHtml>> byFolder = new java.util.LinkedHashMap<>();
        for (PageHtml html : pages) {
            if (html.page().kind() == Kind.GLOSSARY) {
                String path = html.page().path();
                String folder = languages.languageOf(path) == null ? "" : path.substring(0, path.indexOf('/'));
                byFolder.computeIfAbsent(folder, f -> new ArrayList<>()).add(html);
            }
        }
        Glossary main = Glossary.none();
        Map<String, Glossary> translated = new java.util.TreeMap<>();
        for (Map.Entry<String, List<PageHtml>> scope : byFolder.entrySet()) {
            Glossary read = (scope.getKey().isEmpty() ? this : new GlossaryReader(findings, localeOf.apply(scope.getKey()), names))
                    .read(scope.getValue());
            if (scope.getKey().isEmpty()) {
                main = read;
            } else {
                translated.put(scope.getKey(), read);
            }
        }
        return new Glossaries(main, translated);
    }

    /** The glossary written on {@code html}. */
    public Glossary read(PageHtml html) {
        Page page = html.page();
        Element content = html.content();
        TermAnchors.stamp(content);
        List<Element> terms = TermAnchors.terms(content);
        // The Markdown is parsed again for the terms' lines only when there are terms: a glossary page the build refused to
        // convert (check/NestingDepth, RuleRuns) has none, and its Markdown would overflow this parser's stack as well.
        List<Integer> lines = terms.isEmpty() ? List.of() : TermLines.of(page);
        boolean linesMatch = lines.size() == terms.size();

        List<GlossaryEntry> entries = new ArrayList<>();
        Map<String, GlossaryEntry> byKey = new HashMap<>();
        Map<String, GlossaryEntry> formOwners = new HashMap<>();
        int index = 0;
        for (Element dt : terms) {
            int line = linesMatch ? lines.get(index) : SourceLines.of(dt);
            index++;
            String term = dt.text().strip();
            if (term.isEmpty()) {
                continue;
            }
            Definition definition = definitionOf(dt);
            GlossaryEntry entry = new GlossaryEntry(term, dt.id(), definition.forms(), definition.html(), definition.text(), line);
            String key = TermMatcher.key(term);
            GlossaryEntry first = byKey.putIfAbsent(key, entry);
            if (first != null) {
                findings.warning(page.path(), line, "glossary.duplicate",
                        "the term '" + term + "' is defined twice (first on line " + first.line() + ")",
                        "merge the two definitions into one entry");
            }
            if (definition.text().isEmpty()) {
                findings.warning(page.path(), line, "glossary.empty", "the term '" + term + "' has an empty definition",
                        "write what it means on the line after it, starting ': '");
            }
            checkLinkable(page.path(), line, term, "the term '" + term + "'");
            entries.add(entry);
        }
        for (GlossaryEntry entry : entries) {
            for (String form : entry.forms()) {
                checkLinkable(page.path(), entry.line(), form, "'" + form + "', listed under 'Also:' for '" + entry.term() + "',");
                String key = TermMatcher.key(form);
                GlossaryEntry owner = byKey.get(key);
                if (owner == null) {
                    owner = formOwners.putIfAbsent(key, entry);
                }
                if (owner != null && owner != entry && !TermMatcher.key(owner.term()).equals(TermMatcher.key(entry.term()))) {
                    findings.warning(page.path(), entry.line(), "glossary.form-clash",
                            "'" + form + "', listed under 'Also:' for '" + entry.term() + "', already stands for '" + owner.term() + "'",
                            "remove it from one of the two entries; pages link it to '" + owner.term() + "'");
                }
            }
        }
        if (entries.isEmpty()) {
            findings.warning(page.path(), 1, "glossary.no-terms", "the glossary page has no terms",
                    "write each term on its own line, with its definition on the next line starting ': '");
        }
        return Glossary.of(page, entries, locale, names);
    }

    /**
     * A term or form that would link a letter or a very common word on nearly every page is a warning; not one written
     * in capitals ("IT", "US"), which only the same capitals match.
     */
    private void checkLinkable(String file, int line, String phrase, String described) {
        if (CommonWords.isTooShort(phrase)) {
            findings.warning(file, line, "glossary.term-too-short",
                    described + " is shorter than two characters, so it would link that letter wherever it stands alone",
                    "write the term out in full (or remove it from the glossary)");
        } else if (CommonWords.linksEverywhere(phrase, locale)) { // "IT" links only "IT"
            findings.warning(file, line, "glossary.term-common-word",
                    described + " is one of the most common words of the language, so it would be linked on nearly every page",
                    "use a more specific term, such as a phrase that includes it");
        }
    }

    private record Definition(String html, String text, List<String> forms) {
    }

    /** The {@code dd}s after a term (past any further terms sharing them), with the Also line taken out. */
    private static Definition definitionOf(Element dt) {
        List<Element> dds = new ArrayList<>();
        Element next = dt.nextElementSibling();
        while (next != null && next.tagName().equals("dt")) {
            next = next.nextElementSibling();
        }
        while (next != null && next.tagName().equals("dd")) {
            Element copy = next.clone();
            SourceLines.strip(copy);
            wrapLooseText(copy);
            dds.add(copy);
            next = next.nextElementSibling();
        }
        List<String> forms = dds.isEmpty() ? List.of() : takeAlso(dds.get(dds.size() - 1));
        StringBuilder html = new StringBuilder();
        StringBuilder text = new StringBuilder();
        for (Element dd : dds) {
            boolean inline = dd.children().stream().noneMatch(Element::isBlock);
            String inner = dd.html().strip();
            if (inner.isEmpty()) {
                continue;
            }
            html.append(dds.size() > 1 && inline ? "<p>" + inner + "</p>" : inner);
            text.append(text.isEmpty() ? "" : " ").append(dd.text().strip());
        }
        return new Definition(html.toString(), text.toString().strip(), forms);
    }

    /**
     * Flexmark leaves the first paragraph of a loose definition bare next to the {@code <p>}s that
     * follow it; wrap such runs of inline content in a paragraph so every paragraph looks alike.
     */
    private static void wrapLooseText(Element dd) {
        if (dd.children().stream().noneMatch(Element::isBlock)) {
            return;
        }
        List<Node> run = new ArrayList<>();
        for (Node node : new ArrayList<>(dd.childNodes())) {
            boolean inline = node instanceof TextNode || node instanceof Element e && !e.isBlock();
            if (inline) {
                run.add(node);
            } else {
                wrap(run);
            }
        }
        wrap(run);
    }

    private static void wrap(List<Node> run) {
        boolean blank = run.stream().allMatch(n -> n instanceof TextNode t && t.isBlank());
        if (!blank) {
            Element p = new Element("p");
            run.get(0).before(p);
            run.forEach(n -> p.appendChild(n));
            if (p.childNode(p.childNodeSize() - 1) instanceof TextNode last) {
                last.text(last.getWholeText().stripTrailing());
            }
        }
        run.clear();
    }

    /**
     * Removes the definition's last line when it starts {@code Also:} and returns the forms it lists.
     * The line may close the last paragraph (a soft break before it) or be a paragraph of its own.
     */
    static List<String> takeAlso(Element dd) {
        Element block = dd;
        Element last = dd.children().isEmpty() ? null : dd.children().last();
        if (last != null && last.tagName().equals("p") && last.nextSibling() == null
                || last != null && last.tagName().equals("p") && isBlank(last.nextSibling())) {
            block = last;
        }
        List<Node> nodes = block.childNodes();
        for (int i = nodes.size() - 1; i >= 0; i--) {
            if (!(nodes.get(i) instanceof TextNode textNode)) {
                continue;
            }
            String whole = textNode.getWholeText();
            java.util.regex.Matcher m = ALSO.matcher(whole);
            int at = -1;
            int end = -1;
            while (m.find()) {
                at = m.start();
                end = m.end();
            }
            if (at < 0) {
                if (whole.contains("\n")) {
                    return List.of();
                }
                continue;
            }
            StringBuilder listed = new StringBuilder(whole.substring(end));
            List<Node> after = new ArrayList<>(nodes.subList(i + 1, nodes.size()));
            for (Node node : after) {
                listed.append(node instanceof Element e ? e.text() : node instanceof TextNode t ? t.getWholeText() : "");
            }
            if (listed.indexOf("\n") >= 0) {
                return List.of();
            }
            after.forEach(Node::remove);
            textNode.text(whole.substring(0, at).stripTrailing());
            // A hard line break ("two spaces") before the Also line would otherwise end the definition.
            Node before = textNode.previousSibling();
            if (textNode.isBlank() && before instanceof Element br && br.normalName().equals("br")) {
                br.remove();
            }
            if (block != dd && block.text().isBlank() && block.children().isEmpty()) {
                block.remove();
            }
            List<String> forms = new ArrayList<>();
            // Commas and semicolons as the language types them: Arabic script's (U+060C, U+061B), CJK's (U+3001, U+FF0C, U+FF1B).
            for (String form : listed.toString().split("[,;\u060C\u061B\u3001\uFF0C\uFF1B]")) {
                String f = form.strip().replaceAll("\\.$", "").strip();
                if (!f.isEmpty()) {
                    forms.add(f);
                }
            }
            return forms;
        }
        return List.of();
    }

    private static boolean isBlank(Node node) {
        return node == null || node instanceof TextNode t && t.isBlank() && isBlank(t.nextSibling());
    }
}

package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.handbookpress.testing.PageFixture;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** MyST's targets and roles as the Markdown stage leaves them for the link stage; the links themselves: MigratedFoldersTest. */
class MystReferencesTest {

    private static Element content(String markdown) {
        return PageFixture.html("book/a.md", markdown).content();
    }

    @Test
    void aTargetNamesTheHeadingOrTheBlockAfterIt() {
        Element c = content("""
                (setup)=
                ## Setting up

                (rota)=
                The rota is on the wall.

                Writing (this)= in a sentence is text.
                """);
        assertEquals("h2", c.getElementById("setup").parent().normalName());
        assertEquals("Setting up", c.getElementById("setup").parent().text());
        assertEquals("The rota is on the wall.", c.getElementById("rota").parent().text());
        assertTrue(c.text().contains("Writing (this)= in a sentence is text."), c.text());
        assertFalse(c.text().contains("(setup)=") || c.text().contains("(rota)="), c.text());
    }

    @Test
    void rolesAreMarkedLinksOrTheirElementsAndAddressesStayAddresses() {
        Element c = content("""
                See {ref}`setup`, {ref}`the rota <rota>` and {doc}`../guide` at {kbd}`Enter`, as {cite:p}`smith2020, jones2021` say.

                A set {a}, then `code` stays; [site](https://example.org), [mail](mailto:a@example.org),
                [label](content:setup), [a file](notes:%20june.md) and [bad](JavaScript:alert(1)).
                """);
        List<Element> refs = c.select("a[" + MarkdownConverter.REFERENCE + "]");
        assertEquals(List.of("setup", "rota", "content:setup"), refs.stream().map(a -> a.attr(MarkdownConverter.REFERENCE)).toList());
        assertEquals(List.of("", "the rota", "label"), refs.stream().map(Element::text).toList());
        assertEquals("../guide", c.selectFirst("a[" + MarkdownConverter.DOCUMENT + "]").attr(MarkdownConverter.DOCUMENT));
        assertEquals("Enter", c.selectFirst("kbd").text());
        assertEquals("[smith2020; jones2021]", c.selectFirst("span.citation").text(), "a citation's keys");
        assertTrue(c.text().contains("A set {a}, then code stays"), c.text());
        assertEquals("https://example.org", c.selectFirst("a:contains(site)").attr("href"));
        assertEquals("mailto:a@example.org", c.selectFirst("a:contains(mail)").attr("href"));
        assertFalse(c.selectFirst("a:contains(a file)").hasAttr(MarkdownConverter.REFERENCE), "a file's name is no label");
        Element bad = c.selectFirst("a:contains(bad)");
        assertFalse(bad.hasAttr(MarkdownConverter.REFERENCE), "a script's address is no label: the sanitiser judges it");
        assertFalse(c.text().contains("{ref}") || c.text().contains("{doc}") || c.text().contains("{kbd}"), c.text());
    }

    @Test
    void aCommentLineIsNotShownOnAMystPageOnly() {
        Element myst = content("""
                (intro)=
                ## Introduction
                % TODO: check the dates with the office
                Sessions start in *May*.

                ```text
                % kept in code
                ```
                """);
        assertFalse(myst.text().contains("TODO"), myst.text());
        assertTrue(myst.text().contains("% kept in code"), myst.text());
        assertEquals("Sessions start in May.", myst.selectFirst("p").text());
        Element plain = content("""
                ## Results
                % of volunteers who stayed a year: 80
                """);
        assertTrue(plain.text().contains("% of volunteers who stayed a year: 80"), "not MyST: the line is text: " + plain.text());
    }

    @Test
    void hostileLabelsStayWordsInTheirAttributes() {
        Element c = content("""
                (x"onmouseover="alert)=
                ## Heading

                See {ref}`a"onclick="alert <b"onfocus="x>` and {download}`javascript:alert(1)`.
                """);
        Element target = c.selectFirst("span." + MarkdownConverter.TARGET);
        assertEquals("x\"onmouseover=\"alert", target.id());
        assertFalse(c.select("[onmouseover], [onclick], [onfocus]").size() > 0, c.outerHtml());
        assertEquals("b\"onfocus=\"x", c.selectFirst("a[" + MarkdownConverter.REFERENCE + "]").attr(MarkdownConverter.REFERENCE));
    }

    /** The look for a link written to a label, tried only where a link's "](" is, finds what the expression found anywhere. */
    @Test
    void findsLinksToLabelsWhereTheExpressionAloneFoundThem() {
        java.util.regex.Pattern anywhere = java.util.regex.Pattern.compile("\\]\\(\\s*<?[A-Za-z][\\w-]*:(?!//)");
        List<String> samples = List.of("See [the intro](content:intro).", "[x]( <sec:intro>)", "[x](https://example.org)",
                "[x](./a.md) and [y](b.md)", "]] ](label:y)", "[x](C:\\path)", "](", "x](", "](](lab:el)", "[a](mailto:me)",
                "no links at all", "[x](//host/x)", "[x](a-b_c:d) [y](e:f)", "[x]( \n  tab:x)", "text ]( 9abc:x)", "");
        for (String text : samples) {
            assertEquals(anywhere.matcher(text).find(), MystReferences.labelLinkInText(text), text);
        }
        java.util.Random random = new java.util.Random(7);
        String alphabet = "]( <>:/ab-_9\n";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(14); j > 0; j--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(anywhere.matcher(text).find(), MystReferences.labelLinkInText(text.toString()), text.toString());
        }
    }

    /** The look for mystmd's autolinks (<xref:guide>), tried only where a "<" is, finds what the expression found anywhere. */
    @Test
    void findsAutolinksWhereTheExpressionAloneFoundThem() {
        java.util.regex.Pattern anywhere = java.util.regex.Pattern.compile("<(?:doi|wiki|xref|inv):[^\\s>]");
        java.util.Random random = new java.util.Random(11);
        String[] pieces = {"<", "doi", "xref", "wiki", "inv", ":", ">", " ", "x", "<<", "\n", "ab"};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(8); j > 0; j--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertEquals(anywhere.matcher(text).find(), MystReferences.mayHold(text.toString()), text.toString());
        }
        assertTrue(MystReferences.mayHold("See <<xref:guide/roles>."));
    }
}

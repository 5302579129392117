package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JekyllRootsTest {

    @Test
    void theRootTagOpeningALinkIsTheTopOfTheSite() {
        assertEquals("![Forking](/fig/forking.svg) and [next](/04-formatting/)",
                JekyllRoots.apply("![Forking]({{ page.root }}/fig/forking.svg) and [next]({{ site.baseurl }}/04-formatting/)"));
        assertEquals("[setup]: /setup/\n<img src=\"/fig/a.png\"> <a href='/x.html'>x</a>",
                JekyllRoots.apply("[setup]: {{ page.root }}/setup/\n<img src=\"{{page.root}}/fig/a.png\"> <a href='{{- site.baseurl -}}/x.html'>x</a>"));
    }

    @Test
    void jekyllsLinkTagIsTheFilesAddressFromTheTop() {
        assertEquals("[Setup](/docs/setup.md) [Aio](/aio.md)\n[x]: /reference.md",
                JekyllRoots.apply("[Setup]({% link docs/setup.md %}) [Aio]({{ site.baseurl }}{% link aio.md %})\n"
                        + "[x]: {{ relative_root_path }}{% link reference.md %}"));
    }

    @Test
    void codeShowsTheTagAsWritten() {
        String text = "~~~\n![Forking]({{ page.root }}/fig/forking.svg)\n~~~\n![x]({{ page.root }}/x.png)\n```\n{% include links.md %}\n```";
        assertEquals(text.replace("![x]({{ page.root }}/x.png)", "![x](/x.png)"), JekyllRoots.apply(text));
    }

    @Test
    void otherLiquidAndRootTagsElsewhereStayForTheirFinding() {
        String text = "Say {{ page.root }} in prose, {{ site.title }} and [x]({{ site.repo }}/issues).";
        assertEquals(text, JekyllRoots.apply(text));
    }
}

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
    void aTagOrFilterMakingTheAddressOfAPathIsThatPathFromTheTop() {
        assertEquals("[guilds](/working-groups/) [travel](/travel-101/#before) [form](/forms/a.pdf) [about](/about/)"
                        + " [team](/team/)\n[x]: /contact/",
                JekyllRoots.apply("[guilds]({% page \"/working-groups/\" %}) [travel]({% page 'travel-101/#before' %})"
                        + " [form]({% download \"forms/a.pdf\" %}) [about]({{ \"/about/\" | url }}) [team]({{ '/team/' | relative_url }})"
                        + "\n[x]: {{ site.url }}{{ site.baseurl }}/contact/"));
        assertEquals("[gsa](https://www.gsa.gov) [mail](mailto:a@b.org)",
                JekyllRoots.apply("[gsa]({% page \"https://www.gsa.gov\" %}) [mail]({% page 'mailto:a@b.org' %})"),
                "a whole address stays as it is");
        assertEquals("[a](/software/) [b](/bd/)", JekyllRoots.apply("[a]({{base.baseurl}}/software/) [b]({{site.base_url}}/bd/)"));
        assertEquals("[editing](/contribute/editing/) [logo](/img/logo.png)", JekyllRoots.apply("[editing]({{ \"/contribute/editing/\""
                + " | prepend: site.baseurl }}) [logo]({{ '/img/logo.png' | prepend: site.baseurl | prepend: site.url }})"),
                "the path with the site's root put before it, as older Jekyll sites write it");
        String liquid = "[x]({% include link.html %}) [y]({% if a %}) [z]({% slack_channel \"a\" \"b\" %}) [w]({{ page.url | url }})";
        assertEquals(liquid, JekyllRoots.apply(liquid), "Liquid's own tags, tags of two arguments and variables stay for their finding");
    }

    @Test
    void eleventysUrlFilterGivesARelativePathBackAsWritten() {
        assertEquals("[rota](../rota/) [leave](leave/#carers) [home](/) [form](./forms/a.pdf)",
                JekyllRoots.apply("[rota]({{ '../rota/' | url }}) [leave]({{ \"leave/#carers\" | url }}) [home]({{ '/' | url }})"
                        + " [form]({{ './forms/a.pdf' | url | url }})"));
        assertEquals("[rota](/rota/) [leave](/leave/)", JekyllRoots.apply("[rota]({{ 'rota/' | relative_url }})"
                + " [leave]({{ 'leave/' | url | relative_url }})"), "Jekyll's relative_url makes a path one from the top");
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

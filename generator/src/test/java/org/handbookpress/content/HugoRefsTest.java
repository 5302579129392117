package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HugoRefsTest {

    @Test
    void refAndRelrefOpeningALinkAreTheirPaths() {
        assertEquals("[About us](about.md) and [Team](/people/team#leads) and [Rota](rota)",
                HugoRefs.apply("[About us]({{< ref \"about.md\" >}}) and [Team]({{< relref \"/people/team\" >}}#leads) and "
                        + "[Rota]({{% relref rota %}})"));
        assertEquals("[policy]: /policies/safeguarding.md", HugoRefs.apply("[policy]: {{< ref '/policies/safeguarding.md' >}}"));
    }

    @Test
    void aSitesOwnShortcodeOfOneArgumentOpeningALinkIsItsPath() {
        assertEquals("[template](meeting_record.md) [form](/forms/leave.pdf)",
                HugoRefs.apply("[template]({{% static_url url=\"meeting_record.md\" %}}) [form]({{< asset \"/forms/leave.pdf\" >}})"));
        String two = "[x]({{< link href=\"a\" text=\"b\" >}})";
        assertEquals(two, HugoRefs.apply(two), "two arguments: not only an address");
    }

    @Test
    void aButtonIsALink() {
        assertEquals("[Start here](/docs/introduction) or [Home](/)",
                HugoRefs.apply("{{<button href=\"/docs/introduction\">}} Start here {{</button>}} or "
                        + "{{% button relref=\"/\" class=\"big\" %}}Home{{% /button %}}"));
    }

    /**
     * The Hugo modules' button that names its words and address (Hugoplate's example site: {{< button label="Button"
     * link="/" style="solid" >}}) is a link; it was shown as typed, a syntax.liquid warning. Without both, it stays.
     */
    @Test
    void aButtonWithALabelAndALinkIsALink() {
        assertEquals("[Join the rota](</volunteer/rota/>) or [Home](</>)",
                HugoRefs.apply("{{< button label=\"Join the rota\" link=\"/volunteer/rota/\" style=\"solid\" >}} or "
                        + "{{< button link=\"/\" label=\"Home\" />}}"));
        String unlabelled = "{{< button link=\"/\" style=\"outline\" >}}";
        assertEquals(unlabelled, HugoRefs.apply(unlabelled));
    }

    /**
     * HugoBlox's (Wowchemy's) link to a file of the site's static folder and its icons: Maths et Maryam's pages
     * (MichelDeudon/maths-et-maryam) showed '{{% staticref "u/Adhesion.pdf" %}}demande d'adhésion{{% /staticref %}}' and
     * '{{< icon name="calendar" pack="fas" >}}' as typed, two syntax.liquid warnings among 24.
     */
    @Test
    void hugoBloxsStaticrefIsALinkFromTheTopAndItsIconsAreNotShown() {
        assertEquals("complétez notre [demande d'adhésion](/u/Adhesion.pdf) et le [calendrier](/u/Calendrier.pdf).",
                HugoRefs.apply("complétez notre {{% staticref \"u/Adhesion.pdf\" %}}demande d'adhésion{{% /staticref %}} et le "
                        + "{{% staticref \"/u/Calendrier.pdf\" \"newtab\" %}}calendrier{{% /staticref %}}."));
        assertEquals("## Stage de Roller Dance\nLes jeudis 29 mai.",
                HugoRefs.apply("## {{< icon name=\"person-skating\" pack=\"fas\" >}}Stage de Roller Dance\n"
                        + "{{< icon name=\"calendar\" pack=\"fas\" >}} Les jeudis 29 mai."));
    }

    @Test
    void otherShortcodesAndCodeStayAsWritten() {
        String text = "{{< note >}}Bring water.{{< /note >}} and {{< ref \"x.md\" >}} in prose\n```\n[a]({{< ref \"b.md\" >}})\n```\n";
        assertEquals(text, HugoRefs.apply(text));
    }
}

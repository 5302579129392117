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

    @Test
    void otherShortcodesAndCodeStayAsWritten() {
        String text = "{{< note >}}Bring water.{{< /note >}} and {{< ref \"x.md\" >}} in prose\n```\n[a]({{< ref \"b.md\" >}})\n```\n";
        assertEquals(text, HugoRefs.apply(text));
    }
}

package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DelimitedTabsTest {

    /** CodeYourFuture's curriculum, module/js1/setup: the tabs' ids are the set's name anchorized and their number from 0. */
    @Test
    void eachTitleLineOpensATabWithTheIdTheThemeGivesIt() {
        assertEquals("""
                {{% tabs name="Start Project" %}}
                {{% tab name="🕹️ Follow along" id="start-project-0" %}}
                Make a folder. [Next](#start-project-1)
                {{% /tab %}} {{% tab name="Say \\"hi\\"" id="start-project-1" %}}
                ```
                ===[[in code]]===
                ```
                {{% /tab %}} {{% /tabs %}}
                """, DelimitedTabs.apply("""
                {{% tabs name="Start Project" %}}
                ===[[🕹️ Follow along]]===
                Make a folder. [Next](#start-project-1)
                ===[[Say "hi"]]===  
                ```
                ===[[in code]]===
                ```
                {{% /tabs %}}
                """));
        assertEquals("{{<tabs>}}\n{{< tab name=\"One\" >}}\n1\n{{< /tab >}} {{< tab name=\"Two\" >}}\n2\n{{< /tab >}} {{</tabs>}}",
                DelimitedTabs.apply("{{<tabs>}}\n===[[One]]===\n1\n===[[Two]]===\n2\n{{</tabs>}}"));
    }

    @Test
    void aTitleLineOutsideATabSetStays() {
        String text = "===[[Not in tabs]]===\n\n{{< tabs >}}\n{{< tab \"A\" >}}\nx\n{{< /tab >}}\n{{< /tabs >}}\n";
        assertEquals(text, DelimitedTabs.apply(text));
    }
}

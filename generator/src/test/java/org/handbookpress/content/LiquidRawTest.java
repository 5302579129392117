package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LiquidRawTest {

    @Test
    void aRawBlocksTagsAreTakenOutAndWhatItHoldsKept() {
        assertEquals("The probe is `{{ 7*7 }}`.\n", LiquidRaw.apply("The probe is {% raw %}`{{ 7*7 }}`{% endraw %}.\n"));
        assertEquals("\n\n#### Steps\n\n`{{ prefix }}` is kept.\n\n\nAfter\n",
                LiquidRaw.apply("{%- raw -%}\n\n#### Steps\n\n`{{ prefix }}` is kept.\n\n{% endraw %}\nAfter\n"),
                "a tag alone on its line leaves the line, blank, so that every line keeps its number");
        assertEquals("```\n{{ page.title }}\n```\n", LiquidRaw.apply("```\n{% raw %}{{ page.title }}{% endraw %}\n```\n"),
                "in code too: Liquid runs before Markdown");
        // Jekyll's code tag holds code as a fence does: the brace stays a brace, where the page showed '&#123;{' in its code.
        assertEquals("{% highlight html %}\n<p>{{ page.title }}</p>\n{% endhighlight %}\n",
                LiquidRaw.apply("{% highlight html %}\n{% raw %}<p>{{ page.title }}</p>{% endraw %}\n{% endhighlight %}\n"));
    }

    @Test
    void aTagInARawBlockOutsideCodeIsText() {
        assertEquals("- [&#123;{alert(1)}}: a paper](https://example.org/)\n",
                LiquidRaw.apply("- [{% raw %}{{alert(1)}}{% endraw %}: a paper](https://example.org/)\n"),
                "a character reference, shown as the brace, that no reader after takes for a tag");
        assertEquals("```\n{{ x }}\n```\n`{% y %}` &#123;{ z }}\n",
                LiquidRaw.apply("{% raw %}\n```\n{{ x }}\n```\n`{% y %}` {{ z }}{% endraw %}\n").substring(1));
    }

    @Test
    void aRawTagNeverClosedStaysForItsFinding() {
        String text = "{% raw %}\n{{ x }}\n";
        assertEquals(text, LiquidRaw.apply(text));
    }

    @Test
    void outsideChangesOnlyTheTextBetweenRawBlocks() {
        assertEquals("A {% raw %}a{% endraw %} A {% raw %}a{% endraw %}",
                LiquidRaw.outside("a {% raw %}a{% endraw %} a {% raw %}a{% endraw %}", text -> text.toUpperCase(java.util.Locale.ROOT)));
    }
}

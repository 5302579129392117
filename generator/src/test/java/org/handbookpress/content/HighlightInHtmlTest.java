package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HighlightInHtmlTest {

    @Test
    void aHighlightTagInsideRawHtmlIsACodeBlockInAsManyLines() {
        String written = """
                <div class="steps">
                  <div class="windows">
                    {% highlight sh %}
                cd <folder>

                echo "done" && exit
                    {% endhighlight %}
                  </div>
                </div>
                """;
        String shown = """
                <div class="steps">
                  <div class="windows">
                <pre><code class="language-sh"><!--
                -->cd &lt;folder&gt;
                <!---->
                echo "done" &amp;&amp; exit
                </code></pre>
                  </div>
                </div>
                """;
        assertEquals(shown, HighlightInHtml.apply(written));
        assertEquals(written.split("\n", -1).length, HighlightInHtml.apply(written).split("\n", -1).length, "every line keeps its number");
        // A block element's tag starts raw HTML straight after a paragraph's line too.
        assertEquals("Then:\n<div>\n<pre><code class=\"language-ruby\"><!--\n-->puts 1\n</code></pre>\n</div>\n",
                HighlightInHtml.apply("Then:\n<div>\n{% highlight ruby %}\nputs 1\n{% endhighlight %}\n</div>\n"));
    }

    @Test
    void aHighlightTagOutsideRawHtmlInCodeOrNeverClosedIsLeftAsWritten() {
        // Read as Markdown, the tag is the Markdown's own code block; in a fence it is an example; unclosed, it is reported.
        for (String text : new String[] {"Intro.\n\n{% highlight ruby %}\nputs 1\n{% endhighlight %}\n",
                "<div>\n```\n{% highlight ruby %}\nputs 1\n{% endhighlight %}\n```\n</div>\n",
                "<div>\n{% highlight ruby %}\nputs 1\n</div>\n"}) {
            assertEquals(text, HighlightInHtml.apply(text));
        }
    }
}

package org.handbookpress.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class XmlTextTest {

    @Test
    void markupIsEscapedForContentAndDoubleQuotedAttributes() {
        assertEquals("a&amp;b &lt;c&gt; &quot;d&quot; 'e'", XmlText.escape("a&b <c> \"d\" 'e'"));
        assertEquals("", XmlText.escape(null));
    }

    @Test
    void charactersXmlCannotCarryAreLeftOut() {
        assertEquals("bell tab\tline\nend", XmlText.escape("bell\u0007 tab\tline\nend\uFFFF\u0000"));
        assertEquals("emoji \uD83D\uDE00 lone  low ", XmlText.escape("emoji \uD83D\uDE00 lone \uD83D low \uDE00"));
        assertEquals("\u00E9t\u00E9 \uFFFD", XmlText.escape("\u00E9t\u00E9 \uFFFD"), "ordinary and replacement characters stay");
    }
}

package org.handbookpress.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * mdBook's escaped helpers in an mdBook book's code: {@code \{{#include file.rs}}} is how a page shows the helper
 * without mdBook filling it in, and mdBook takes the backslash away wherever it stands. Outside code, CommonMark has
 * already taken it away ({@code \{} is an escaped brace); in code it stayed, and mdBook's own guide showed its examples
 * with a backslash no reader should type. As mdBook reads it: from the backslash to the last {@code }}} on its line.
 */
public final class MdBookEscapes implements HtmlPass {

    private static final Pattern ESCAPED = Pattern.compile("\\\\(\\{\\{#.*\\}\\})");

    @Override
    public void apply(PageHtml page) {
        if (!page.mayHold("\\{{#")) {
            return;
        }
        for (Element code : page.content().getElementsByTag("code")) {
            for (TextNode text : code.textNodes()) {
                String whole = text.getWholeText();
                if (whole.contains("\\{{#")) {
                    Matcher m = ESCAPED.matcher(whole);
                    text.text(m.replaceAll(found -> Matcher.quoteReplacement(found.group(1))));
                }
            }
        }
    }
}

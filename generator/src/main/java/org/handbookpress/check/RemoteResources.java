package org.handbookpress.check;

import java.util.Locale;
import java.util.regex.Pattern;
import org.handbookpress.markdown.HtmlPass;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.markdown.SourceLines;
import org.jsoup.nodes.Element;
import org.handbookpress.findings.Findings;

/**
 * Raw HTML that would make the reader's browser fetch something from another website: a script, a
 * stylesheet, a frame, a video or a font. The site promises its readers — who may be vulnerable
 * people — that it makes no request outside itself, so the build always removes these, whatever
 * else it is told, and says so in a warning. A frame becomes a plain link the reader may choose
 * to follow. (Pictures from other websites are reported by the link stage.)
 */
public final class RemoteResources implements HtmlPass {

    private static final Pattern REMOTE = Pattern.compile("^\\s*(?i:https?:)?//.*");
    private static final String SELECTOR = "script[src], iframe[src], frame[src], link[href], video[src], audio[src], "
            + "source[src], track[src], embed[src], object[data], video[poster]";

    private final Findings findings;

    public RemoteResources(Findings findings) {
        this.findings = findings;
    }

    @Override
    public void apply(PageHtml html) {
        for (Element element : html.content().select(SELECTOR)) {
            String attribute = element.hasAttr("src") ? "src" : element.hasAttr("href") ? "href"
                    : element.hasAttr("data") ? "data" : "poster";
            String url = element.attr(attribute);
            if (!REMOTE.matcher(url).matches()) {
                continue;
            }
            String tag = element.tagName().toLowerCase(Locale.ROOT);
            findings.warning(html.page().path(), SourceLines.of(element), "html.remote",
                    "removed a <" + tag + "> that loads " + url + " from another website; the site makes no request outside itself",
                    tag.equals("iframe") ? "it is shown as a link instead; to silence this, write the link yourself"
                            : "copy the file into the content folder and refer to it relatively, or remove it");
            if (tag.equals("iframe") || tag.equals("frame")) {
                Element link = new Element("a").attr("href", url).text(element.attr("title").isBlank()
                        ? "Open the embedded content on its website" : element.attr("title") + " (on its website)");
                element.replaceWith(new Element("p").appendChild(link));
            } else {
                element.remove();
            }
        }
    }
}

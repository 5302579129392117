package org.handbookpress.markdown;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;
import org.jetbrains.annotations.NotNull;

/**
 * The blocks shortcodes and block tags become other than boxes ({@link ShortcodeBlocks}): lines taken as written
 * (code, a comment) and one-line things (a figure, a video, a file, a card, a tab's label), with their HTML.
 */
final class ShortcodeNodes {

    private ShortcodeNodes() {
    }

    /**
     * Lines taken as written: Hugo's {@code highlight} (code, in the language it names), a Docsy tab of code (titled by
     * its header) or a Docsy comment (shown not at all).
     */
    static final class Code extends Block {
        final String name;
        final String language;
        final String title;
        final StringBuilder text = new StringBuilder();

        Code(String name, String language, String title) {
            this.name = name;
            this.language = language;
            this.title = title;
        }

        @Override
        public @NotNull BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    static final class CodeParser extends AbstractBlockParser {
        private final Code block;

        CodeParser(String name, String language, String title, BasedSequence opening) {
            block = new Code(name, language, title);
            block.setChars(opening);
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (ShortcodeBlocks.closes(state, state.getLine().subSequence(state.getNextNonSpaceIndex()).trimEOL(), block.name)) {
                state.getProperties().set(FencedDivs.CLOSED_AT, state.getLineNumber());
                return BlockContinue.none();
            }
            return BlockContinue.atIndex(state.getIndex());
        }

        /** Flexmark hands a leaf block the rest of its opening line first: nothing, after the tag. */
        private boolean openingLine = true;

        @Override
        public void addLine(ParserState state, BasedSequence line) {
            if (openingLine) {
                openingLine = false;
                return;
            }
            block.text.append(line.trimEOL()).append('\n');
        }

        @Override
        public void closeBlock(ParserState state) {
        }
    }

    /**
     * A figure, video or gist shortcode, with what it names.
     *
     * @param label   a figure's alt text; the words of a video's or gist's link
     * @param caption a figure's caption (Markdown)
     * @param link    where a figure links to, or null
     */
    static final class Embed extends Block {
        final String name;
        final String source;
        final String label;
        final String caption;
        final String link;
        /** A figure's id, which cross-references name (MyST's {@code :name:}); null for none. */
        String id;
        /**
         * The label whose words a link shows when the author gave none ({@code embed.youtube}), put in the page's
         * language by {@link DivBoxes}; null when the words are the author's.
         */
        String labelKey;

        Embed(String name, String source, String label, String caption, String link) {
            this.name = name;
            this.source = source;
            this.label = label;
            this.caption = caption;
            this.link = link;
        }

        /** What the shortcode names, or null when it names nothing (a figure without {@code src}). */
        /** The name of the list of a section's pages. */
        static final String PAGES = "pages";

        static Embed of(String name, ShortcodeBlocks.Arguments a) {
            String id = a.get("id", "0");
            return switch (name) {
                // Hugo's figure; Hugo Book's image, whose title is its caption.
                case "figure", "image" -> a.get("src") == null ? null
                        : new Embed("figure", a.get("src"), a.get("alt"), a.get("caption", "title"), a.get("link"));
                case "youtube" -> id == null ? null : labelled(new Embed(name, "https://www.youtube.com/watch?v=" + id,
                        orElse(a.get("title"), "Watch the video on YouTube"), null, null), a.get("title") == null ? "embed.youtube" : null);
                case "vimeo" -> id == null ? null : labelled(new Embed(name, "https://vimeo.com/" + id,
                        orElse(a.get("title"), "Watch the video on Vimeo"), null, null), a.get("title") == null ? "embed.vimeo" : null);
                // A video file's player (the Hugo modules' video, Hugoplate's; Blowfish's): a link to the file, named by
                // its title, else by its name, or, on another site, as any embedded content there.
                case "video" -> a.get("src") == null ? null : video(a.get("src"), a.get("title"));
                case "gist" -> a.get("0") == null || a.get("1") == null ? null : labelled(new Embed(name,
                        "https://gist.github.com/" + a.get("0") + "/" + a.get("1"), "See the code on GitHub Gist", null, null), "embed.gist");
                // GitBook's embed and file: a link to the page or the file, named by the older form's caption="…" when given.
                // GitBook's export escapes Markdown's punctuation in their addresses as in text (logo-large\_1123x271.png).
                case "embed" -> a.get("url") == null ? null
                        : new Embed(name, unescaped(a.get("url")), orElse(a.get("caption"), unescaped(a.get("url"))), null, null);
                case "file" -> a.get("src") == null ? null : new Embed(name, unescaped(a.get("src")), orElse(a.get("caption"),
                        unescaped(a.get("src")).substring(unescaped(a.get("src")).lastIndexOf('/') + 1)), null, null);
                // GitBook's older card for another page, {% page-ref page="terms.md" %}: a link without words, which the link
                // stage names by the page's title (org.handbookpress.links.LinkRewriter), as GitBook's card shows it.
                case "page-ref" -> a.get("page") == null ? null : new Embed(name, a.get("page"), "", null, null);
                // The list of the section's pages (Relearn's children, Hugo Book's section, Geekdoc's toc-tree): filled by the
                // link stage, which knows the pages (org.handbookpress.links.SectionPages).
                // HugoBlox's (Wowchemy's) list_children too.
                case "children", "section", "section-toc", "toc-tree", "list_children" -> new Embed(PAGES, null, null, null, null);
                // HugoBlox's call to action, a button: a link named by its words. HugoBlox reads its address from the site's
                // top (Maths et Maryam's home/try.md writes ./c/ for the top's c/), so a relative one is made so.
                case "cta" -> a.get("cta_link") == null ? null
                        : new Embed("card", fromTheTop(a.get("cta_link")), orElse(a.get("cta_text"), a.get("cta_link")), null, null);
                // Hextra's card: a link named by its title, with its subtitle after it.
                case "card" -> new Embed(name, a.get("link"), orElse(a.get("title"), a.get("link")), a.get("subtitle"), null);
                default -> null;
            };
        }

        /** A video's link: titled as given, else by its file's name here, or as content on another site. */
        private static Embed video(String src, String title) {
            if (title != null && !title.isBlank()) {
                return new Embed("video", src, title, null, null);
            }
            if (src.matches("(?i)^(https?:)?//.*")) {
                return labelled(new Embed("video", src, "Open the embedded content on its website", null, null), "embed.frame-remote");
            }
            String path = src.replaceAll("[?#].*$", "");
            return new Embed("video", src, path.substring(path.lastIndexOf('/') + 1), null, null);
        }

        /** A relative address ({@code ./c/}, {@code u/form.pdf}) as one from the site's top; any other as written. */
        private static String fromTheTop(String address) {
            if (address.startsWith("/") || address.startsWith("#") || address.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) {
                return address;
            }
            return "/" + address.replaceFirst("^(?:\\./)+", "");
        }

        /** An address with Markdown's backslash escapes taken out ({@code \_} is {@code _}), as a link's destination is read. */
        private static String unescaped(String address) {
            return address.replaceAll("\\\\([!-/:-@\\[-`{-~])", "$1");
        }

        private static Embed labelled(Embed embed, String key) {
            embed.labelKey = key;
            return embed;
        }

        private static String orElse(String value, String otherwise) {
            return value != null ? value : otherwise;
        }

        @Override
        public @NotNull BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Code.class, Renderer::code),
                    new NodeRenderingHandler<>(Embed.class, Renderer::embed));
        }

        private static void code(Code code, NodeRendererContext context, HtmlWriter html) {
            if (code.name.equals(ShortcodeBlocks.COMMENT)) {
                return;
            }
            html.line();
            if (code.title != null) {
                // A tab, as a tab of Markdown is shown: a box titled by its header (DivBoxes labels it).
                html.attr("class", "tab fenced-div").withAttr().tag("div").line();
                html.attr("class", "fenced-div-title").withAttr().tag("p");
                FencedDivs.title(html, code.title);
                html.tag("/p").line();
            }
            html.withAttr().tag("pre").openPre();
            if (code.language != null) {
                html.attr("class", "language-" + code.language);
            }
            html.withAttr().tag("code");
            html.text(code.text);
            html.tag("/code").tag("/pre").closePre().line();
            if (code.title != null) {
                html.tag("/div").line();
            }
        }

        private static void embed(Embed embed, NodeRendererContext context, HtmlWriter html) {
            html.line();
            if (embed.name.equals("label")) {
                html.withAttr().tag("p");
                FencedDivs.title(html, embed.label);
                html.tag("/p").line();
                return;
            }
            if (embed.name.equals(Embed.PAGES)) {
                html.attr("class", MarkdownConverter.SECTION_PAGES).withAttr().tag("div").tag("/div").line();
                return;
            }
            if (embed.name.equals("card")) {
                html.withAttr().tag("p");
                html.attr("href", context.encodeUrl(embed.source)).withAttr().tag("a");
                FencedDivs.title(html, embed.label);
                html.tag("/a");
                if (embed.caption != null) {
                    html.tagVoid("br");
                    FencedDivs.title(html, embed.caption);
                }
                html.tag("/p").line();
                return;
            }
            if (embed.name.equals("image")) {
                // A picture without a caption (MyST's image): in a paragraph, as Markdown's own picture is.
                html.withAttr().tag("p");
                picture(embed, context, html);
                html.tag("/p").line();
                return;
            }
            if (!embed.name.equals("figure")) {
                // A link to the video (page, file), named by its title: a player would load the video site's scripts into every reader's browser.
                html.withAttr().tag("p");
                html.attr("href", context.encodeUrl(embed.source));
                if (embed.labelKey != null) {
                    html.attr(FencedDivs.LABEL, embed.labelKey);
                }
                html.withAttr().tag("a");
                html.text(embed.label);
                html.tag("/a").tag("/p").line();
                return;
            }
            if (embed.id != null && !embed.id.isBlank()) {
                html.attr("id", embed.id.strip());
            }
            html.withAttr().tag("figure").line();
            picture(embed, context, html);
            if (embed.caption != null) {
                html.line().tag("figcaption");
                FencedDivs.title(html, embed.caption);
                html.tag("/figcaption");
            }
            html.line().tag("/figure").line();
        }

        /** The picture, linked where the embed says. */
        private static void picture(Embed embed, NodeRendererContext context, HtmlWriter html) {
            if (embed.link != null) {
                html.attr("href", context.encodeUrl(embed.link)).withAttr().tag("a");
            }
            html.attr("src", context.encodeUrl(embed.source));
            // Hugo's own figure takes its caption, as plain text, for the picture's alt text when it has none.
            String alt = embed.label != null ? embed.label : embed.caption != null ? FencedDivs.plainText(embed.caption) : null;
            if (alt != null) {
                html.attr("alt", alt);
            }
            html.withAttr().tagVoid("img");
            if (embed.link != null) {
                html.tag("/a");
            }
        }
    }
}

package org.handbookpress.content;

/**
 * Pandoc's title block: up to three lines starting {@code %} at the very top of a file — title,
 * author(s), date — as Pandoc slide decks and documents are often written:
 * <pre>
 * % Safeguarding refresher
 * % Sam Jones; Ali Khan
 * % March 2026
 * </pre>
 * The title becomes the page's title (unless front matter gives one); the block is taken out of the
 * Markdown so it never shows as text. Author and date are not shown: the handbook shows review dates instead.
 */
final class PandocTitleBlock {

    private PandocTitleBlock() {
    }

    static FrontMatterParser.Split apply(FrontMatterParser.Split split) {
        String body = split.body();
        // "% Title" or a lone "%": a page that merely starts with "%50 of…" is not a title block.
        if (!body.startsWith("% ") && !body.startsWith("%\n")) {
            return split;
        }
        String[] lines = body.split("\n", -1);
        String title = null;
        int taken = 0;
        while (taken < lines.length && taken < 3 && lines[taken].startsWith("%")) {
            if (taken == 0) {
                title = lines[0].substring(1).strip();
            }
            taken++;
            // A field may continue on indented lines.
            while (taken < lines.length && lines[taken].startsWith(" ") && !lines[taken].isBlank()) {
                if (title != null && taken <= 1) {
                    title += " " + lines[taken].strip();
                }
                taken++;
            }
        }
        int cut = 0;
        for (int i = 0; i < taken; i++) {
            cut = body.indexOf('\n', cut) + 1;
            if (cut == 0) {
                cut = body.length();
                break;
            }
        }
        FrontMatter meta = split.meta();
        if ((meta.title() == null || meta.title().isBlank()) && title != null && !title.isEmpty()) {
            meta = meta.withTitle(title);
        }
        return new FrontMatterParser.Split(meta, body.substring(cut), split.bodyLine() + taken);
    }
}

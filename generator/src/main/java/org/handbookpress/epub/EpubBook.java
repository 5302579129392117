package org.handbookpress.epub;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.handbookpress.content.AssetFiles;
import org.handbookpress.content.Page;
import org.handbookpress.labels.Labels;
import org.handbookpress.markdown.PageHtml;

/**
 * Everything one pack's e-book is made from: plain values, so that {@link EpubMaker} is a function.
 *
 * @param pages      the pack's pages, in reading order, after every HTML pass (as the PDF stage prints them)
 * @param glossaries every glossary page of the handbook, its own and each folder of translations' ({@code uk/glossary.md}),
 *                   in the site's order: each one the pack's pages link to is added at the end, so that a Ukrainian
 *                   pack's terms lead to the Ukrainian glossary in the book
 * @param pagesByUrl every page of the site by URL, to tell a page outside the pack from a broken link
 * @param baseUrl    where the site is published (links to pages outside the pack go there), or null
 * @param modified   the build's date: {@code dcterms:modified} and every zip entry's time
 * @param files      where each picture is read from, by its path in the handbook (AssetFiles.file: the content folder,
 *                   or a site's static folder, Hugo's static/)
 * @param cleanSvgs  the copy to put in the book of each SVG that had to be cleaned ({@code SvgSanitiser}), by its path: the
 *                   book holds what the site serves, never a drawing that loads fonts from elsewhere
 * @param labels     the words the book writes itself (its contents' and landmarks' titles, "Slide 3"), in its language
 * @param termUsers  the URLs of every page using a glossary term, in reading order, by its entry's id (GlossaryPage.write):
 *                   the glossary page lists the first few only, and the book lists its own pages among them all
 * @param textLanguage the language each page's text is in (its folder's, or its own {@code lang:}): a chapter in another
 *                   language than the book's is marked so
 * @param documentFacts a policy's or agreement's document control and change history, as its PDF prints them
 */
public record EpubBook(String packId, String title, String subtitle, String siteTitle, String organisation, String language,
                       String baseUrl, Instant modified, List<PageHtml> pages, List<PageHtml> glossaries,
                       Map<String, Page> pagesByUrl, AssetFiles files, Map<String, byte[]> cleanSvgs, Labels labels,
                       java.util.function.Function<String, List<String>> termUsers,
                       java.util.function.Function<Page, String> textLanguage,
                       java.util.function.Function<Page, DocumentFacts> documentFacts) {
}

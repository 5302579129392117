package org.handbookpress.content;

import java.util.Optional;
import org.handbookpress.findings.Findings;

/**
 * What a Docusaurus category file ({@code _category_.json}, {@code _category_.yml}) says its folder's menu entry opens:
 * {@code link: {type: 'doc', id: 'guides/overview'}}, that doc ({@link #docId}), or {@code link: {type:
 * 'generated-index', title, description}}, the page listing the folder's pages, with that title and that description
 * as its lead text (either may be null: the folder's name and no lead). Read as YAML, of which the JSON is a part.
 *
 * @param docId       the doc's id (its path in the docs folder without extension, or its front matter {@code id}); null
 *                    for a generated index
 * @param title       the generated index's title; null when it gives none, or for a doc
 * @param description the generated index's lead text; null when it gives none, or for a doc
 * @param docPath     the path of the page {@code docId} names, once found among the pages ({@link #at}); null before, or
 *                    when none is
 */
public record CategoryLink(String docId, String title, String description, String docPath) {

    /** The link a category file's text gives; null when it gives none, or none Docusaurus knows, or cannot be read. */
    static CategoryLink read(String text, String file) {
        Optional<YamlMap> category;
        try {
            category = YamlSource.parseForeign(text, file, Findings.discarded());
        } catch (RuntimeException unreadable) {
            return null; // a file that cannot be read says nothing, as for its label and position
        }
        Optional<YamlMap> link = category.flatMap(map -> map.section("link"));
        if (link.isEmpty()) {
            return null;
        }
        String type = link.get().string("type");
        if ("doc".equals(type)) {
            String id = link.get().string("id");
            return id == null || id.isBlank() ? null : new CategoryLink(id.strip(), null, null, null);
        }
        if ("generated-index".equals(type)) {
            return new CategoryLink(null, blankAsNull(link.get().string("title")), blankAsNull(link.get().string("description")), null);
        }
        return null;
    }

    /** The link with the path of the page its doc id names ({@link #docPath}). */
    CategoryLink at(String path) {
        return new CategoryLink(docId, title, description, path);
    }

    /** Whether it names a doc, rather than the folder's generated page. */
    public boolean isDoc() {
        return docId != null;
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

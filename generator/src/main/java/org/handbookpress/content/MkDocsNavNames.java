package org.handbookpress.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.handbookpress.files.SitePath;

/**
 * The names an MkDocs site's {@code nav:} gives in its menu, which are often not the pages' titles ({@code Support
 * models: our_service/support-models.md} for a page headed "Squad support models"): a page's label is its nav-title, and
 * a section ({@code What is it?:} over a list) names the folder whose pages it holds, as the site's menu named it, and
 * that folder's own page, which the section opens on (MkDocs Material's section index pages). A section names a folder
 * only when the pages it lists are all in that folder (the deepest holding them all, not the top) and the nav lists no
 * page of that folder elsewhere: a section gathering pages from several folders names none of them.
 *
 * @param pages   the pages' labels, by path
 * @param folders the folders' labels, by folder path
 */
record MkDocsNavNames(Map<String, String> pages, Map<String, String> folders) {

    /** A section as the nav writes it: its label and the pages it lists, sub-sections' too. */
    private record Section(String label, List<String> pages) {
    }

    /**
     * @param prefix the docs folder's path from the content folder ("" or "docs/")
     * @param pages  the paths of the pages there are
     * @param paths  every page's path, in file order (a folder entry, {@code Guide: guide/}, stands for those in it)
     */
    static MkDocsNavNames of(Node nav, String prefix, Set<String> pages, List<String> paths) {
        Map<String, String> pageLabels = new LinkedHashMap<>();
        List<Section> sections = new ArrayList<>();
        Map<String, String> folders = new LinkedHashMap<>();
        List<String> listed = collect(nav, null, prefix, pages, paths, pageLabels, sections, folders);
        for (Section section : sections) {
            String folder = commonFolder(section.pages());
            if (folder.isEmpty() || folders.containsKey(folder)
                    || listed.stream().anyMatch(p -> p.startsWith(folder + "/") && !section.pages().contains(p))) {
                continue;
            }
            folders.put(folder, section.label());
            for (String page : section.pages()) {
                if (SitePath.folderOf(page).equals(folder) && Handbook.folderPageRank(page.substring(folder.length() + 1)) >= 0) {
                    pageLabels.putIfAbsent(page, section.label()); // the folder's own page (index.md, README.md…)
                }
            }
        }
        return new MkDocsNavNames(Map.copyOf(pageLabels), Map.copyOf(folders));
    }

    /** The pages a nav entry lists, in order; labels and sections noted on the way (inner sections first). */
    private static List<String> collect(Node node, String label, String prefix, Set<String> pages, List<String> paths,
                                        Map<String, String> pageLabels, List<Section> sections, Map<String, String> folders) {
        List<String> found = new ArrayList<>();
        if (node instanceof ScalarNode scalar) {
            String path = SummaryFile.normal(scalar.getValue().trim());
            path = path == null ? null : SummaryFile.normal(prefix + path);
            if (path != null && path.endsWith("/")) { // a folder (User Guide: user-guide/): its pages, named by the label
                String folder = path;
                paths.stream().filter(p -> p.startsWith(folder)).forEach(found::add);
                if (label != null && !folder.equals("/")) {
                    folders.putIfAbsent(folder.substring(0, folder.length() - 1), label);
                }
            } else if (path != null && pages.contains(path)) {
                found.add(path);
                if (label != null) {
                    pageLabels.putIfAbsent(path, label);
                }
            }
        } else if (node instanceof SequenceNode list) {
            for (Node item : list.getValue()) {
                found.addAll(collect(item, null, prefix, pages, paths, pageLabels, sections, folders));
            }
        } else if (node instanceof MappingNode map) {
            for (var entry : map.getValue()) {
                String name = entry.getKeyNode() instanceof ScalarNode key ? key.getValue().strip() : null;
                List<String> inside = collect(entry.getValueNode(), name, prefix, pages, paths, pageLabels, sections, folders);
                if (name != null && !name.isEmpty() && entry.getValueNode() instanceof SequenceNode) {
                    sections.add(new Section(name, inside));
                }
                found.addAll(inside);
            }
        }
        return found;
    }

    /** The deepest folder holding every one of the pages; "" when that is the top (or there are none). */
    private static String commonFolder(List<String> pages) {
        String common = null;
        for (String page : pages) {
            String folder = SitePath.folderOf(page);
            if (common == null) {
                common = folder;
            }
            while (!common.isEmpty() && !(folder.equals(common) || folder.startsWith(common + "/"))) {
                common = SitePath.folderOf(common);
            }
        }
        return common == null ? "" : common;
    }
}

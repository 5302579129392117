package org.handbookpress.content;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.handbookpress.files.SitePath;
import org.handbookpress.text.Alphabetical;

/**
 * The order of folders among their siblings: by the {@code order} of the folder's own page (its index.md, Hugo's
 * _index.md or its README.md; Hugo's {@code weight} counts, as for pages), or by Docusaurus' {@code _category_.json}
 * or {@code _category_.yml} {@code position}; folders with neither come after, by name. Folders are compared name by
 * name along their paths, so a folder comes before the folders in it, and a handbook without such orders reads its
 * folders by name, as before. Hugo and Docusaurus order sections so; a migrated site keeps its order. Names are in the
 * alphabetical order of the handbook's language, as page titles are (a federation's "Llanfair – Banc Bwyd Môn/" came
 * before "aberdar/", and "Éclair/" after "zebra/", by code point).
 */
final class FolderOrder {

    private final Map<String, Double> orders;
    private final Comparator<Object> names;

    private FolderOrder(Map<String, Double> orders, Locale language) {
        this.orders = orders;
        this.names = Alphabetical.order(language);
    }

    /**
     * Every folder's order that its own page gives; else its place in its parent's sidebar file, else its category
     * file's position ({@link SidebarFiles}).
     */
    static FolderOrder of(List<Page> pages, SidebarFiles sidebars, Locale language) {
        Map<String, Double> orders = new HashMap<>();
        Map<String, Integer> rank = new HashMap<>(); // which of a folder's own pages gave it (Handbook.FOLDER_PAGE_NAMES)
        for (Page page : pages) {
            String name = page.fileName();
            int r = Handbook.folderPageRank(name);
            if (r >= 0 && !page.folder().isEmpty() && rank.getOrDefault(page.folder(), Integer.MAX_VALUE) > r) {
                rank.put(page.folder(), r);
                if (page.meta().order() != null) {
                    orders.put(page.folder(), page.meta().order());
                } else {
                    orders.remove(page.folder());
                }
            }
        }
        // Each folder once (the pages share them), and every folder up the path: one with an order of its own can sit in
        // one whose order only its category file gives.
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Page page : pages) {
            for (String folder = page.folder(); !folder.isEmpty() && seen.add(folder); folder = SitePath.folderOf(folder)) {
                Double position = orders.containsKey(folder) ? null : sidebars.position(folder);
                position = position != null || orders.containsKey(folder) ? position : sidebars.categoryPosition(folder);
                if (position != null) {
                    orders.put(folder, position);
                }
            }
        }
        return new FolderOrder(orders, language);
    }

    static FolderOrder none() {
        return new FolderOrder(Map.of(), Locale.ROOT);
    }

    /** Folder paths compared name by name: a folder before the folders in it; siblings by their order, then by name. */
    int compare(String a, String b) {
        String[] x = a.isEmpty() ? new String[0] : a.split("/");
        String[] y = b.isEmpty() ? new String[0] : b.split("/");
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (!x[i].equals(y[i])) {
                String parent = path.toString();
                double ox = orders.getOrDefault(parent + x[i], Double.MAX_VALUE);
                double oy = orders.getOrDefault(parent + y[i], Double.MAX_VALUE);
                if (ox != oy) {
                    return Double.compare(ox, oy);
                }
                int alphabetical = names.compare(x[i], y[i]);
                return alphabetical != 0 ? alphabetical : x[i].compareTo(y[i]);
            }
            path.append(x[i]).append('/');
        }
        return Integer.compare(x.length, y.length);
    }
}

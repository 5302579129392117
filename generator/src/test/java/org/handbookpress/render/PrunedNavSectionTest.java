package org.handbookpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A section's window and focus, found by lookups, are what the first way of finding them gave: searching
 * the section's pages for the current one, and keeping the children that are sections or in the window.
 */
class PrunedNavSectionTest {

    private static NavNode page(int i) {
        return new NavNode("Page " + i, "s/p" + i + ".html", "s/p" + i + ".md", List.of());
    }

    private static NavNode subsection(int i) {
        return new NavNode("Sub " + i, "s/sub" + i + "/index.html", "s/sub" + i + "/", List.of(page(1000 + i)));
    }

    /** Pages and sub-sections mixed in any order, with some pages without a URL and a label-only section. */
    private static List<NavNode> children(Random random, int size) {
        List<NavNode> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int kind = random.nextInt(10);
            out.add(kind == 0 ? subsection(i) : kind == 1 ? new NavNode("Label " + i, null, "s/label" + i + "/", List.of())
                    : kind == 2 ? new NavNode("No url " + i, null, "s/nourl" + i + ".md", List.of()) : page(i));
        }
        return List.copyOf(out);
    }

    private static int focusReference(List<NavNode> pages, String currentKey, String fromUrl) {
        int focus = 0;
        for (int i = 0; i < pages.size(); i++) {
            NavNode node = pages.get(i);
            if (node.key().equals(currentKey) || (node.url() != null && node.url().equals(fromUrl))) {
                focus = i;
            }
        }
        return focus;
    }

    @Test
    void windowAndFocusAreThoseOfTheSearch() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<NavNode> children = children(random, random.nextInt(60));
            PrunedNav.Section section = new PrunedNav.Section(children);
            List<NavNode> pages = children.stream().filter(c -> !c.isSection()).toList();
            assertEquals(pages, section.pages());
            assertEquals(children.stream().filter(c -> c.url() != null).toList(), section.linked());
            for (int start = 0; start <= pages.size(); start++) {
                for (int end = start; end <= pages.size(); end++) {
                    List<NavNode> window = pages.subList(start, end);
                    assertEquals(children.stream().filter(c -> c.isSection() || window.contains(c)).toList(), section.shown(start, end));
                }
            }
            List<String> keys = new ArrayList<>();
            keys.add(null);
            keys.add("elsewhere.md");
            children.forEach(c -> keys.add(c.key()));
            List<String> urls = new ArrayList<>();
            urls.add(null);
            urls.add("elsewhere.html");
            children.forEach(c -> urls.add(c.url()));
            for (int n = 0; n < 50; n++) {
                String key = keys.get(random.nextInt(keys.size()));
                String url = urls.get(random.nextInt(urls.size()));
                assertEquals(focusReference(pages, key, url), section.focus(key, url), key + " " + url);
            }
        }
    }
}

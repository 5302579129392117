package org.handbookpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A section's windows and focus, found by lookups, are what searching gives: the last page or sub-section
 * that is current (or, for a sub-section, holds the current page), and the children in either window.
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

    /** The last sub-section that is the current page or that the current key is inside. */
    private static int sectionFocusReference(List<NavNode> sections, String currentKey, String fromUrl) {
        int focus = 0;
        for (int i = 0; i < sections.size(); i++) {
            NavNode node = sections.get(i);
            if (currentKey != null && currentKey.startsWith(node.key()) || (node.url() != null && node.url().equals(fromUrl))) {
                focus = i;
            }
        }
        return focus;
    }

    private static PrunedNav.Window window(Random random, int size) {
        int start = random.nextInt(size + 1);
        return new PrunedNav.Window(start, start + random.nextInt(size - start + 1), size);
    }

    @Test
    void windowAndFocusAreThoseOfTheSearch() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<NavNode> children = children(random, random.nextInt(60));
            PrunedNav.Section section = new PrunedNav.Section(children);
            List<NavNode> pages = children.stream().filter(c -> !c.isSection()).toList();
            List<NavNode> sections = children.stream().filter(NavNode::isSection).toList();
            assertEquals(pages, section.pages());
            assertEquals(sections, section.sections());
            assertEquals(children.stream().filter(c -> c.url() != null).toList(), section.linked());
            for (int n = 0; n < 100; n++) {
                PrunedNav.Window pageWindow = window(random, pages.size());
                PrunedNav.Window sectionWindow = window(random, sections.size());
                List<NavNode> pagesIn = pages.subList(pageWindow.start(), pageWindow.end());
                List<NavNode> sectionsIn = sections.subList(sectionWindow.start(), sectionWindow.end());
                assertEquals(children.stream().filter(c -> pagesIn.contains(c) || sectionsIn.contains(c)).toList(),
                        section.shown(pageWindow, sectionWindow));
            }
            List<String> keys = new ArrayList<>();
            keys.add(null);
            keys.add("elsewhere.md");
            children.forEach(c -> keys.add(c.key()));
            children.forEach(c -> keys.add(c.key() + "deeper/page.md")); // a page inside a sub-section, or nothing
            List<String> urls = new ArrayList<>();
            urls.add(null);
            urls.add("elsewhere.html");
            children.forEach(c -> urls.add(c.url()));
            for (int n = 0; n < 50; n++) {
                String key = keys.get(random.nextInt(keys.size()));
                String url = urls.get(random.nextInt(urls.size()));
                assertEquals(focusReference(pages, key, url), section.focus(key, url), key + " " + url);
                assertEquals(sectionFocusReference(sections, key, url), section.sectionFocus(key, url), key + " " + url);
            }
        }
    }

    @Test
    void aWindowHasTwentyOneEntriesMovedInFromTheEnds() {
        assertEquals(new PrunedNav.Window(0, 21, 500), PrunedNav.Window.around(3, 500));
        assertEquals(new PrunedNav.Window(240, 261, 500), PrunedNav.Window.around(250, 500));
        assertEquals(new PrunedNav.Window(479, 500, 500), PrunedNav.Window.around(499, 500));
        assertEquals(new PrunedNav.Window(0, 12, 12), PrunedNav.Window.around(5, 12));
    }
}

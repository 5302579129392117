package org.handbookpress.content;

import java.util.List;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Where a page of a Jekyll site themed with just-the-docs puts itself in that theme's menu, from its front matter: the
 * theme builds its sidebar from these keys, not from folders ({@link JustTheDocsMenu}). Read from every page; only a
 * just-the-docs site's menu follows them.
 *
 * @param parent      {@code parent:}, the title of the page it sits under; null at the menu's top
 * @param grandParent {@code grand_parent:}, the title of that page's own parent, which tells two parents of one title
 *                    apart; null when not given
 * @param ancestor    {@code ancestor:}, the title of a page higher up still (the theme's 0.10 generalisation of
 *                    {@code grand_parent}); null when not given
 * @param navNumber   {@code nav_order:} written as a number; null otherwise
 * @param navText     {@code nav_order:} written as text (quoted, or words), compared as text; null otherwise
 * @param titleNumber the page's {@code title:} when written as a number ({@code title: 404}): the theme orders such
 *                    titles as numbers, before the others; null otherwise
 * @param excluded    {@code nav_exclude: true}: built, but left out of the menu with the pages under it
 * @param hasChildren {@code has_children:}: true marks a page others sit under (the theme's versions before 0.10 show
 *                    no page under one without it), false leaves the pages under it out of the menu; null when not given
 * @param reversed    {@code child_nav_order: desc} (or {@code reversed}): the pages under it in the opposite order
 * @param parentLine  the line of {@code parent:} in the file, for a finding about it; 0 without one
 * @param childrenListed whether a page with pages under it lists them at its foot, as the theme's "Table of contents"
 *                    does; {@code has_toc: false} leaves the list out
 */
public record JustTheDocsPlace(String parent, String grandParent, String ancestor, Double navNumber, String navText,
                               Double titleNumber, boolean excluded, Boolean hasChildren, boolean reversed, int parentLine,
                               boolean childrenListed) {

    static final String PARENT = "parent";
    static final String GRAND_PARENT = "grand_parent";
    static final String ANCESTOR = "ancestor";
    static final String HAS_CHILDREN = "has_children";
    static final String NAV_EXCLUDE = "nav_exclude";
    static final String CHILD_NAV_ORDER = "child_nav_order";
    static final String NAV_ORDER = "nav_order";
    static final String HAS_TOC = "has_toc";

    /** The keys the theme's menu reads that the build reads for nothing else: known only on a just-the-docs site. */
    static final List<String> KEYS = List.of(PARENT, GRAND_PARENT, ANCESTOR, HAS_CHILDREN, NAV_EXCLUDE, CHILD_NAV_ORDER, HAS_TOC);

    /** A page that says nothing of its place: at the menu's top, ordered by its title. */
    public static final JustTheDocsPlace NONE = new JustTheDocsPlace(null, null, null, null, null, null, false, null, false, 0, true);

    /** The place the page's front matter gives; {@link #NONE} when it gives none of these keys. */
    static JustTheDocsPlace read(YamlMap yaml) {
        if (KEYS.stream().noneMatch(yaml::has) && !yaml.has(NAV_ORDER) && !isNumber(yaml.value("title"))) {
            return NONE;
        }
        Node order = yaml.value(NAV_ORDER);
        String orderText = yaml.foreignText(NAV_ORDER);
        Double number = isNumber(order) ? number(orderText) : null;
        String reverse = yaml.foreignText(CHILD_NAV_ORDER);
        return new JustTheDocsPlace(title(yaml.foreignText(PARENT)), title(yaml.foreignText(GRAND_PARENT)),
                title(yaml.foreignText(ANCESTOR)), number, number == null ? orderText : null,
                isNumber(yaml.value("title")) ? number(yaml.foreignText("title")) : null,
                "true".equalsIgnoreCase(yaml.foreignText(NAV_EXCLUDE)), flag(yaml.foreignText(HAS_CHILDREN)),
                "desc".equals(reverse) || "reversed".equals(reverse), yaml.has(PARENT) ? yaml.lineOf(PARENT) : 0,
                !"false".equalsIgnoreCase(yaml.foreignText(HAS_TOC)));
    }

    /** Whether the pages under this one are left out of the menu ({@code has_children: false}). */
    boolean childless() {
        return Boolean.FALSE.equals(hasChildren);
    }

    private static Boolean flag(String written) {
        return written == null ? null : "true".equalsIgnoreCase(written) ? Boolean.TRUE : "false".equalsIgnoreCase(written) ? Boolean.FALSE : null;
    }

    /**
     * A title as the page's own {@code title:} is read ({@link FrontMatterParser}: a character reference is its character),
     * so that a {@code parent:} written as the title is written finds it; null for none or a blank one, which is the top.
     */
    private static String title(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        return FrontMatterParser.asText(written).trim();
    }

    /** Whether YAML reads the value as a number (unquoted {@code 2}, {@code 2.5}), as Jekyll hands it to the theme. */
    private static boolean isNumber(Node value) {
        if (!(value instanceof ScalarNode scalar)) {
            return false;
        }
        String tag = scalar.getTag().getValue();
        return tag.endsWith(":int") || tag.endsWith(":float");
    }

    private static Double number(String text) {
        try {
            return Double.valueOf(text.trim().replace("_", ""));
        } catch (NumberFormatException e) {
            return null; // 0x1F, .inf: numbers to YAML, none worth ordering by
        }
    }
}

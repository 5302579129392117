package org.handbookpress.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * What a VitePress or Starlight home page writes in its front matter rather than in its text, which their themes draw
 * above the page: the hero's buttons ({@code hero: actions: [{text, link}]}) and VitePress' feature boxes
 * ({@code features: [{icon, title, details, link}]}), here Markdown put before the page's text, the buttons as one line of
 * links and each feature as a box. The soramitsukhmer frontend handbook's home page is nothing but these (its two
 * sections' introductions in its features), and Dear Asian Youth's "Get Started" button leads to its first section; both
 * were dropped as unknown keys, the home page shown without them. The hero's tagline is the page's summary when it has
 * none ({@code description:}), as both themes show it under the title; its name and text stay the page's title's.
 *
 * @param markdown the Markdown put before the page's text, one line for each line of it; empty when there is none
 * @param tagline  the hero's tagline, or null
 * @param image    the line of a hero image the build does not show, or 0
 */
record HomeHero(List<String> markdown, String tagline, int image) {

    static final String HERO = "hero";
    static final String FEATURES = "features";

    /** The hero and features a page's front matter gives, when it gives one that is a mapping or a list of them. */
    static Optional<HomeHero> read(YamlMap yaml) {
        Optional<YamlMap> hero = yaml.section(HERO);
        List<YamlMap> features = mappings(yaml, FEATURES);
        if (hero.isEmpty() && features.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (YamlMap action : hero.map(h -> mappings(h, "actions")).orElse(List.of())) {
            String text = action.foreignText("text");
            String link = action.foreignText("link");
            if (text != null && !text.isBlank() && link != null && !link.isBlank()) {
                links.add("[" + escaped(text.strip()) + "](<" + link.strip() + ">)");
            }
        }
        if (!links.isEmpty()) {
            lines.add(String.join(" · ", links));
            lines.add("");
        }
        for (YamlMap feature : features) {
            String title = feature.foreignText("title");
            String details = feature.foreignText("details");
            if (title == null || title.isBlank()) {
                continue;
            }
            String icon = feature.foreignText("icon"); // an emoji; a picture's {src} is a mapping, not shown
            String named = (icon == null || icon.isBlank() || icon.strip().startsWith("<") ? "" : icon.strip() + " ") + title.strip();
            String link = feature.foreignText("link");
            String text = (details == null ? "" : details.strip().replace('\n', ' '))
                    + (link == null || link.isBlank() ? "" : (details == null ? "" : " ") + "[" + escaped(title.strip()) + "](<" + link.strip() + ">)");
            String open = "{{< card title=\"" + named.replace('"', '\'') + "\" >}}";
            if (text.isEmpty()) {
                // A box on one line holds some text: with none (a feature of a title only), its tags were shown as text.
                lines.add(open);
                lines.add("{{< /card >}}");
            } else {
                lines.add(open + text + "{{< /card >}}");
            }
            lines.add("");
        }
        String tagline = hero.map(h -> h.foreignText("tagline")).filter(t -> !t.isBlank()).map(String::strip).orElse(null);
        int image = hero.filter(h -> h.value("image") != null).map(h -> h.lineOf("image")).orElse(0);
        return Optional.of(new HomeHero(List.copyOf(lines), tagline, image));
    }

    /** Whether it shows anything: buttons, boxes or a tagline. */
    boolean showsAnything() {
        return !markdown.isEmpty() || tagline != null;
    }

    /** The mappings listed under {@code key}; none when it is no list of them. */
    private static List<YamlMap> mappings(YamlMap yaml, String key) {
        List<YamlMap> out = new ArrayList<>();
        for (Node item : YamlMap.asList(yaml.value(key))) {
            if (item instanceof MappingNode map) {
                out.add(new YamlMap(map, yaml.file(), yaml.lineOffset(), yaml.findings()));
            }
        }
        return out;
    }

    private static String escaped(String text) {
        return text.replace("[", "\\[").replace("]", "\\]");
    }
}

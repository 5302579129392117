package org.handbookpress.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * One of the people or places to ask about a page ({@code questions:} in its front matter, as the 18F/TTS handbook's
 * pages list theirs): an e-mail address, a web address, a chat channel by its name, or words with an address
 * ({@code {text: HR team, url: https://…}}). Shown under the page, as that handbook's own layout shows them, so that a
 * reader finds who to ask and a link to the page's {@code #questions} leads there.
 *
 * @param text what the reader sees
 * @param url  where it links, or null for a channel (the site knows no chat server to link it to)
 */
public record Contact(String text, String url) {

    /** A channel's name as chat tools write one: one word. */
    private static final Pattern CHANNEL = Pattern.compile("#?[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>]+@[^\\s@<>]+\\.[^\\s@<>]+");

    /**
     * The contacts under {@code key}, a list of them or one, when every item is one: an e-mail address, a web address, a
     * channel's name (one word) or a mapping with a {@code url}. Empty otherwise: an old Carpentries lesson's
     * {@code questions:} are the questions its episode answers ("How do learners acquire expertise?"), no one to ask, and
     * the key stays one the build does not read, as before.
     */
    static Optional<List<Contact>> read(YamlMap yaml, String key) {
        List<Contact> out = new ArrayList<>();
        for (Node item : YamlMap.asList(yaml.value(key))) {
            Contact contact = item instanceof ScalarNode scalar ? of(scalar.getValue())
                    : item instanceof MappingNode map ? linked(new YamlMap(map, yaml.file(), yaml.lineOffset(), yaml.findings())) : null;
            if (contact == null) {
                return Optional.empty();
            }
            out.add(contact);
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(out));
    }

    /** A contact written as text: an e-mail address, a web address or a channel's name; null for other words. */
    static Contact of(String written) {
        String text = written.strip();
        if (EMAIL.matcher(text).matches() && !text.contains("://")) {
            return new Contact(text, "mailto:" + text);
        }
        if (text.startsWith("https://") || text.startsWith("http://")) {
            return new Contact(text, text);
        }
        if (CHANNEL.matcher(text).matches()) {
            return new Contact(text.startsWith("#") ? text : "#" + text, null);
        }
        return null;
    }

    private static Contact linked(YamlMap map) {
        String text = map.string("text");
        String url = map.string("url");
        if (url == null || url.isBlank()) {
            return null;
        }
        return new Contact(text == null || text.isBlank() ? url.strip() : text.strip(), url.strip());
    }
}

package org.handbookpress.content;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.handbookpress.findings.Findings;

/**
 * A Jupyter notebook ({@code .ipynb}, as Jupyter Book folders hold pages) read as a page: its Markdown cells as
 * Markdown, its code cells as code in the notebook's language, and what they printed (text, or Markdown) as it was
 * saved, under the code. Each line stands on the line of the file that holds it (Jupyter writes a cell's lines one to a
 * line of JSON), so a finding names the notebook's own line. Cells tagged {@code remove-cell}, {@code remove-input} or
 * {@code remove-output} leave out what Jupyter Book leaves out; raw cells, pictures and HTML an output holds are not
 * shown (said once a page: {@code page.notebook-outputs}). Read with Jackson's streaming parser, which gives each text
 * its line and passes over a saved picture's megabytes quickly.
 */
final class Notebooks {

    static final String EXTENSION = ".ipynb";
    /** How deep a notebook's JSON may nest (Jupyter's is five deep): deeper is no notebook, and would exhaust the stack. */
    private static final int MAX_DEPTH = 64;
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                    .maxStringLength((int) SourceText.MAX_NOTEBOOK_BYTES).build())
            .build();

    private Notebooks() {
    }

    /**
     * Jupytext's pairs, {@code setup.ipynb} beside {@code setup.md} (the notebook and its Markdown, kept in step): the
     * Markdown is the page, the notebook stays a file, as Jupyter Book reads one of the two. Without this the two were
     * one address, an error.
     *
     * @param files  every page file found, from which paired notebooks are taken
     * @param assets the content folder's other files, to which they are added
     */
    static void leavePaired(java.nio.file.Path contentDir, List<java.nio.file.Path> files, List<String> assets) {
        Set<String> stems = new HashSet<>();
        for (java.nio.file.Path file : files) {
            if (!isNotebook(file.toString())) {
                stems.add(Page.stem(file.toString()));
            }
        }
        files.removeIf(file -> {
            boolean paired = isNotebook(file.toString()) && stems.contains(file.toString().substring(0, file.toString().length() - EXTENSION.length()));
            if (paired) {
                assets.add(ContentLoader.relative(contentDir, file));
            }
            return paired;
        });
    }

    /** Whether the path is a notebook's. */
    static boolean isNotebook(String path) {
        return path.toLowerCase(Locale.ROOT).endsWith(EXTENSION);
    }

    /** The notebook as Markdown, or empty (with a finding) when it is not a notebook's JSON. */
    static Optional<String> markdown(String json, String path, Findings findings) {
        Object root;
        try (JsonParser parser = JSON.createParser(json)) {
            parser.nextToken();
            root = read(parser);
        } catch (IOException e) {
            int line = e instanceof JsonProcessingException problem && problem.getLocation() != null
                    ? Math.max(1, problem.getLocation().getLineNr()) : 1;
            String why = e instanceof JsonProcessingException problem ? problem.getOriginalMessage() : e.getMessage();
            findings.error(path, line, "page.notebook", "this .ipynb file is not a Jupyter notebook's JSON: " + why,
                    "save it from Jupyter again, or remove it");
            return Optional.empty();
        }
        if (!(root instanceof Map<?, ?> notebook) || !(notebook.get("cells") instanceof List<?> cells)) {
            findings.error(path, 1, "page.notebook", "this .ipynb file is not a Jupyter notebook (it has no cells)",
                    "save it from Jupyter again, or remove it");
            return Optional.empty();
        }
        String language = language(notebook);
        Lines out = new Lines();
        int unshown = 0;
        for (Object item : cells) {
            if (!(item instanceof Map<?, ?> cell)) {
                continue;
            }
            String type = text(cell.get("cell_type"));
            Set<String> tags = tags(cell);
            if (tags.contains("remove-cell")) {
                continue;
            }
            if ("markdown".equals(type)) {
                out.block(withAttachments(pieces(cell.get("source")), cell.get("attachments")), "", "");
            } else if ("code".equals(type)) {
                if (!tags.contains("remove-input")) {
                    out.block(pieces(cell.get("source")), "```" + language, "```");
                }
                if (!tags.contains("remove-output") && cell.get("outputs") instanceof List<?> outputs) {
                    unshown += outputs(outputs, out);
                }
            } else if ("raw".equals(type)) {
                unshown++;
            }
        }
        if (unshown > 0) {
            findings.notice(path, 1, "page.notebook-outputs", unshown + " of this notebook's outputs or raw cells (pictures, HTML,"
                            + " errors) are not shown: the page shows its text and Markdown as saved",
                    "save a picture beside the notebook and show it in a Markdown cell, ![…](plot.png)");
        }
        return Optional.of(out.toString());
    }

    /**
     * The JSON value the parser is at: an object as a map, an array as a list, a string as a {@link Piece} with its
     * line, anything else as its text.
     */
    private static Object read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Object> map = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                parser.nextToken();
                map.putIfAbsent(key, read(parser));
            }
            return map;
        }
        if (token == JsonToken.START_ARRAY) {
            List<Object> list = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                list.add(read(parser));
            }
            return list;
        }
        if (token == JsonToken.VALUE_STRING) {
            return new Piece(parser.getText(), (int) parser.currentTokenLocation().getLineNr() - 1);
        }
        return parser.getText();
    }

    /** The code's language: the kernel's, as the notebook's metadata names it. */
    private static String language(Map<?, ?> notebook) {
        if (notebook.get("metadata") instanceof Map<?, ?> metadata) {
            if (metadata.get("kernelspec") instanceof Map<?, ?> kernel && text(kernel.get("language")) != null) {
                return text(kernel.get("language")).toLowerCase(Locale.ROOT);
            }
            if (metadata.get("language_info") instanceof Map<?, ?> info && text(info.get("name")) != null) {
                return text(info.get("name")).toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    /** What a code cell's outputs show: text printed or returned, and Markdown; the count of those not shown. */
    private static int outputs(List<?> outputs, Lines out) {
        int unshown = 0;
        for (Object item : outputs) {
            if (!(item instanceof Map<?, ?> output)) {
                continue;
            }
            String kind = text(output.get("output_type"));
            if ("stream".equals(kind)) {
                out.block(pieces(output.get("text")), "```text", "```");
            } else if (("execute_result".equals(kind) || "display_data".equals(kind)) && output.get("data") instanceof Map<?, ?> data) {
                if (data.get("text/markdown") != null) {
                    out.block(pieces(data.get("text/markdown")), "", "");
                } else if (data.get("image/png") == null && data.get("image/jpeg") == null && data.get("image/svg+xml") == null
                        && data.get("text/html") == null && data.get("text/plain") != null) {
                    out.block(pieces(data.get("text/plain")), "```text", "```");
                } else {
                    unshown++;
                }
            } else {
                unshown++; // an error's traceback, written for a terminal
            }
        }
        return unshown;
    }

    /** A cell's tags ({@code metadata.tags}). */
    private static Set<String> tags(Map<?, ?> cell) {
        Set<String> tags = new HashSet<>();
        if (cell.get("metadata") instanceof Map<?, ?> metadata && metadata.get("tags") instanceof List<?> list) {
            list.stream().map(Notebooks::text).filter(java.util.Objects::nonNull).forEach(tags::add);
        }
        return tags;
    }

    /**
     * The cell's lines with each picture it keeps in its attachments, {@code ![Chart](attachment:chart.png)} (as Jupyter
     * saves one pasted into a Markdown cell), written into the page as a {@code data:} address, as Jupyter, Jupyter Book
     * and GitHub show it; the address named nothing a browser shows, and the picture was an {@code image.remote} error.
     */
    private static List<Piece> withAttachments(List<Piece> source, Object attachments) {
        if (!(attachments instanceof Map<?, ?> files) || files.isEmpty()) {
            return source;
        }
        Map<String, String> addresses = new java.util.HashMap<>();
        files.forEach((name, bundle) -> {
            String address = bundle instanceof Map<?, ?> types ? dataAddress(types) : null;
            if (address != null && name instanceof String file) {
                addresses.put("attachment:" + file, address);
                addresses.put("attachment:" + file.replace(" ", "%20"), address);
            }
        });
        if (addresses.isEmpty()) {
            return source;
        }
        List<Piece> pieces = new ArrayList<>();
        for (Piece piece : source) {
            String text = piece.text();
            if (text.contains("attachment:")) {
                for (Map.Entry<String, String> address : addresses.entrySet()) {
                    text = text.replace(address.getKey(), address.getValue());
                }
            }
            pieces.add(new Piece(text, piece.line()));
        }
        return pieces;
    }

    /** A picture of an attachment's bundle as a {@code data:} address: base64 as Jupyter saves it, SVG as its text. */
    private static String dataAddress(Map<?, ?> types) {
        for (String type : List.of("image/png", "image/jpeg", "image/gif", "image/webp")) {
            String base64 = joined(types.get(type));
            if (base64 != null) {
                return "data:" + type + ";base64," + base64.replaceAll("\\s+", "");
            }
        }
        String svg = joined(types.get("image/svg+xml"));
        return svg == null ? null : "data:image/svg+xml;base64,"
                + java.util.Base64.getEncoder().encodeToString(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A value Jupyter saves as one string or a list of them, joined; null for anything else. */
    private static String joined(Object value) {
        if (value instanceof Piece piece) {
            return piece.text();
        }
        if (value instanceof List<?> list && !list.isEmpty()) {
            StringBuilder text = new StringBuilder();
            for (Piece piece : pieces(list)) {
                text.append(piece.text());
            }
            return text.toString();
        }
        return null;
    }

    /** A string value's text, or null for any other value. */
    private static String text(Object value) {
        return value instanceof Piece piece ? piece.text() : null;
    }

    /** A text as Jupyter saves it, a list of lines or one string: each piece with the file line it starts on (from 0). */
    private static List<Piece> pieces(Object value) {
        if (value instanceof Piece piece) {
            return List.of(piece);
        }
        List<Piece> pieces = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.stream().filter(Piece.class::isInstance).map(Piece.class::cast).forEach(pieces::add);
        }
        return pieces;
    }

    /** A string of the notebook and the file line (from 0) it starts on. */
    private record Piece(String text, int line) {
    }

    /**
     * The page's lines, each written where its file line is when that line is free and after the last one written
     * otherwise, so blocks keep their order; a block stands apart from the one before by a blank line.
     */
    private static final class Lines {
        private final List<String> lines = new ArrayList<>();
        private int last = -1;

        void block(List<Piece> pieces, String open, String close) {
            if (pieces.isEmpty() || pieces.stream().allMatch(p -> p.text().isBlank())) {
                return;
            }
            int at = Math.max(pieces.get(0).line(), last + 2); // a blank line after what came before
            if (!open.isEmpty()) {
                at = Math.max(at - 1, last + 2);
                put(at++, open);
            }
            for (Piece piece : pieces) {
                at = Math.max(at, piece.line());
                // Each of Jupyter's lines ends in its line break: no line after it.
                String text = piece.text().endsWith("\n") ? piece.text().substring(0, piece.text().length() - 1) : piece.text();
                for (String line : text.split("\n", -1)) {
                    put(at++, line);
                }
            }
            if (!close.isEmpty()) {
                put(at, close);
            }
        }

        private void put(int at, String line) {
            while (lines.size() <= at) {
                lines.add("");
            }
            lines.set(at, line);
            last = Math.max(last, at);
        }

        @Override
        public String toString() {
            return String.join("\n", lines.subList(0, Math.max(0, last + 1))) + "\n";
        }
    }
}

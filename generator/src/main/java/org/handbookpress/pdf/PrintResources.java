package org.handbookpress.pdf;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.handbookpress.render.ThemeEngine;

/**
 * What one print may read: files under its folders (the site being printed, or the content), the
 * user's templates and the plugin's own theme, and nothing else — no other folder of the machine, no
 * website, no other jar. The PDF engine asks before every load ({@link #allows}), and opens files
 * through {@link #files()}, which hands it large pictures scaled down ({@link PrintPictures}).
 * Every refusal is kept as a {@link PrintNote}. One instance serves one print, on one thread.
 */
final class PrintResources {

    private final List<Path> roots;
    private final List<String> urlPrefixes;
    private final PrintPictures pictures;
    private final java.util.function.UnaryOperator<Path> locate;
    private final List<PrintNote> notes = Collections.synchronizedList(new ArrayList<>());

    /**
     * @param folders  the folders whose files may be read; they and every path are compared after
     *                 resolving symbolic links
     * @param pictures where scaled pictures are made and kept
     * @param locate   the file a path stands for (a Hugo site's picture is read from its static folder)
     */
    PrintResources(List<Path> folders, PrintPictures pictures, java.util.function.UnaryOperator<Path> locate) {
        List<Path> real = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        for (Path folder : folders) {
            if (folder != null) {
                real.add(realPath(folder));
            }
        }
        // The plugin's theme, whether a jar (installed) or a folder (this project's own tests).
        URL theme = ThemeEngine.class.getResource(ThemeEngine.THEME_ROOT);
        if (theme != null) {
            if (theme.getProtocol().equals("file")) {
                real.add(realPath(Path.of(URI.create(theme.toString()))));
            } else {
                prefixes.add(theme + "/");
            }
        }
        this.roots = List.copyOf(real);
        this.urlPrefixes = List.copyOf(prefixes);
        this.pictures = pictures;
        this.locate = locate;
    }

    /** What this print refused or dropped, in the order it happened. */
    List<PrintNote> notes() {
        synchronized (notes) {
            return List.copyOf(notes);
        }
    }

    void note(PrintNote note) {
        notes.add(note);
    }

    /** The engine's access check, after it has resolved a URL against the document's base. */
    boolean allows(String uri, ExternalResourceType type) {
        if (uri == null) {
            return false;
        }
        if (uri.startsWith("data:")) {
            return true; // inside the document itself
        }
        boolean allowed = uri.regionMatches(true, 0, "file:", 0, 5) ? inside(uri) : urlPrefixes.stream().anyMatch(uri::startsWith);
        if (!allowed) {
            note(new PrintNote(PrintNote.Kind.REFUSED, uri, "the PDF would have loaded " + describe(type) + " from " + uri
                    + ", which is outside the handbook; it is left out of the PDF"));
        }
        return allowed;
    }

    /** Opens {@code file:} URLs: the file itself, or for a picture too large to decode in full, its scaled copy. */
    FSStreamFactory files() {
        return uri -> new FSStream() {
            @Override
            public InputStream getStream() {
                return open(uri);
            }

            @Override
            public Reader getReader() {
                InputStream in = open(uri);
                return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
            }
        };
    }

    /** For every other protocol (http, https, ftp…): nothing, whatever the access check said. */
    FSStreamFactory nothing() {
        return uri -> new FSStream() {
            @Override
            public InputStream getStream() {
                return null;
            }

            @Override
            public Reader getReader() {
                return null;
            }
        };
    }

    private InputStream open(String uri) {
        if (!inside(uri)) {
            return null;
        }
        Path file = located(uri);
        try {
            Optional<PictureHeader> header = Files.isRegularFile(file) ? PictureHeader.read(file) : Optional.empty();
            if (header.isPresent() && PrintPictures.forEngine(header.get())) {
                Optional<byte[]> scaled = pictures.scaled(file, header.get());
                if (scaled.isEmpty()) {
                    note(new PrintNote(PrintNote.Kind.PICTURE_DROPPED, uri, "the picture " + file.getFileName() + " ("
                            + header.get().describe() + ") " + (PrintPictures.oversized(header.get())
                                    ? "is too large to print and could not be scaled down" : "could not be read") + "; it is left out of the PDF"));
                    return null;
                }
                return new ByteArrayInputStream(scaled.get());
            }
            return Files.newInputStream(file);
        } catch (IOException e) {
            return null; // the engine leaves out what it cannot open, as it does for a missing file
        } catch (UncheckedIOException | IllegalArgumentException e) {
            return null;
        }
    }

    private boolean inside(String uri) {
        Path path = located(uri);
        if (path == null) {
            return false;
        }
        Path real = realPath(path);
        return roots.stream().anyMatch(real::startsWith);
    }

    /** The file a {@code file:} URL is read from: the one it names, or the static folder's that stands for it. */
    private Path located(String uri) {
        Path path = toPath(uri);
        return path == null ? null : locate.apply(path);
    }

    /** The file a {@code file:} URL names, without any {@code #fragment} or {@code ?query}; null for anything else. */
    private static Path toPath(String uri) {
        try {
            URI parsed = URI.create(uri);
            if (!"file".equalsIgnoreCase(parsed.getScheme()) || parsed.getPath() == null) {
                return null;
            }
            return Path.of(parsed.getPath()).normalize();
        } catch (IllegalArgumentException e) { // also an InvalidPathException
            return null;
        }
    }

    /** The path with its links resolved: the path itself when it exists, else its nearest existing parent's, plus the rest. */
    static Path realPath(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }

    private static String describe(ExternalResourceType type) {
        if (type == null) {
            return "a file";
        }
        return switch (type) {
            case IMAGE_RASTER, SVG_BINARY, XML_SVG -> "a picture";
            case CSS -> "a stylesheet";
            case FONT -> "a font";
            default -> "a " + type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }
}

package org.handbookpress.render;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The theme's static files (CSS, JavaScript, vendored libraries), read from the plugin's classpath
 * (a jar, or a folder in tests), overridden file by file by the user's {@code templates/assets/}.
 */
public final class ThemeAssets {

    private ThemeAssets() {
    }

    /** @return path under {@code assets/} to bytes, sorted so the output is written in a stable order */
    public static Map<String, byte[]> load(Path userTemplates) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        URL url = ThemeAssets.class.getResource(ThemeEngine.THEME_ROOT + "/assets");
        if (url == null) {
            throw new IOException("the default theme is missing from the plugin (no " + ThemeEngine.THEME_ROOT + "/assets)");
        }
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        if (uri.getScheme().equals("jar")) {
            FileSystem fs;
            boolean opened = false;
            try {
                fs = FileSystems.getFileSystem(uri);
            } catch (FileSystemNotFoundException e) {
                fs = FileSystems.newFileSystem(uri, Map.of());
                opened = true;
            }
            try {
                readTree(fs.getPath(ThemeEngine.THEME_ROOT + "/assets"), files);
            } finally {
                if (opened) {
                    fs.close();
                }
            }
        } else {
            readTree(Path.of(uri), files);
        }
        if (userTemplates != null && Files.isDirectory(userTemplates.resolve("assets"))) {
            readTree(userTemplates.resolve("assets"), files);
        }
        return files;
    }

    private static void readTree(Path root, Map<String, byte[]> into) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = root.relativize(file).toString().replace('\\', '/');
                try (InputStream in = Files.newInputStream(file)) {
                    into.put(rel, in.readAllBytes());
                }
            }
        }
    }
}

package org.handbookpress.render;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.JarURLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The theme's static files (CSS, JavaScript, vendored libraries), read from the plugin's classpath
 * (a jar, or a folder in tests), overridden file by file by the user's {@code templates/assets/}.
 */
public final class ThemeAssets {

    private ThemeAssets() {
    }

    /**
     * One file of the theme, the user's {@code templates/assets/} copy first, as text: for a layout that
     * must hold a script inline (the 404 page, served at any depth, cannot link one relatively).
     *
     * @return the file's text, or null when neither has it
     */
    public static String read(Path userTemplates, String name) throws IOException {
        if (userTemplates != null && Files.isRegularFile(userTemplates.resolve("assets").resolve(name))) {
            return Files.readString(userTemplates.resolve("assets").resolve(name), java.nio.charset.StandardCharsets.UTF_8);
        }
        try (InputStream in = ThemeAssets.class.getResourceAsStream(ThemeEngine.THEME_ROOT + "/assets/" + name)) {
            return in == null ? null : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
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
            readJar(url, files);
        } else {
            readTree(Path.of(uri), files);
        }
        if (userTemplates != null && Files.isDirectory(userTemplates.resolve("assets"))) {
            readTree(userTemplates.resolve("assets"), files);
        }
        return files;
    }

    /**
     * Reads the theme's files straight from the plugin's jar, with a {@link JarFile} of this call's own
     * (caching off): no jar {@link java.nio.file.FileSystem} is opened, because that is one per jar for the
     * whole JVM, and two modules built at once ({@code mvn -T 2}) would open or close it under each other.
     */
    private static void readJar(URL url, Map<String, byte[]> into) throws IOException {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        connection.setUseCaches(false);
        String prefix = ThemeEngine.THEME_ROOT.substring(1) + "/assets/";
        try (JarFile jar = connection.getJarFile()) {
            List<JarEntry> entries = jar.stream().filter(e -> !e.isDirectory() && e.getName().startsWith(prefix)
                    && e.getName().length() > prefix.length()).sorted(Comparator.comparing(JarEntry::getName)).toList();
            for (JarEntry entry : entries) {
                try (InputStream in = jar.getInputStream(entry)) {
                    into.put(entry.getName().substring(prefix.length()), in.readAllBytes());
                }
            }
        }
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

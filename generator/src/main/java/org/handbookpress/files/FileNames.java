package org.handbookpress.files;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Converts between files on disk and the UTF-8 names the handbook uses for them ({@code café gŵyl.md}).
 *
 * <p>Java 17 turns file names into strings with the platform's file-name encoding ({@code sun.jnu.encoding}),
 * which a {@code LANG=C} locale makes ASCII: {@code café.md} is then listed as {@code caf\uFFFD\uFFFD.md}, and
 * a path made from the string {@code café.html} cannot be created at all. A path's {@code file:} URI keeps
 * the name's bytes, percent-encoded, in both directions; so where the platform cannot decode or encode a
 * name, this class goes through the URI, and the names on disk stay the real UTF-8 names.
 */
public final class FileNames {

    private static final Charset PLATFORM = platformCharset();
    private static final boolean PLATFORM_IS_UTF8 = PLATFORM.equals(StandardCharsets.UTF_8);

    private FileNames() {
    }

    /**
     * The path of {@code file} relative to {@code root}, with {@code /} separators, as UTF-8 text. A name
     * whose bytes are not UTF-8 keeps U+FFFD where they were ({@link #isUnreadable}).
     */
    public static String relative(Path root, Path file) {
        String plain = root.relativize(file).toString().replace('\\', '/');
        if ((PLATFORM_IS_UTF8 && !isUnreadable(plain)) || isAscii(plain)) {
            return plain;
        }
        String rootUri = root.toAbsolutePath().toUri().getRawPath();
        String fileUri = file.toAbsolutePath().toUri().getRawPath();
        if (!rootUri.endsWith("/")) {
            rootUri += "/";
        }
        if (!fileUri.startsWith(rootUri)) {
            return plain;
        }
        String raw = fileUri.substring(rootUri.length());
        String decoded = utf8(raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw);
        return decoded == null ? plain : decoded;
    }

    /**
     * A file that an operating system or an office program leaves in a folder, never written for readers: Windows'
     * thumbnail caches and folder settings (Thumbs.db, desktop.ini), an Office document's owner file while it is open
     * ({@code ~$licy.docx}, which holds the name of whoever has it open), a Mac folder's custom icon ({@code Icon\r}), an
     * editor's backup ({@code policy.md~}) or autosave ({@code #policy.md#}). A shared drive's folder, copied as a
     * handbook, has them; published, they were copied into the site and the offline copy. Hidden files (a leading dot:
     * .DS_Store, LibreOffice's .~lock files) are left out by their own rule.
     */
    public static boolean isLeftBehind(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return SYSTEM_FILES.contains(lower) || name.equals("Icon\r") || name.startsWith("~$") || name.endsWith("~")
                || name.length() > 2 && name.startsWith("#") && name.endsWith("#");
    }

    private static final java.util.Set<String> SYSTEM_FILES = java.util.Set.of("thumbs.db", "ehthumbs.db", "ehthumbs_vista.db",
            "desktop.ini");

    /** Whether a name read from disk still holds bytes that are not UTF-8 (shown as U+FFFD). */
    public static boolean isUnreadable(String name) {
        return name.indexOf('\uFFFD') >= 0;
    }

    /** {@code dir} resolved with a relative path given as text ({@code /} separators), under any file-name encoding. */
    public static Path resolve(Path dir, String relative) {
        if (PLATFORM_IS_UTF8 || isAscii(relative)) {
            return dir.resolve(relative);
        }
        String base = dir.toAbsolutePath().toUri().toString();
        return Path.of(URI.create((base.endsWith("/") ? base : base + "/") + percentEncoded(relative)));
    }

    /**
     * A relative path as text that {@code Path.of} accepts under any file-name encoding, for matching
     * with a glob (give the glob the same treatment): where the platform is not UTF-8, characters outside
     * ASCII become {@code %XX} escapes of their UTF-8 bytes. Glob characters are ASCII and keep their
     * meaning, except that {@code ?} then stands for one byte of such a character.
     */
    public static String forMatching(String relative) {
        if (PLATFORM_IS_UTF8 || isAscii(relative)) {
            return relative;
        }
        StringBuilder out = new StringBuilder();
        relative.codePoints().forEach(c -> {
            if (c < 0x80) {
                out.append((char) c);
            } else {
                out.append(percentEncoded(new String(Character.toChars(c))));
            }
        });
        return out.toString();
    }

    /** The platform's file-name encoding, the one Java uses between file names and strings. */
    public static Charset platformCharset() {
        for (String property : new String[] {"sun.jnu.encoding", "native.encoding"}) {
            String name = System.getProperty(property);
            try {
                if (name != null) {
                    return Charset.forName(name);
                }
            } catch (IllegalArgumentException unknown) {
                // try the next property
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static boolean isAscii(String text) {
        return text.chars().allMatch(c -> c < 0x80);
    }

    private static String percentEncoded(String relative) {
        StringBuilder out = new StringBuilder();
        for (byte b : relative.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    /** Decodes a URI's raw path as UTF-8 bytes; null when the bytes are not UTF-8. */
    private static String utf8(String rawPath) {
        byte[] bytes = new byte[rawPath.length()];
        int n = 0;
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c == '%' && i + 2 < rawPath.length()) {
                bytes[n++] = (byte) Integer.parseInt(rawPath.substring(i + 1, i + 3), 16);
                i += 2;
            } else {
                bytes[n++] = (byte) c;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, n)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}

package org.handbookpress.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.handbookpress.findings.Findings;

/**
 * Reads a content file as text, refusing what is not a text file an author meant to write: binary files, files too
 * large to be a handbook page, and text in an encoding it cannot tell. UTF-8 is the rule; UTF-16 with its byte-order
 * mark is read as it is, and text that is not UTF-8 but reads as Windows-1252 is read so, with a warning.
 */
public final class SourceText {

    /** Far larger than any real handbook page; larger files are almost always a mistake (a PDF renamed .md). */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    /** A notebook's saved outputs (plots, as pictures written out in text) make it larger than its words; its limit. */
    static final long MAX_NOTEBOOK_BYTES = 40L * 1024 * 1024;

    private SourceText() {
    }

    /** @return the text with a byte-order mark removed and line endings normalised, or empty when reported */
    public static Optional<String> read(Path file, String name, Findings findings) throws IOException {
        return read(file, name, findings, null);
    }

    /** As above, handing the file's bytes as read to {@code bytesRead} (when not null), before they are checked. */
    public static Optional<String> read(Path file, String name, Findings findings, Consumer<byte[]> bytesRead) throws IOException {
        long size = Files.size(file);
        long limit = Notebooks.isNotebook(name) ? MAX_NOTEBOOK_BYTES : MAX_BYTES;
        if (size > limit) {
            findings.error(name, 0, "file.too-large", "file is " + (size / (1024 * 1024)) + " MB, larger than the "
                    + (limit / (1024 * 1024)) + " MB a page may be", "split it into several pages, or move it out of the content folder");
            return Optional.empty();
        }
        byte[] bytes = Files.readAllBytes(file);
        if (bytesRead != null) {
            bytesRead.accept(bytes);
        }
        String unicode = utf16(bytes);
        if (unicode != null) {
            // Notepad's "Unicode" and PowerShell's "> file.md" write UTF-16 with its byte-order mark: Unicode all the same.
            return Optional.of(unicode.replace("\r\n", "\n").replace('\r', '\n'));
        }
        // One pass over the bytes says what the rest needs: a NUL (not text), any byte past ASCII (only then can the
        // bytes fail to be UTF-8) and any CR (only then are line endings rewritten). A 10,000-page build read 80 MB:
        // checking, decoding and rewriting it in three further passes was a tenth of its loading.
        boolean pastAscii = false;
        boolean carriageReturn = false;
        for (byte b : bytes) {
            if (b == 0) {
                findings.error(name, 0, "file.binary", "this is a binary file, not Markdown text",
                        "remove it or give it the right extension; only text files may end in .md");
                return Optional.empty();
            }
            pastAscii |= b < 0;
            carriageReturn |= b == '\r';
        }
        String text;
        if (!pastAscii) {
            text = new String(bytes, StandardCharsets.US_ASCII);
        } else {
            try {
                text = decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                text = westernEuropean(bytes);
                if (text == null) {
                    findings.error(name, lineOfFirstInvalidByte(bytes), "file.encoding", "file is not UTF-8 text",
                            "save it as UTF-8 in your editor (\"Save with encoding\" › UTF-8)");
                    return Optional.empty();
                }
                findings.warning(name, lineOfFirstInvalidByte(bytes), "file.encoding", "file is not UTF-8 text: it was read as"
                                + " Windows-1252 (Western European), as Windows' Notepad and older editors save \"ANSI\" text",
                        "check its accented letters, pound and euro signs and curly quotes on the page, and save it as UTF-8"
                                + " (\"Save with encoding\" › UTF-8) so that every editor and tool reads it alike");
            }
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
        }
        return Optional.of(carriageReturn ? text.replace("\r\n", "\n").replace('\r', '\n') : text);
    }

    private static java.nio.charset.CharsetDecoder decoder(java.nio.charset.Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Text that opens with UTF-16's byte-order mark, decoded; null for any other. */
    private static String utf16(byte[] bytes) {
        if (bytes.length < 2 || !(bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            return null;
        }
        if (bytes.length >= 4 && bytes[0] == (byte) 0xFF && bytes[2] == 0 && bytes[3] == 0) {
            return null; // UTF-32's mark begins as UTF-16's: not read, reported as binary
        }
        try {
            return decoder(StandardCharsets.UTF_16).decode(ByteBuffer.wrap(bytes)).toString(); // the mark says the order, and is dropped
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Bytes that are not UTF-8, as Windows-1252 (a superset of Latin-1): what a Western European Windows editor saves, a
     * "£50" or a "don’t" in it the bytes UTF-8 refuses. Not when a byte has no character there (five do not), nor when
     * more than a fifth of the bytes past spaces are past ASCII, as in Chinese, Japanese or Russian text in an encoding
     * of its own, which would read as nonsense: null then.
     */
    private static String westernEuropean(byte[] bytes) {
        int high = 0;
        int visible = 0;
        for (byte b : bytes) {
            if (b < 0) {
                high++;
            }
            if (b < 0 || b > ' ') {
                visible++;
            }
        }
        if (high * 5 > visible) {
            return null;
        }
        try {
            return decoder(java.nio.charset.Charset.forName("windows-1252")).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException | java.nio.charset.UnsupportedCharsetException e) {
            return null;
        }
    }

    private static int lineOfFirstInvalidByte(byte[] bytes) {
        var decoder = decoder(StandardCharsets.UTF_8);
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return 0;
    }
}

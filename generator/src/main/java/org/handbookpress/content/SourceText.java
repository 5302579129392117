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
 * Reads a content file as text, refusing what is not a text file an author meant to write:
 * binary files, files that are not UTF-8 and files too large to be a handbook page.
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
                text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                findings.error(name, lineOfFirstInvalidByte(bytes), "file.encoding", "file is not UTF-8 text",
                        "save it as UTF-8 in your editor (\"Save with encoding\" › UTF-8)");
                return Optional.empty();
            }
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
        }
        return Optional.of(carriageReturn ? text.replace("\r\n", "\n").replace('\r', '\n') : text);
    }

    private static int lineOfFirstInvalidByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
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

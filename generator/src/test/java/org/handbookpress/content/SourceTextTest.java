package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.handbookpress.findings.Findings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTextTest {

    @TempDir
    Path dir;

    private Optional<String> read(byte[] bytes, Findings findings) throws Exception {
        Path file = Files.write(dir.resolve("page.md"), bytes);
        return SourceText.read(file, "page.md", findings);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static List<String> codes(Findings findings) {
        return findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList();
    }

    @Test
    void plainTextIsReadAsItIs() throws Exception {
        Findings findings = new Findings();
        assertEquals("# Rota\n\nTea at *four*.\n", read("# Rota\n\nTea at *four*.\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), findings).orElseThrow());
        assertEquals(List.of(), codes(findings));
    }

    @Test
    void lineEndingsOfEveryKindBecomeNewlines() throws Exception {
        Findings findings = new Findings();
        // Windows' CR LF, old Mac's lone CR, and a page that mixes them, in ASCII and past it.
        assertEquals("a\nb\nc\nd", read("a\r\nb\rc\nd".getBytes(java.nio.charset.StandardCharsets.UTF_8), findings).orElseThrow());
        assertEquals("café\n\nthé\n", read("café\r\n\r\nthé\r".getBytes(java.nio.charset.StandardCharsets.UTF_8), findings).orElseThrow());
        assertEquals(List.of(), codes(findings));
    }

    @Test
    void aByteOrderMarkIsDropped() throws Exception {
        Findings findings = new Findings();
        byte[] marked = bytes(0xEF, 0xBB, 0xBF, '#', ' ', 'H', 'i', '\r', '\n');
        assertEquals("# Hi\n", read(marked, findings).orElseThrow());
        assertEquals("\u00e9", read(bytes(0xC3, 0xA9), findings).orElseThrow(), "UTF-8 past ASCII is decoded");
        assertEquals(List.of(), codes(findings));
    }

    @Test
    void bytesThatAreNotUtf8AreAFindingOnTheirLine() throws Exception {
        Findings findings = new Findings();
        // Latin-1's é (0xE9) alone on line 3: not UTF-8.
        assertTrue(read(bytes('a', '\n', 'b', '\n', 'c', 0xE9, '\n'), findings).isEmpty());
        assertEquals(List.of("page.md:3 file.encoding"), codes(findings));
    }

    @Test
    void aNulByteIsABinaryFile() throws Exception {
        Findings findings = new Findings();
        assertTrue(read(bytes('P', 'K', 3, 4, 0, 0, 0xE9), findings).isEmpty());
        assertEquals(List.of("page.md:0 file.binary"), codes(findings));
    }
}

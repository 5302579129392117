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
    void westernTextThatIsNotUtf8IsReadAsWindows1252WithAWarningOnItsLine() throws Exception {
        Findings findings = new Findings();
        // As Notepad saves "ANSI": a pound sign (0xA3), curly apostrophe (0x92) and quotes (0x93, 0x94), an e acute (0xE9).
        byte[] ansi = "# Expenses\n\nClaims up to \u00a350 need a receipt.\nDon\u2019t forget the \u201cmileage\u201d form at the caf\u00e9.\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertEquals("# Expenses\n\nClaims up to \u00a350 need a receipt.\nDon\u2019t forget the \u201cmileage\u201d form at the caf\u00e9.\n",
                read(ansi, findings).orElseThrow());
        assertEquals(List.of("page.md:3 file.encoding"), codes(findings));
        assertEquals(org.handbookpress.findings.Severity.WARNING, findings.sorted().get(0).severity());
    }

    @Test
    void textInAnotherEncodingIsAnErrorOnItsLine() throws Exception {
        Findings findings = new Findings();
        // Mostly past ASCII, as Japanese in Shift_JIS is: Windows-1252 would make nonsense of it.
        byte[] japanese = "# \u5f53\u756a\u8868\n\n\u706b\u66dc\u65e5\u306e\u5f53\u756a\u3002\n".getBytes(java.nio.charset.Charset.forName("Shift_JIS"));
        assertTrue(read(japanese, findings).isEmpty());
        assertEquals(List.of("page.md:1 file.encoding"), codes(findings));
        assertEquals(org.handbookpress.findings.Severity.ERROR, findings.sorted().get(0).severity());
        // A byte Windows-1252 has no character for (0x81), in otherwise Western text.
        Findings undefined = new Findings();
        assertTrue(read(bytes('T', 'e', 'a', ' ', 'a', 't', ' ', 'f', 'o', 'u', 'r', '\n', 'o', 'k', 0x81, '\n'), undefined).isEmpty());
        assertEquals(List.of("page.md:2 file.encoding"), codes(undefined));
    }

    @Test
    void utf16WithItsByteOrderMarkIsRead() throws Exception {
        Findings findings = new Findings();
        byte[] little = "\ufeff# Rota\r\n\r\nCaf\u00e9 at four.\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        assertEquals("# Rota\n\nCaf\u00e9 at four.\n", read(little, findings).orElseThrow());
        byte[] big = "\ufeff# Rota\n".getBytes(java.nio.charset.StandardCharsets.UTF_16BE);
        assertEquals("# Rota\n", read(big, findings).orElseThrow());
        assertEquals(List.of(), codes(findings));
    }

    @Test
    void aNulByteIsABinaryFile() throws Exception {
        Findings findings = new Findings();
        assertTrue(read(bytes('P', 'K', 3, 4, 0, 0, 0xE9), findings).isEmpty());
        assertEquals(List.of("page.md:0 file.binary"), codes(findings));
    }
}

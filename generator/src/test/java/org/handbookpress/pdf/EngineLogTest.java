package org.handbookpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.commons.logging.LogFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.handbookpress.testing.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDFBox's own log lines never reach the console; its errors during a print reach that print. */
class EngineLogTest {

    @Test
    void commonsLoggingHandsPdfboxThisFactory() {
        assertInstanceOf(EngineLog.class, LogFactory.getFactory());
        assertInstanceOf(EngineLog.Quiet.class, LogFactory.getLog(PDDocument.class));
    }

    @Test
    void errorsLoggedDuringAPrintGoToThatPrintAndNowhereElse() {
        var log = LogFactory.getLog("org.apache.pdfbox.pdmodel.interactive.form.AppearanceGeneratorHelper");
        log.error("outside any print: dropped");
        EngineLog.Captured<String> captured = EngineLog.during(() -> {
            log.warn("widget of field x has no rectangle, no appearance stream created");
            log.error("could not read the font");
            return "printed";
        });
        assertEquals("printed", captured.result());
        assertEquals(List.of("could not read the font"), captured.errors());
    }

    @Test
    void aBuildWithFormsPrintsNothingOfPdfboxToTheConsole(@TempDir Path temp) throws Exception {
        ProjectFixture project = new ProjectFixture(temp)
                .file("handbook.yml", """
                        title: Forms
                        packs:
                          - id: workbook
                            title: Workbook
                            forms: true
                            include: [exercises.md]
                        """)
                .file("index.md", "---\ntitle: Home\n---\nWelcome.\n")
                .file("exercises.md", "---\ntitle: Exercises\nkind: chapter\n---\n"
                        + "> [!EXERCISE] 4 lines\n> Write down one thing.\n\n".repeat(30));
        List<LogRecord> julRecords = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                julRecords.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(console, true, StandardCharsets.UTF_8);
        try {
            System.setOut(capture);
            System.setErr(capture);
            project.build();
        } finally {
            System.setOut(out);
            System.setErr(err);
            root.removeHandler(handler);
        }
        assertTrue(Files.exists(project.output().resolve("downloads/workbook.pdf")));
        String printed = console.toString(StandardCharsets.UTF_8);
        assertFalse(printed.toLowerCase(java.util.Locale.ROOT).contains("pdfbox") || printed.contains("widget")
                || printed.contains("embedded"), printed);
        assertEquals(List.of(), julRecords.stream().filter(r -> r.getLoggerName() != null
                && (r.getLoggerName().startsWith("org.apache.pdfbox") || r.getLoggerName().startsWith("org.apache.fontbox")
                || r.getLoggerName().startsWith("com.openhtmltopdf"))).map(LogRecord::getMessage).toList());
    }
}

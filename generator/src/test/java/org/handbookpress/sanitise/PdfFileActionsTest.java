package org.handbookpress.sanitise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.handbookpress.BuildResult;
import org.handbookpress.TestHandbooks;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Findings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDFs among a handbook's files are published as they are; what one does by itself in a PDF reader is said. */
class PdfFileActionsTest {

    @Test
    void aFormThatSendsItsAnswersAndRunsScriptsIsSaid(@TempDir Path dir) throws Exception {
        Path form = pdf(dir.resolve("referral-form.pdf"), (doc, page) -> {
            COSDictionary spec = new COSDictionary();
            spec.setName(COSName.FS, "URL");
            spec.setString(COSName.F, "https://forms.example/referrals");
            COSDictionary submit = action("SubmitForm");
            submit.setItem(COSName.F, spec);
            widget(page, submit);
            COSDictionary sum = action("JavaScript");
            sum.setString(COSName.JS, "event.value = this.getField('a').value + this.getField('b').value;");
            COSDictionary onKey = new COSDictionary();
            onKey.setItem(COSName.getPDFName("C"), sum);
            widget(page, null).getCOSObject().setItem(COSName.AA, onKey);
        });
        assertEquals(Set.of("runs JavaScript (as it is opened, printed or filled in)",
                "sends what is filled in to https://forms.example/referrals"), PdfFileActions.actions(form));
    }

    @Test
    void anAddressOpenedAsTheDocumentOpensIsSaidAndALinkIsNot(@TempDir Path dir) throws Exception {
        Path pixel = pdf(dir.resolve("newsletter.pdf"), (doc, page) -> {
            COSDictionary open = action("URI");
            open.setString(COSName.URI, "https://track.example/opened?id=42");
            doc.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("OpenAction"), open);
        });
        assertEquals(Set.of("opens https://track.example/opened?id=42 as it is opened"), PdfFileActions.actions(pixel));

        Path linked = pdf(dir.resolve("leaflet.pdf"), (doc, page) -> {
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(10, 10, 100, 20));
            PDActionURI uri = new PDActionURI();
            uri.setURI("https://www.example.org/donate");
            link.setAction(uri);
            page.getAnnotations().add(link);
        });
        assertEquals(Set.of(), PdfFileActions.actions(linked), "a link the reader clicks is the reader's own doing");
    }

    /** Document-level scripts sit in the catalogue's name tree, which PDFBox writes into a compressed object stream. */
    @Test
    void aDocumentScriptInTheNameTreeIsFoundInsideCompressedObjects(@TempDir Path dir) throws Exception {
        Path script = pdf(dir.resolve("policy.pdf"), (doc, page) -> {
            COSDictionary js = action("JavaScript");
            js.setItem(COSName.JS, new COSString("app.alert('Hello');"));
            COSArray names = new COSArray();
            names.add(new COSString("start"));
            names.add(js);
            COSDictionary tree = new COSDictionary();
            tree.setItem(COSName.NAMES, names);
            COSDictionary nameDictionary = new COSDictionary();
            nameDictionary.setItem(COSName.JAVA_SCRIPT, tree);
            doc.getDocumentCatalog().getCOSObject().setItem(COSName.NAMES, nameDictionary);
        });
        String raw = new String(Files.readAllBytes(script), StandardCharsets.ISO_8859_1);
        assertTrue(raw.contains("/ObjStm") && !raw.contains("app.alert"), "the script is compressed out of sight of a byte search");
        assertEquals(Set.of("runs JavaScript (as it is opened, printed or filled in)"), PdfFileActions.actions(script));
    }

    @Test
    void aPlainOrDamagedPdfIsPublishedWithoutAFinding(@TempDir Path dir) throws Exception {
        Path plain = pdf(dir.resolve("plain.pdf"), (doc, page) -> { });
        Path damaged = Files.writeString(dir.resolve("damaged.pdf"), "%PDF-1.7\n1 0 obj << /S /JavaScript /JS (x) >>\n");
        Findings findings = new Findings();
        PdfFileActions.checkAll(dir::resolve, List.of("plain.pdf", "damaged.pdf", "notes.txt"), 2, findings);
        assertEquals(List.of(), findings.sorted());
        assertEquals(Set.of(), PdfFileActions.actions(plain));
        assertEquals(Set.of(), PdfFileActions.actions(damaged));
    }

    @Test
    void theBuildSaysItAndPublishesTheFileAsItIs(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of("index.md", "# Welcome\n\nFill in the [referral form](forms/referral.pdf).\n"));
        Path form = pdf(Files.createDirectories(content.resolve("forms")).resolve("referral.pdf"), (doc, page) -> {
            COSDictionary open = action("JavaScript");
            open.setString(COSName.JS, "this.submitForm('https://forms.example/opened');");
            doc.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("OpenAction"), open);
        });
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.build(content, out);
        List<Finding> said = result.findings().stream().filter(f -> f.code().equals("file.pdf-actions")).toList();
        assertEquals(1, said.size(), result.findings().toString());
        assertEquals("forms/referral.pdf", said.get(0).file());
        assertTrue(said.get(0).message().contains("runs JavaScript"), said.get(0).message());
        assertArrayEquals(Files.readAllBytes(form), Files.readAllBytes(out.resolve("forms/referral.pdf")));
    }

    private interface Content {
        void add(PDDocument doc, PDPage page) throws Exception;
    }

    private static Path pdf(Path file, Content content) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            content.add(doc, page);
            doc.save(file.toFile());
        }
        return file;
    }

    private static COSDictionary action(String type) {
        COSDictionary action = new COSDictionary();
        action.setItem(COSName.TYPE, COSName.getPDFName("Action"));
        action.setName(COSName.S, type);
        return action;
    }

    private static PDAnnotationWidget widget(PDPage page, COSDictionary action) throws Exception {
        PDAnnotationWidget widget = new PDAnnotationWidget();
        widget.setRectangle(new PDRectangle(10, 40, 100, 20));
        if (action != null) {
            widget.getCOSObject().setItem(COSName.A, action);
        }
        page.getAnnotations().add(widget);
        return widget;
    }
}

package org.handbookpress.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Makes a PDF's bytes depend only on its content: the info dictionary's and the XMP packet's dates
 * come from the build timestamp instead of the clock, and the document ID is a digest of the
 * content instead of PDFBox's time-seeded one.
 */
final class ReproduciblePdf {

    private ReproduciblePdf() {
    }

    static byte[] save(PDDocument doc, PdfMetadata meta) throws IOException {
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        when.setTimeInMillis(meta.timestamp().toEpochMilli());
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(meta.title());
        if (meta.author() != null && !meta.author().isBlank()) {
            info.setAuthor(meta.author());
        }
        if (meta.subject() != null && !meta.subject().isBlank()) {
            info.setSubject(meta.subject());
        }
        info.setCreator("Handbook Press");
        info.setProducer("Handbook Press (OpenHTMLtoPDF, Apache PDFBox)");
        info.setCreationDate(when);
        info.setModificationDate(when);
        doc.getDocumentCatalog().setLanguage(meta.language());
        rewriteXmp(doc, meta, when);

        // First pass with a fixed ID, to digest the content; then the real ID from that digest.
        setId(doc, new byte[16]);
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        doc.save(first);
        setId(doc, digest(first.toByteArray()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    private static void rewriteXmp(PDDocument doc, PdfMetadata meta, Calendar when) throws IOException {
        PDMetadata existing = doc.getDocumentCatalog().getMetadata();
        XMPMetadata xmp;
        try {
            xmp = existing == null ? XMPMetadata.createXMPMetadata()
                    : new DomXmpParser().parse(existing.toByteArray());
        } catch (XmpParsingException e) {
            throw new IOException("cannot read the PDF's XMP metadata: " + e.getMessage(), e);
        }
        XMPBasicSchema basic = xmp.getXMPBasicSchema() != null ? xmp.getXMPBasicSchema() : xmp.createAndAddXMPBasicSchema();
        basic.setCreateDate(when);
        basic.setModifyDate(when);
        basic.setMetadataDate(when);
        basic.setCreatorTool("Handbook Press");
        DublinCoreSchema dc = xmp.getDublinCoreSchema() != null ? xmp.getDublinCoreSchema() : xmp.createAndAddDublinCoreSchema();
        dc.setTitle(meta.title());
        AdobePDFSchema pdf = xmp.getAdobePDFSchema() != null ? xmp.getAdobePDFSchema() : xmp.createAndAddAdobePDFSchema();
        pdf.setProducer("Handbook Press (OpenHTMLtoPDF, Apache PDFBox)");
        ByteArrayOutputStream serialized = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, serialized, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException("cannot write the PDF's XMP metadata: " + e.getMessage(), e);
        }
        PDMetadata metadata = new PDMetadata(doc, new ByteArrayInputStream(serialized.toByteArray()));
        doc.getDocumentCatalog().setMetadata(metadata);
    }

    private static void setId(PDDocument doc, byte[] id) {
        COSArray array = new COSArray();
        array.add(new COSString(id));
        array.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, array);
    }

    private static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("MD5").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

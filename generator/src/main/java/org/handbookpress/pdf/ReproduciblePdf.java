package org.handbookpress.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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

/**
 * Makes a PDF's bytes depend only on its content: the info dictionary's and the XMP packet's dates
 * come from the build timestamp instead of the clock, and the document ID is a digest of the
 * content instead of PDFBox's time-seeded one: a digest of the PDF's inputs when the caller has one
 * ({@link PdfCache}'s key), else of the saved bytes. For the latter the PDF is saved once, with a placeholder
 * ID written in hexadecimal, and the digest of those bytes then replaces the placeholder in place (same length),
 * rather than saving a second time with the ID (saving was a tenth of a print's time).
 */
final class ReproduciblePdf {

    private ReproduciblePdf() {
    }

    /**
     * @param inputDigest a digest (16 bytes or more) of everything the PDF is made from, whose first 16 bytes are its
     *                    document ID; null to take the ID from the saved bytes
     */
    static byte[] save(PDDocument doc, PdfMetadata meta, byte[] inputDigest) throws IOException {
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
        rewriteXmp(doc, meta, info);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (inputDigest != null) {
            setId(doc, java.util.Arrays.copyOf(inputDigest, 16));
            doc.save(out);
            return out.toByteArray();
        }
        setId(doc, PLACEHOLDER);
        doc.save(out);
        byte[] bytes = out.toByteArray();
        byte[] written = hexString(PLACEHOLDER);
        byte[] id = hexString(digest(bytes));
        // The trailer (or cross-reference stream dictionary) comes last: its ID is the last two occurrences.
        int at = bytes.length;
        for (int i = 0; i < 2; i++) {
            at = lastIndexOf(bytes, written, at - 1);
            if (at < 0) {
                throw new IOException("the saved PDF does not carry its placeholder document ID");
            }
            System.arraycopy(id, 0, bytes, at, id.length);
        }
        return bytes;
    }

    /** The ID written before the digest is known: not all zeros, so that it cannot be mistaken for padding. */
    private static final byte[] PLACEHOLDER = "HandbookPress-ID".getBytes(StandardCharsets.US_ASCII);

    /** A string as PDFBox writes it in hexadecimal form: {@code <48616E…>}. */
    private static byte[] hexString(byte[] value) {
        return ("<" + java.util.HexFormat.of().withUpperCase().formatHex(value) + ">").getBytes(StandardCharsets.US_ASCII);
    }

    private static int lastIndexOf(byte[] bytes, byte[] sought, int from) {
        for (int i = Math.min(from, bytes.length - sought.length); i >= 0; i--) {
            int j = 0;
            while (j < sought.length && bytes[i + j] == sought[j]) {
                j++;
            }
            if (j == sought.length) {
                return i;
            }
        }
        return -1;
    }

    /** Replaces the layout engine's XMP packet by one written from the final information dictionary ({@link XmpPacket}). */
    private static void rewriteXmp(PDDocument doc, PdfMetadata meta, PDDocumentInformation info) {
        byte[] packet = XmpPacket.of(new XmpPacket.Fields(meta.title(), info.getAuthor(), info.getSubject(), info.getKeywords(),
                info.getProducer(), info.getCreator(), meta.timestamp(), String.valueOf(doc.getVersion())));
        PDMetadata metadata = new PDMetadata(doc);
        try (OutputStream out = metadata.getCOSObject().createOutputStream()) {
            out.write(packet);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF's metadata in memory", e);
        }
        doc.getDocumentCatalog().setMetadata(metadata);
    }

    private static void setId(PDDocument doc, byte[] id) {
        COSArray array = new COSArray();
        for (int i = 0; i < 2; i++) {
            COSString string = new COSString(id);
            string.setForceHexForm(true); // so that the digest written over it has the same length
            array.add(string);
        }
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

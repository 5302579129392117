package org.handbookpress.pdf;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.handbookpress.xml.XmlText;

/**
 * A PDF's XMP metadata packet, written as text: what the document information dictionary says (title, author,
 * subject, keywords, producer, creator tool, dates), which PDF/A requires the packet to repeat, and the PDF/A-3u
 * and PDF/UA-1 identification, with the extension schemas PDF/A asks for namespaces it does not define.
 *
 * <p>The layout engine writes a packet of its own with the XMP library, before the build sets the final title and
 * dates; reading that back and writing it again with the library (an XML parser and a transformer, each looked up
 * among every jar's services, dates parsed through formatters) was a tenth of a chapter PDF's time. So the packet is
 * written once, here, from the final values, replacing the engine's: which also keeps its description the same as
 * the information dictionary's subject (the engine's copy held the page's own description).
 */
final class XmpPacket {

    /** The identification a PDF claims; it matches the layout engine's settings ({@link HtmlToPdf}). */
    private static final int PDF_A_PART = 3;
    private static final String PDF_A_CONFORMANCE = "U";
    private static final int PDF_UA_PART = 1;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'+00:00'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /**
     * What the packet says; null or blank author, subject and keywords are left out.
     *
     * @param pdfVersion the version the PDF's header gives, such as {@code 1.7}
     */
    record Fields(String title, String author, String subject, String keywords, String producer, String creatorTool,
                  Instant date, String pdfVersion) {
    }

    private XmpPacket() {
    }

    static byte[] of(Fields fields) {
        String date = DATE.format(fields.date().truncatedTo(ChronoUnit.SECONDS));
        StringBuilder xmp = new StringBuilder(4096);
        xmp.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("  <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        extensionSchemas(xmp);
        xmp.append("    <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
                .append("      <pdfaid:part>").append(PDF_A_PART).append("</pdfaid:part>\n")
                .append("      <pdfaid:conformance>").append(PDF_A_CONFORMANCE).append("</pdfaid:conformance>\n")
                .append("    </rdf:Description>\n")
                .append("    <rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n")
                .append("      <pdfuaid:part>").append(PDF_UA_PART).append("</pdfuaid:part>\n")
                .append("    </rdf:Description>\n")
                .append("    <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
                .append("      <pdf:PDFVersion>").append(XmlText.escape(fields.pdfVersion())).append("</pdf:PDFVersion>\n")
                .append("      <pdf:Producer>").append(XmlText.escape(fields.producer())).append("</pdf:Producer>\n");
        if (present(fields.keywords())) {
            xmp.append("      <pdf:Keywords>").append(XmlText.escape(fields.keywords())).append("</pdf:Keywords>\n");
        }
        xmp.append("    </rdf:Description>\n")
                .append("    <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
                .append("      <xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n")
                .append("      <xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n")
                .append("      <xmp:MetadataDate>").append(date).append("</xmp:MetadataDate>\n")
                .append("      <xmp:CreatorTool>").append(XmlText.escape(fields.creatorTool())).append("</xmp:CreatorTool>\n")
                .append("    </rdf:Description>\n")
                .append("    <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("      <dc:format>application/pdf</dc:format>\n");
        alternative(xmp, "title", fields.title());
        if (present(fields.author())) {
            xmp.append("      <dc:creator><rdf:Seq><rdf:li>").append(XmlText.escape(fields.author()))
                    .append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        if (present(fields.subject())) {
            alternative(xmp, "description", fields.subject());
        }
        xmp.append("    </rdf:Description>\n")
                .append("  </rdf:RDF>\n")
                .append("</x:xmpmeta>\n")
                .append("<?xpacket end=\"w\"?>");
        return xmp.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void alternative(StringBuilder xmp, String property, String value) {
        xmp.append("      <dc:").append(property).append("><rdf:Alt><rdf:li xml:lang=\"x-default\">")
                .append(XmlText.escape(value == null ? "" : value)).append("</rdf:li></rdf:Alt></dc:").append(property).append(">\n");
    }

    /**
     * The PDF/A extension schemas for the namespaces PDF/A does not define itself (PDF/UA's identification), and for
     * the Adobe PDF and PDF/A identification schemas, as the layout engine declared them.
     */
    private static void extensionSchemas(StringBuilder xmp) {
        xmp.append("    <rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
                .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
                .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n")
                .append("      <pdfaExtension:schemas>\n        <rdf:Bag>\n");
        schema(xmp, "Adobe PDF Schema", "http://ns.adobe.com/pdf/1.3/", "pdf",
                new String[][] {{"PDFVersion", "Text", "internal", "The PDF file version."},
                        {"Keywords", "Text", "external", "Keywords."},
                        {"Producer", "AgentName", "internal", "The name of the tool that created the PDF document."}});
        schema(xmp, "PDF/A ID Schema", "http://www.aiim.org/pdfa/ns/id/", "pdfaid",
                new String[][] {{"part", "Integer", "internal", "Part of PDF/A standard"},
                        {"conformance", "Text", "internal", "Conformance level of PDF/A standard"}});
        schema(xmp, "PDF/UA Universal Accessibility Schema", "http://www.aiim.org/pdfua/ns/id/", "pdfuaid",
                new String[][] {{"part", "Integer", "internal", "Part of ISO 14289 the document follows"}});
        xmp.append("        </rdf:Bag>\n      </pdfaExtension:schemas>\n    </rdf:Description>\n");
    }

    /** @param properties each property's name, value type, category and description */
    private static void schema(StringBuilder xmp, String name, String namespace, String prefix, String[][] properties) {
        xmp.append("          <rdf:li rdf:parseType=\"Resource\">\n")
                .append("            <pdfaSchema:schema>").append(name).append("</pdfaSchema:schema>\n")
                .append("            <pdfaSchema:namespaceURI>").append(namespace).append("</pdfaSchema:namespaceURI>\n")
                .append("            <pdfaSchema:prefix>").append(prefix).append("</pdfaSchema:prefix>\n")
                .append("            <pdfaSchema:property>\n              <rdf:Seq>\n");
        for (String[] property : properties) {
            xmp.append("                <rdf:li rdf:parseType=\"Resource\">")
                    .append("<pdfaProperty:name>").append(property[0]).append("</pdfaProperty:name>")
                    .append("<pdfaProperty:valueType>").append(property[1]).append("</pdfaProperty:valueType>")
                    .append("<pdfaProperty:category>").append(property[2]).append("</pdfaProperty:category>")
                    .append("<pdfaProperty:description>").append(property[3]).append("</pdfaProperty:description>")
                    .append("</rdf:li>\n");
        }
        xmp.append("              </rdf:Seq>\n            </pdfaSchema:property>\n          </rdf:li>\n");
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}

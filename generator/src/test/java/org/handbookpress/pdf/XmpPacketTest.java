package org.handbookpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.AbstractSimpleProperty;
import org.apache.xmpbox.type.ArrayProperty;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;

class XmpPacketTest {

    private static final Instant WHEN = Instant.parse("2026-03-04T05:06:07.890Z");

    @Test
    void anXmpLibraryReadsBackEveryField() throws Exception {
        byte[] packet = XmpPacket.of(new XmpPacket.Fields("Safeguarding & you <draft>", "Riverside Mentors", "How we keep people safe",
                "safety, mentors", "Handbook Press (OpenHTMLtoPDF, Apache PDFBox)", "Handbook Press", WHEN, "1.7"));
        XMPMetadata xmp = new DomXmpParser().parse(packet);

        DublinCoreSchema dc = xmp.getDublinCoreSchema();
        assertEquals("Safeguarding & you <draft>", dc.getTitle());
        assertEquals(List.of("Riverside Mentors"), dc.getCreators());
        assertEquals("How we keep people safe", dc.getDescription());
        assertEquals("application/pdf", dc.getFormat());
        PDFAIdentificationSchema pdfa = xmp.getPDFAIdentificationSchema();
        assertEquals(3, pdfa.getPart());
        assertEquals("U", pdfa.getConformance());
        assertEquals("1", ((AbstractSimpleProperty) xmp.getSchema("http://www.aiim.org/pdfua/ns/id/").getProperty("part")).getStringValue());
        AdobePDFSchema pdf = xmp.getAdobePDFSchema();
        assertEquals("Handbook Press (OpenHTMLtoPDF, Apache PDFBox)", pdf.getProducer());
        assertEquals("safety, mentors", pdf.getKeywords());
        assertEquals("1.7", pdf.getPDFVersion());
        XMPBasicSchema basic = xmp.getXMPBasicSchema();
        assertEquals("Handbook Press", basic.getCreatorTool());
        // To the second, as the information dictionary's dates are written.
        assertEquals(Instant.parse("2026-03-04T05:06:07Z"), basic.getCreateDate().toInstant());
        assertEquals(Instant.parse("2026-03-04T05:06:07Z"), basic.getModifyDate().toInstant());
        assertEquals(Instant.parse("2026-03-04T05:06:07Z"), basic.getMetadataDate().toInstant());
        assertEquals(3, ((ArrayProperty) xmp.getPDFExtensionSchema().getProperty("schemas")).getAllProperties().size(),
                "the extension schemas PDF/A asks for, PDF/UA's identification among them");
    }

    @Test
    void leavesOutWhatIsNotSet() throws Exception {
        XMPMetadata xmp = new DomXmpParser().parse(XmpPacket.of(new XmpPacket.Fields("Title", null, " ", null, "P", "C", WHEN, "1.7")));
        assertNull(xmp.getDublinCoreSchema().getCreators());
        assertNull(xmp.getDublinCoreSchema().getDescription());
        assertNull(xmp.getAdobePDFSchema().getKeywords());
    }
}

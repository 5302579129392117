package org.handbookpress.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF's verdict on a PDF the build printed: tagged for screen readers (PDF/UA-1) and archival (PDF/A-3u), as every one is. */
public final class VeraPdf {

    private VeraPdf() {
    }

    /** Fails with the rules broken, clause and test number, when the PDF is not PDF/UA-1 and PDF/A-3u. */
    public static void assertPdfUaAndPdfA(Path pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_3_U)) {
            try (InputStream in = Files.newInputStream(pdf);
                 PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour)) {
                ValidationResult validation = Foundries.defaultInstance().createValidator(flavour, false).validate(parser);
                List<String> failed = validation.getTestAssertions().stream()
                        .filter(t -> t.getStatus() == TestAssertion.Status.FAILED)
                        .map(t -> t.getRuleId().getClause() + "-" + t.getRuleId().getTestNumber() + " " + t.getMessage())
                        .distinct().toList();
                assertTrue(validation.isCompliant(), pdf + " is not " + flavour + ": " + failed);
            }
        }
    }
}

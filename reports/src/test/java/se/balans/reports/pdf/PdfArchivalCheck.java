package se.balans.reports.pdf;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Validation with veraPDF of what the PDF claims to be: archival PDF/A-2a (tagged, so a level above
 * 2b and 2u) and accessible PDF/UA-1. For every report's tests; also used by the CLI's tests (test-jar).
 */
public final class PdfArchivalCheck {
    private PdfArchivalCheck() {
    }

    /** The PDF/A-2a rules the document breaks, one line each ("clause-test: message"); empty if it is compliant. */
    public static List<String> failures(byte[] pdf) throws Exception {
        return failures(pdf, PDFAFlavour.PDFA_2_A);
    }

    /** The PDF/UA-1 rules the document breaks, one line each ("clause-test: message"); empty if it is compliant. */
    public static List<String> uaFailures(byte[] pdf) throws Exception {
        return failures(pdf, PDFAFlavour.PDFUA_1);
    }

    private static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = new ArrayList<>(result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().toList());
            if (failures.isEmpty() && !result.isCompliant()) {
                failures.add("not compliant, with no failed assertion listed");
            }
            return failures;
        }
    }
}

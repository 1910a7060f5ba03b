package se.balans.reports.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

import javax.xml.transform.TransformerException;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

import se.balans.reports.document.ReportDocument;

/**
 * What makes the PDF an archival PDF/A-2b document and reproducible: the document information
 * and the same facts as XMP metadata (PDF/A requires the two to agree), an sRGB output intent, and
 * a document /ID derived from the input fingerprint instead of from the clock.
 */
final class PdfArchival {
    private static final String SRGB = "sRGB IEC61966-2.1";

    private PdfArchival() {
    }

    static void apply(PDDocument pdf, ReportDocument doc) throws IOException {
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        when.setTimeInMillis(doc.metadata().timestamp().toEpochMilli());
        String creator = "Balans " + doc.metadata().engineVersion();
        String keywords = doc.metadata().inputFingerprint();

        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(doc.title());
        info.setAuthor(doc.region());
        info.setSubject(doc.period());
        info.setKeywords(keywords);
        info.setCreator(creator);
        info.setProducer(creator);
        info.setCreationDate(when);
        info.setModificationDate(when);
        info.setCustomMetadataValue("BalansInputFingerprint", doc.metadata().inputFingerprint());
        info.setCustomMetadataValue("BalansEngineVersion", doc.metadata().engineVersion());

        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        catalog.setLanguage(doc.language().locale().toLanguageTag());
        PDMetadata metadata = new PDMetadata(pdf);
        metadata.importXMPMetadata(xmp(doc, when, creator, keywords));
        catalog.setMetadata(metadata);

        byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PDOutputIntent intent = new PDOutputIntent(pdf, new ByteArrayInputStream(icc));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);

        byte[] id = Arrays.copyOf(sha256(doc.metadata().inputFingerprint() + "|" + doc.title() + "|"
                + doc.language()), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(org.apache.pdfbox.cos.COSName.ID, ids);
    }

    private static byte[] xmp(ReportDocument doc, Calendar when, String creator, String keywords) throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(doc.title());
        dc.addCreator(doc.region());
        dc.setDescription(doc.period());
        dc.setFormat("application/pdf");
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreateDate(when);
        basic.setModifyDate(when);
        basic.setMetadataDate(when);
        basic.setCreatorTool(creator);
        AdobePDFSchema adobe = xmp.createAndAddAdobePDFSchema();
        adobe.setProducer(creator);
        adobe.setKeywords(keywords);
        PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
        try {
            id.setPart(2);
            id.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, out, true);
        } catch (TransformerException e) {
            throw new IOException("cannot write the XMP metadata", e);
        }
        return out.toByteArray();
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}

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
import org.apache.xmpbox.schema.PDFAExtensionSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.type.ArrayProperty;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.type.Cardinality;
import org.apache.xmpbox.type.PDFAPropertyType;
import org.apache.xmpbox.type.PDFASchemaType;
import org.apache.xmpbox.xml.XmpSerializer;

import se.balans.reports.document.ReportDocument;

/**
 * What makes the PDF an archival PDF/A-2a and accessible PDF/UA-1 document, and reproducible: the
 * document information and the same facts as XMP metadata (PDF/A requires the two to agree), with
 * the title (dc:title) and the claims of both standards (pdfaid, and pdfuaid with the extension
 * schema that PDF/A asks for a property it does not know), the document's language, an sRGB output
 * intent, and a document /ID derived from the input fingerprint instead of from the clock. The
 * logical structure that both standards require is {@link PdfStructure}'s.
 */
final class PdfArchival {
    private static final String SRGB = "sRGB IEC61966-2.1";
    private static final String PDFUA_NS = "http://www.aiim.org/pdfua/ns/id/";
    private static final String PDFUA_PREFIX = "pdfuaid";

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
            id.setConformance("A");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException(e);
        }
        accessibility(xmp);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, out, true);
        } catch (TransformerException e) {
            throw new IOException("cannot write the XMP metadata", e);
        }
        return out.toByteArray();
    }

    /**
     * The PDF/UA identification (pdfuaid:part 1) and, since PDF/A-2 allows in XMP only the schemas it
     * names or those the file describes, the description of the pdfuaid schema as a PDF/A extension schema.
     */
    private static void accessibility(XMPMetadata xmp) {
        XMPSchema ua = new XMPSchema(xmp, PDFUA_NS, PDFUA_PREFIX);
        ua.setIntegerPropertyValueAsSimple("part", 1);
        xmp.addSchema(ua);

        PDFAPropertyType part = new PDFAPropertyType(xmp);
        part.addProperty(part.createTextType(PDFAPropertyType.NAME, "part"));
        part.addProperty(part.createTextType(PDFAPropertyType.VALUETYPE, "Integer"));
        part.addProperty(part.createTextType(PDFAPropertyType.CATEGORY, "internal"));
        part.addProperty(part.createTextType(PDFAPropertyType.DESCRIPTION,
                "Indicates, which part of ISO 14289 standard is followed"));
        PDFASchemaType schema = new PDFASchemaType(xmp);
        schema.addProperty(schema.createTextType(PDFASchemaType.SCHEMA, "PDF/UA Universal Accessibility Schema"));
        schema.addProperty(schema.createTextType(PDFASchemaType.NAMESPACE_URI, PDFUA_NS));
        schema.addProperty(schema.createTextType(PDFASchemaType.PREFIX, PDFUA_PREFIX));
        ArrayProperty properties = schema.createArrayProperty(PDFASchemaType.PROPERTY, Cardinality.Seq);
        properties.addProperty(part);
        schema.addProperty(properties);
        PDFAExtensionSchema extension = xmp.createAndAddPDFAExtensionSchemaWithDefaultNS();
        extension.addNamespace(schema.getNamespace(), schema.getPreferedPrefix());
        extension.addNamespace(part.getNamespace(), part.getPreferedPrefix());
        ArrayProperty schemas = extension.createArrayProperty(PDFAExtensionSchema.SCHEMAS, Cardinality.Bag);
        schemas.addProperty(schema);
        extension.addProperty(schemas);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}

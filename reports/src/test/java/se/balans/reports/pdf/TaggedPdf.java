package se.balans.reports.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's logical structure as the tests read it, the way a screen reader does: each structure
 * element with its type, attributes, alternative text, the pages its content is on and the text of
 * that content (found through the marked-content identifiers the element points at).
 */
final class TaggedPdf {
    /** A structure element. */
    record Element(String type, Map<String, String> attributes, String alt, String text, Set<Integer> pages,
                   List<Element> kids) {
        /** This element and every element below it, in reading order. */
        List<Element> all() {
            List<Element> out = new ArrayList<>();
            out.add(this);
            kids.forEach(k -> out.addAll(k.all()));
            return out;
        }

        List<Element> all(String type) {
            return all().stream().filter(e -> e.type.equals(type)).toList();
        }

        List<Element> kids(String type) {
            return kids.stream().filter(e -> e.type.equals(type)).toList();
        }

        /** The text of this element and its descendants, in reading order. */
        String allText() {
            StringBuilder sb = new StringBuilder(text);
            kids.forEach(k -> sb.append(k.allText()));
            return sb.toString();
        }

        Element find(String type, Predicate<Element> p) {
            return all(type).stream().filter(p).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + type + " that matches"));
        }
    }

    final Element document;
    final String language;
    final Boolean displayDocTitle;
    final boolean marked;
    final String xmp;

    private TaggedPdf(Element document, String language, Boolean displayDocTitle, boolean marked, String xmp) {
        this.document = document;
        this.language = language;
        this.displayDocTitle = displayDocTitle;
        this.marked = marked;
        this.xmp = xmp;
    }

    static TaggedPdf read(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            var catalog = d.getDocumentCatalog();
            var root = catalog.getStructureTreeRoot();
            if (root == null) {
                throw new AssertionError("the PDF has no structure tree");
            }
            Map<Integer, Map<Integer, String>> text = new HashMap<>();
            for (int p = 0; p < d.getNumberOfPages(); p++) {
                PDFMarkedContentExtractor x = new PDFMarkedContentExtractor();
                x.processPage(d.getPage(p));
                Map<Integer, String> byMcid = new HashMap<>();
                for (PDMarkedContent mc : x.getMarkedContents()) {
                    if (mc.getMCID() >= 0) {
                        byMcid.merge(mc.getMCID(), text(mc), String::concat);
                    }
                }
                text.put(p, byMcid);
            }
            List<Object> top = root.getKids();
            if (top.size() != 1 || !(top.get(0) instanceof PDStructureElement doc)) {
                throw new AssertionError("the structure tree root should have one Document element, has " + top);
            }
            var mark = catalog.getMarkInfo();
            var prefs = catalog.getViewerPreferences();
            String xmp = new String(catalog.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            return new TaggedPdf(element(d, doc, text), catalog.getLanguage(),
                    prefs == null ? null : prefs.displayDocTitle(), mark != null && mark.isMarked(), xmp);
        }
    }

    private static String value(COSBase v) {
        if (v instanceof COSName n) {
            return n.getName();
        }
        if (v instanceof COSNumber n) {
            return n instanceof COSInteger i ? String.valueOf(i.intValue()) : String.valueOf(n.floatValue());
        }
        if (v instanceof COSArray a) {
            return a.toList().stream().map(TaggedPdf::value).toList().toString();
        }
        return String.valueOf(v);
    }

    private static String text(PDMarkedContent mc) {
        StringBuilder sb = new StringBuilder();
        for (Object o : mc.getContents()) {
            if (o instanceof TextPosition t) {
                sb.append(t.getUnicode());
            } else if (o instanceof PDMarkedContent inner) {
                sb.append(text(inner));
            }
        }
        return sb.toString();
    }

    private static Element element(PDDocument d, PDStructureElement e, Map<Integer, Map<Integer, String>> text) {
        Map<String, String> attributes = new HashMap<>();
        var revisions = e.getAttributes();
        for (int i = 0; i < revisions.size(); i++) {
            COSDictionary dict = revisions.getObject(i).getCOSObject();
            for (COSName key : dict.keySet()) {
                if (!key.equals(COSName.O)) {
                    attributes.put(key.getName(), value(dict.getDictionaryObject(key)));
                }
            }
        }
        StringBuilder own = new StringBuilder();
        Set<Integer> pages = new LinkedHashSet<>();
        List<Element> kids = new ArrayList<>();
        for (Object k : e.getKids()) {
            if (k instanceof PDStructureElement child) {
                Element c = element(d, child, text);
                kids.add(c);
                pages.addAll(c.pages());
            } else if (k instanceof Integer mcid) {
                int page = d.getPages().indexOf(e.getPage());
                pages.add(page);
                own.append(text.get(page).getOrDefault(mcid, ""));
            } else if (k instanceof PDMarkedContentReference ref) {
                PDPage p = ref.getPage();
                int page = d.getPages().indexOf(p);
                pages.add(page);
                own.append(text.get(page).getOrDefault(ref.getMCID(), ""));
            } else {
                throw new AssertionError("unexpected kid " + k + " of " + e.getStructureType());
            }
        }
        return new Element(e.getStructureType(), attributes, e.getAlternateDescription(), own.toString(), pages,
                kids);
    }

    /** Every element of the type, in reading order. */
    List<Element> all(String type) {
        return document.all(type);
    }
}

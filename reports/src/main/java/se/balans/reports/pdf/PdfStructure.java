package se.balans.reports.pdf;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * The logical structure of the PDF (tagged PDF, as PDF/UA and PDF/A-2a require): a tree of
 * standard structure elements (Document, H1, Sect, H2, P, Table, TR, TH, TD, Caption, Figure) in
 * reading order, each pointing at the marked content on the pages that shows it, and the parent
 * tree that leads from a page's marked content back to its element. A screen reader reads the
 * report from this tree: headings to jump between, tables whose header cells say what a figure is,
 * charts as the sentence in their alternative text.
 *
 * <p>Only standard types are used, so no role map is needed. An element may have content on more
 * than one page (a table that continues, a paragraph that wraps over a page break): its content on
 * another page than its first is referred to with a marked-content reference naming that page.
 */
final class PdfStructure {
    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement document;
    /** Per page, in the order the pages were added: the element of each MCID, indexed by MCID. */
    private final List<List<PDStructureElement>> parents = new ArrayList<>();
    private final Map<PDPage, Integer> pageKeys = new IdentityHashMap<>();

    PdfStructure() {
        document = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
        root.appendKid(document);
    }

    /** The Document element, the root of the content's tree. */
    PDStructureElement document() {
        return document;
    }

    /** A new element of a standard type, appended to {@code parent}'s children (reading order). */
    PDStructureElement add(PDStructureNode parent, String type) {
        PDStructureElement e = new PDStructureElement(type, parent);
        parent.appendKid(e);
        return e;
    }

    /** A table header cell: its Scope says whether it heads a column or a row; a span above 1 makes it that wide. */
    PDStructureElement headerCell(PDStructureElement row, String scope, int colSpan) {
        PDStructureElement th = add(row, StandardStructureTypes.TH);
        PDTableAttributeObject a = new PDTableAttributeObject();
        a.setScope(scope);
        if (colSpan > 1) {
            a.setColSpan(colSpan);
        }
        th.addAttribute(a);
        return th;
    }

    /** A figure with its alternative text and where it lies on its page. */
    PDStructureElement figure(PDStructureNode parent, String alt, PDRectangle bbox) {
        PDStructureElement f = add(parent, StandardStructureTypes.Figure);
        f.setAlternateDescription(alt);
        PDLayoutAttributeObject layout = new PDLayoutAttributeObject();
        layout.setPlacement(PDLayoutAttributeObject.PLACEMENT_BLOCK);
        layout.setBBox(bbox);
        f.addAttribute(layout);
        return f;
    }

    /** Makes the page part of the structure: its /StructParents key into the parent tree. */
    void addPage(PDPage page) {
        int key = parents.size();
        parents.add(new ArrayList<>());
        pageKeys.put(page, key);
        page.setStructParents(key);
    }

    /**
     * The next marked-content identifier on the page, for content that belongs to {@code element}:
     * recorded as the element's child and in the parent tree.
     */
    int mark(PDPage page, PDStructureElement element) {
        Integer key = pageKeys.get(page);
        if (key == null) {
            throw new IllegalStateException("the page was not added to the structure");
        }
        List<PDStructureElement> onPage = parents.get(key);
        int mcid = onPage.size();
        onPage.add(element);
        if (element.getPage() == null) {
            element.setPage(page);
        }
        if (element.getCOSObject().getDictionaryObject(COSName.PG) == page.getCOSObject()) {
            COSDictionary props = new COSDictionary();
            props.setInt(COSName.MCID, mcid);
            element.appendKid(PDMarkedContent.create(COSName.getPDFName(element.getStructureType()), props));
        } else {
            PDMarkedContentReference ref = new PDMarkedContentReference();
            ref.setPage(page);
            ref.setMCID(mcid);
            element.appendKid(ref);
        }
        return mcid;
    }

    /**
     * Writes the structure into the catalog: the tree root with its parent tree, MarkInfo Marked,
     * and the viewer preference to show the document's title, not its file name, in the window.
     */
    void finish(PDDocument pdf) {
        COSArray nums = new COSArray();
        for (int key = 0; key < parents.size(); key++) {
            COSArray elements = new COSArray();
            for (PDStructureElement e : parents.get(key)) {
                elements.add(e);
            }
            nums.add(COSInteger.get(key));
            nums.add(elements);
        }
        COSDictionary tree = new COSDictionary();
        tree.setItem(COSName.NUMS, nums);
        root.setParentTree(new PDNumberTreeNode(tree, COSArray.class));
        root.setParentTreeNextKey(parents.size());

        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        catalog.setStructureTreeRoot(root);
        PDMarkInfo mark = new PDMarkInfo();
        mark.setMarked(true);
        catalog.setMarkInfo(mark);
        PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
        prefs.setDisplayDocTitle(true);
        catalog.setViewerPreferences(prefs);
    }
}

package se.balans.reports.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.jfree.chart.JFreeChart;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import se.balans.reports.chart.Chart;
import se.balans.reports.chart.ChartColors;
import se.balans.reports.document.ReportDocument;
import se.balans.reports.document.Section;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Row;
import se.balans.reports.table.Table;
import se.balans.reports.table.TextTableRenderer;
import se.balans.reports.text.Labels;
import se.balans.reports.text.NumberStyle;

/**
 * Writes a {@link ReportDocument} as an A4 PDF/A-2a and PDF/UA-1 document: a title, each section
 * from a new page, tables with the figures right-aligned in Swedish format and totals in bold,
 * charts drawn by JFreeChart as vector graphics, and on every page a header (region, period) and a
 * footer (title, fingerprint of the inputs, engine version, "Sida n av m").
 *
 * <p>The PDF is tagged ({@link PdfStructure}): everything drawn is either marked content of a
 * structure element (the title H1, a section's Sect with its H2, paragraphs P, tables with a
 * Caption, rows TR of header cells TH and data cells TD, charts as a Figure with the chart in
 * words as its alternative text) or an Artifact (headers and footers, rules, the shading of a
 * table's header, and the header repeated where a table continues on a new page). So a screen
 * reader reads the report as a person would, and the text copies in reading order.
 *
 * <p>The same document gives the same bytes: fixed dates, an /ID from the fingerprint, the font
 * subset named from the glyphs it holds, and nothing read from the clock or the machine.
 */
public final class PdfWriter {
    static final float MARGIN = 50f;
    static final float TOP = 56f;
    static final float BOTTOM = 58f;
    static final float TABLE_SIZE = 8.5f;
    /** Running text (a report's summary in words). */
    static final float TEXT_SIZE = 9.5f;
    static final float MIN_TABLE_SIZE = 6.5f;
    static final float CELL_PAD = 6f;
    static final float CHART_RATIO = 0.56f;
    /** The least share of its height a chart is drawn at to fit the room left on a page. */
    static final float CHART_MIN_SHARE = 0.75f;
    /** The share of the page height that must remain for a section to start on the same page. */
    static final float SECTION_ROOM = 0.55f;

    /** Writes the PDF; the stream is not closed. */
    public void write(ReportDocument doc, OutputStream out) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            pdf.setVersion(1.7f);
            PdfFonts fonts = PdfFonts.load(pdf);
            try (PdfBoxGraphics2DFontTextDrawer drawer = fonts.textDrawer()) {
                Layout layout = new Layout(pdf, fonts, doc, drawer);
                layout.document();
                layout.finish();
                layout.structure.finish(pdf);
                PdfArchival.apply(pdf, doc);
                pdf.save(out);
            }
        }
    }

    /** Flows the document over pages, top to bottom. */
    private static final class Layout {
        private final PDDocument pdf;
        private final PdfFonts fonts;
        private final ReportDocument doc;
        private final Labels labels;
        private final TextTableRenderer cells;
        private final PdfBoxGraphics2DFontTextDrawer drawer;
        private final PDRectangle size = PDRectangle.A4;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private final List<PDPage> pages = new ArrayList<>();
        private final PdfStructure structure = new PdfStructure();
        private PDPageContentStream cs;
        private PDPage page;
        /** The element whose marked content is open in {@link #cs}, {@link #ARTIFACT}, or null when none is. */
        private Object open;
        private float y;

        Layout(PDDocument pdf, PdfFonts fonts, ReportDocument doc, PdfBoxGraphics2DFontTextDrawer drawer) {
            this.pdf = pdf;
            this.fonts = fonts;
            this.doc = doc;
            this.labels = Labels.of(doc.language());
            this.cells = new TextTableRenderer(NumberStyle.of(doc.language()));
            this.drawer = drawer;
        }

        void document() throws IOException {
            newPage();
            tag(structure.add(structure.document(), StandardStructureTypes.H1));
            text(fonts.bold, 20f, MARGIN, y - 20f, doc.title());
            y -= 30f;
            tag(structure.add(structure.document(), StandardStructureTypes.P));
            text(fonts.regular, 12f, MARGIN, y - 12f, doc.region() + " \u00b7 " + doc.period());
            y -= 30f;
            for (Section s : doc.sections()) {
                // A section starts on a new page unless the page is still mostly empty.
                if (y < size.getHeight() * SECTION_ROOM) {
                    newPage();
                }
                section(s);
            }
            endMarkedContent();
        }

        private void section(Section s) throws IOException {
            PDStructureElement sect = structure.add(structure.document(), StandardStructureTypes.SECT);
            if (y < size.getHeight() - TOP - 1f) {
                y -= 18f;
            }
            tag(structure.add(sect, StandardStructureTypes.H2));
            text(fonts.bold, 14f, MARGIN, y - 14f, s.title());
            y -= 26f;
            for (String p : s.paragraphs()) {
                paragraph(sect, p);
            }
            for (Table t : s.tables()) {
                // The figures as shown and each total their sum, with a rounding note where needed: as the workbook.
                table(sect, t.asShown(labels));
            }
            for (Chart c : s.charts()) {
                chart(sect, c);
            }
        }

        /** Running text, wrapped to the page width; a paragraph may continue on the next page. */
        private void paragraph(PDStructureElement sect, String p) throws IOException {
            PDStructureElement para = structure.add(sect, StandardStructureTypes.P);
            float lead = TEXT_SIZE * 1.4f;
            List<String> lines = TableLayout.wrap(p, fonts.regular, TEXT_SIZE, width);
            for (int i = 0; i < lines.size(); i++) {
                if (y - lead < BOTTOM) {
                    newPage();
                }
                tag(para);
                text(fonts.regular, TEXT_SIZE, MARGIN, y - TEXT_SIZE, wrapped(lines, i));
                y -= lead;
            }
            y -= 7f;
        }

        // ---- tables ----

        /**
         * A table: its title as the Table's Caption, a row of column headers (TH, scope Column), then a
         * TR per row whose label is a TH of scope Row and whose figures are TD. Where the table
         * continues on a new page its header is drawn again as an artifact: the structure has it once.
         * The notes under it are paragraphs after it.
         */
        private void table(PDStructureElement sect, Table t) throws IOException {
            TableLayout tl = TableLayout.of(t, fonts, width, cells);
            // A long title wraps rather than runs off the page.
            List<String> title = TableLayout.wrap(t.title(), fonts.bold, 10f, width);
            float titleHeight = 16f + (title.size() - 1) * 13f;
            // A table of less than half a page is kept together; a longer one starts with at least five rows.
            float whole = titleHeight + tl.headerHeight() + tl.rowsHeight();
            float needed = whole <= (size.getHeight() - TOP - BOTTOM) / 2 ? whole
                    : titleHeight + tl.headerHeight() + Math.min(tl.rowsHeight(), 5 * tl.lineHeight());
            if (y - needed < BOTTOM) {
                newPage();
            }
            PDStructureElement table = structure.add(sect, StandardStructureTypes.TABLE);
            tag(structure.add(table, StandardStructureTypes.CAPTION));
            for (int i = 0; i < title.size(); i++) {
                text(fonts.bold, 10f, MARGIN, y - 10f - i * 13f, wrapped(title, i));
            }
            y -= titleHeight;
            header(t, tl, table);
            for (int i = 0; i < t.rows().size(); i++) {
                Row r = t.rows().get(i);
                float h = tl.rowHeight(i);
                if (y - h < BOTTOM) {
                    newPage();
                    header(t, tl, null);
                }
                row(r, tl, i, structure.add(table, StandardStructureTypes.TR), t.columns().size());
            }
            List<String> notes = t.noteLines(labels);
            if (!notes.isEmpty()) {
                y -= 4f;
                for (String line : notes) {
                    PDStructureElement note = structure.add(sect, StandardStructureTypes.P);
                    List<String> lines = TableLayout.wrap(line, fonts.regular, 7.5f, width);
                    for (int i = 0; i < lines.size(); i++) {
                        if (y - 10f < BOTTOM) {
                            newPage();
                        }
                        tag(note);
                        text(fonts.regular, 7.5f, MARGIN, y - 8f, wrapped(lines, i));
                        y -= 10f;
                    }
                }
            }
            y -= 14f;
        }

        /**
         * The header row; {@code table} is the Table element the first time, null where the header is
         * repeated on a new page, which makes the repetition an artifact.
         */
        private void header(Table t, TableLayout tl, PDStructureElement table) throws IOException {
            PDStructureElement tr = table == null ? null : structure.add(table, StandardStructureTypes.TR);
            float h = tl.headerHeight();
            artifact();
            cs.setNonStrokingColor(0.9f, 0.9f, 0.9f);
            cs.addRect(MARGIN, y - h, tl.totalWidth(), h);
            cs.fill();
            cs.setNonStrokingColor(0f, 0f, 0f);
            float size = tl.fontSize();
            float lh = tl.lineHeight();
            float top = y - 3f;
            tagOrArtifact(tr == null ? null : structure.headerCell(tr, PDTableAttributeObject.SCOPE_COLUMN, 1));
            List<String> labelLines = tl.headerLines(0);
            for (int l = 0; l < labelLines.size(); l++) {
                text(fonts.bold, size, MARGIN + 2f, top - size - l * lh, wrapped(labelLines, l));
            }
            float x = MARGIN + tl.columnWidth(0);
            for (int c = 0; c < t.columns().size(); c++) {
                tagOrArtifact(tr == null ? null : structure.headerCell(tr, PDTableAttributeObject.SCOPE_COLUMN, 1));
                List<String> lines = tl.headerLines(c + 1);
                float w = tl.columnWidth(c + 1);
                for (int l = 0; l < lines.size(); l++) {
                    boolean more = l < lines.size() - 1 || t.subHeader().isPresent();
                    rightText(fonts.bold, size, x + w - 3f, top - size - l * lh, lines.get(l), more);
                }
                if (t.subHeader().isPresent()) {
                    rightText(fonts.regular, size, x + w - 3f, top - size - tl.headerTextLines() * lh,
                            t.subHeader().get().get(c), false);
                }
                x += w;
            }
            y -= h;
            rule(y, tl.totalWidth(), 0.6f);
        }

        /**
         * A row: its label heads the row (TH, scope Row), its figures are TD. A heading row has a label
         * only, a header cell as wide as the table.
         */
        private void row(Row r, TableLayout tl, int index, PDStructureElement tr, int columns) throws IOException {
            float size = tl.fontSize();
            float lh = tl.lineHeight();
            boolean bold = r.style() != Row.Style.NORMAL;
            PDFont font = bold ? fonts.bold : fonts.regular;
            if (r.style() == Row.Style.TOTAL) {
                rule(y, tl.totalWidth(), 0.4f);
            }
            boolean heading = r.style() == Row.Style.HEADING;
            tag(structure.headerCell(tr, PDTableAttributeObject.SCOPE_ROW, heading ? columns + 1 : 1));
            List<String> label = tl.labelLines(index);
            for (int l = 0; l < label.size(); l++) {
                text(font, size, MARGIN + 2f, y - size - 1.5f - l * lh, wrapped(label, l));
            }
            if (!heading) {
                float x = MARGIN + tl.columnWidth(0);
                for (int c = 0; c < r.cells().size(); c++) {
                    tag(structure.add(tr, StandardStructureTypes.TD));
                    float w = tl.columnWidth(c + 1);
                    Cell cell = r.cells().get(c);
                    byte[] colour = ChartColors.deviation(cell.favourability());
                    if (colour != null) {
                        cs.setNonStrokingColor((colour[0] & 0xFF) / 255f, (colour[1] & 0xFF) / 255f,
                                (colour[2] & 0xFF) / 255f);
                    }
                    rightText(font, size, x + w - 3f, y - size - 1.5f, cells.format(cell), false);
                    if (colour != null) {
                        cs.setNonStrokingColor(0f, 0f, 0f);
                    }
                    x += w;
                }
            }
            y -= tl.rowHeight(index);
        }

        private void rule(float at, float w, float thickness) throws IOException {
            artifact();
            cs.setLineWidth(thickness);
            cs.moveTo(MARGIN, at);
            cs.lineTo(MARGIN + w, at);
            cs.stroke();
        }

        // ---- charts ----

        /** A chart: a Figure whose alternative text is the chart in words. */
        private void chart(PDStructureElement sect, Chart c) throws IOException {
            float h = width * CHART_RATIO;
            float room = y - BOTTOM;
            if (room < h) {
                // A chart a little taller than the room left is drawn a little flatter rather than leave most of a
                // page empty; one that would lose more than a quarter of its height starts a new page.
                if (room >= h * CHART_MIN_SHARE) {
                    h = room;
                } else {
                    newPage();
                }
            }
            tag(structure.figure(sect, ChartDescription.of(c, doc.language()), new PDRectangle(MARGIN, y - h, width, h)));
            JFreeChart jf = JFreeChartFactory.create(c, doc.language());
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(pdf, width, h);
            g.setFontTextDrawer(drawer);
            try {
                jf.draw(g, new Rectangle2D.Double(0, 0, width, h));
            } finally {
                g.dispose();
            }
            PDFormXObject form = g.getXFormObject();
            cs.saveGraphicsState();
            cs.transform(Matrix.getTranslateInstance(MARGIN, y - h));
            cs.drawForm(form);
            cs.restoreGraphicsState();
            y -= h + 16f;
        }

        // ---- pages and text ----

        private void newPage() throws IOException {
            if (cs != null) {
                endMarkedContent();
                cs.close();
            }
            page = new PDPage(size);
            pdf.addPage(page);
            pages.add(page);
            structure.addPage(page);
            cs = new PDPageContentStream(pdf, page);
            y = size.getHeight() - TOP;
        }

        // ---- marked content: what is drawn next belongs to an element, or is an artifact ----

        private static final Object ARTIFACT = new Object();

        /** What is drawn next is content of {@code element}: a marked-content sequence of its own on this page. */
        private void tag(PDStructureElement element) throws IOException {
            if (open == element) {
                return;
            }
            endMarkedContent();
            cs.beginMarkedContent(COSName.getPDFName(element.getStructureType()), structure.mark(page, element));
            open = element;
        }

        /** What is drawn next is no part of the content (a page's header or footer, a rule, a shading). */
        private void artifact() throws IOException {
            if (open == ARTIFACT) {
                return;
            }
            endMarkedContent();
            cs.beginMarkedContent(COSName.ARTIFACT);
            open = ARTIFACT;
        }

        private void tagOrArtifact(PDStructureElement element) throws IOException {
            if (element == null) {
                artifact();
            } else {
                tag(element);
            }
        }

        private void endMarkedContent() throws IOException {
            if (open != null) {
                cs.endMarkedContent();
                open = null;
            }
        }

        /** Header and footer on every page, now that the number of pages is known. */
        void finish() throws IOException {
            cs.close();
            int n = pages.size();
            for (int i = 0; i < n; i++) {
                try (PDPageContentStream s = new PDPageContentStream(pdf, pages.get(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    cs = s;
                    page = pages.get(i);
                    artifact();
                    float top = size.getHeight() - 32f;
                    cs.setNonStrokingColor(0.35f, 0.35f, 0.35f);
                    text(fonts.regular, 8f, MARGIN, top, doc.region());
                    rightText(fonts.regular, 8f, MARGIN + width, top, doc.title() + " \u00b7 " + doc.period(), false);
                    cs.setLineWidth(0.3f);
                    cs.setStrokingColor(0.6f, 0.6f, 0.6f);
                    cs.moveTo(MARGIN, 40f);
                    cs.lineTo(MARGIN + width, 40f);
                    cs.stroke();
                    text(fonts.regular, 7.5f, MARGIN, 30f, doc.region() + " \u00b7 " + doc.title() + " \u00b7 "
                            + doc.period());
                    rightText(fonts.regular, 7.5f, MARGIN + width, 30f, labels.format("report.page", i + 1, n), false);
                    text(fonts.regular, 6f, MARGIN, 21f,
                            labels.format("report.fingerprint", doc.metadata().inputFingerprint()) + " \u00b7 "
                                    + labels.format("report.engine", doc.metadata().engineVersion()));
                    endMarkedContent();
                }
            }
            cs = null;
        }

        private void text(PDFont font, float size, float x, float baseline, String s) throws IOException {
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, baseline);
            cs.showText(TableLayout.printable(s, font));
            cs.endText();
        }

        /**
         * Text that ends at {@code right}; with {@code spaceAfter} a space follows it, past the right edge,
         * where text read from the structure goes on with a further line of the same cell.
         */
        private void rightText(PDFont font, float size, float right, float baseline, String s, boolean spaceAfter)
                throws IOException {
            String p = TableLayout.printable(s, font);
            text(font, size, right - TableLayout.width(p, font, size), baseline, spaceAfter ? p + " " : p);
        }

        /**
         * Line {@code i} of wrapped text, with the space it was broken at kept at its end (except on the
         * last line): invisible, but it keeps the last word of a line apart from the first of the next
         * when the text is read from the structure, by a screen reader or a copy of a paragraph.
         */
        private static String wrapped(List<String> lines, int i) {
            return i < lines.size() - 1 ? lines.get(i) + " " : lines.get(i);
        }
    }
}

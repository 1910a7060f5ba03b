package se.balans.reports.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
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
 * Writes a {@link ReportDocument} as an A4 PDF/A-2b document: a title, each section from a new
 * page, tables with the figures right-aligned in Swedish format and totals in bold, charts drawn
 * by JFreeChart as vector graphics, and on every page a header (region, period) and a footer
 * (title, fingerprint of the inputs, engine version, "Sida n av m").
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
        private PDPageContentStream cs;
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
            text(fonts.bold, 20f, MARGIN, y - 20f, doc.title());
            y -= 30f;
            text(fonts.regular, 12f, MARGIN, y - 12f, doc.region() + " \u00b7 " + doc.period());
            y -= 30f;
            for (Section s : doc.sections()) {
                // A section starts on a new page unless the page is still mostly empty.
                if (y < size.getHeight() * SECTION_ROOM) {
                    newPage();
                }
                section(s);
            }
        }

        private void section(Section s) throws IOException {
            if (y < size.getHeight() - TOP - 1f) {
                y -= 18f;
            }
            text(fonts.bold, 14f, MARGIN, y - 14f, s.title());
            y -= 26f;
            for (String p : s.paragraphs()) {
                paragraph(p);
            }
            for (Table t : s.tables()) {
                table(t);
            }
            for (Chart c : s.charts()) {
                chart(c);
            }
        }

        /** Running text, wrapped to the page width; a paragraph may continue on the next page. */
        private void paragraph(String p) throws IOException {
            float lead = TEXT_SIZE * 1.4f;
            for (String line : TableLayout.wrap(p, fonts.regular, TEXT_SIZE, width)) {
                if (y - lead < BOTTOM) {
                    newPage();
                }
                text(fonts.regular, TEXT_SIZE, MARGIN, y - TEXT_SIZE, line);
                y -= lead;
            }
            y -= 7f;
        }

        // ---- tables ----

        private void table(Table t) throws IOException {
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
            for (int i = 0; i < title.size(); i++) {
                text(fonts.bold, 10f, MARGIN, y - 10f - i * 13f, title.get(i));
            }
            y -= titleHeight;
            header(t, tl);
            for (int i = 0; i < t.rows().size(); i++) {
                Row r = t.rows().get(i);
                float h = tl.rowHeight(i);
                if (y - h < BOTTOM) {
                    newPage();
                    header(t, tl);
                }
                row(r, tl, i);
            }
            List<String> notes = t.noteLines(labels);
            if (!notes.isEmpty()) {
                y -= 4f;
                for (String line : notes) {
                    for (String wrapped : TableLayout.wrap(line, fonts.regular, 7.5f, width)) {
                        if (y - 10f < BOTTOM) {
                            newPage();
                        }
                        text(fonts.regular, 7.5f, MARGIN, y - 8f, wrapped);
                        y -= 10f;
                    }
                }
            }
            y -= 14f;
        }

        private void header(Table t, TableLayout tl) throws IOException {
            float h = tl.headerHeight();
            cs.setNonStrokingColor(0.9f, 0.9f, 0.9f);
            cs.addRect(MARGIN, y - h, tl.totalWidth(), h);
            cs.fill();
            cs.setNonStrokingColor(0f, 0f, 0f);
            float size = tl.fontSize();
            float lh = tl.lineHeight();
            float top = y - 3f;
            List<String> labelLines = tl.headerLines(0);
            for (int l = 0; l < labelLines.size(); l++) {
                text(fonts.bold, size, MARGIN + 2f, top - size - l * lh, labelLines.get(l));
            }
            float x = MARGIN + tl.columnWidth(0);
            for (int c = 0; c < t.columns().size(); c++) {
                List<String> lines = tl.headerLines(c + 1);
                float w = tl.columnWidth(c + 1);
                for (int l = 0; l < lines.size(); l++) {
                    rightText(fonts.bold, size, x + w - 3f, top - size - l * lh, lines.get(l));
                }
                if (t.subHeader().isPresent()) {
                    rightText(fonts.regular, size, x + w - 3f, top - size - tl.headerTextLines() * lh,
                            t.subHeader().get().get(c));
                }
                x += w;
            }
            y -= h;
            rule(y, tl.totalWidth(), 0.6f);
        }

        private void row(Row r, TableLayout tl, int index) throws IOException {
            float size = tl.fontSize();
            float lh = tl.lineHeight();
            boolean bold = r.style() != Row.Style.NORMAL;
            PDFont font = bold ? fonts.bold : fonts.regular;
            if (r.style() == Row.Style.TOTAL) {
                rule(y, tl.totalWidth(), 0.4f);
            }
            List<String> label = tl.labelLines(index);
            for (int l = 0; l < label.size(); l++) {
                text(font, size, MARGIN + 2f, y - size - 1.5f - l * lh, label.get(l));
            }
            if (r.style() != Row.Style.HEADING) {
                float x = MARGIN + tl.columnWidth(0);
                for (int c = 0; c < r.cells().size(); c++) {
                    float w = tl.columnWidth(c + 1);
                    Cell cell = r.cells().get(c);
                    byte[] colour = cell instanceof Cell.Deviation d ? ChartColors.deviation(d.favourability()) : null;
                    if (colour != null) {
                        cs.setNonStrokingColor((colour[0] & 0xFF) / 255f, (colour[1] & 0xFF) / 255f,
                                (colour[2] & 0xFF) / 255f);
                    }
                    rightText(font, size, x + w - 3f, y - size - 1.5f, cells.format(cell));
                    if (colour != null) {
                        cs.setNonStrokingColor(0f, 0f, 0f);
                    }
                    x += w;
                }
            }
            y -= tl.rowHeight(index);
        }

        private void rule(float at, float w, float thickness) throws IOException {
            cs.setLineWidth(thickness);
            cs.moveTo(MARGIN, at);
            cs.lineTo(MARGIN + w, at);
            cs.stroke();
        }

        // ---- charts ----

        private void chart(Chart c) throws IOException {
            float h = width * CHART_RATIO;
            if (y - h < BOTTOM) {
                newPage();
            }
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
                cs.close();
            }
            PDPage page = new PDPage(size);
            pdf.addPage(page);
            pages.add(page);
            cs = new PDPageContentStream(pdf, page);
            y = size.getHeight() - TOP;
        }

        /** Header and footer on every page, now that the number of pages is known. */
        void finish() throws IOException {
            cs.close();
            int n = pages.size();
            for (int i = 0; i < n; i++) {
                try (PDPageContentStream s = new PDPageContentStream(pdf, pages.get(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    cs = s;
                    float top = size.getHeight() - 32f;
                    cs.setNonStrokingColor(0.35f, 0.35f, 0.35f);
                    text(fonts.regular, 8f, MARGIN, top, doc.region());
                    rightText(fonts.regular, 8f, MARGIN + width, top, doc.title() + " \u00b7 " + doc.period());
                    cs.setLineWidth(0.3f);
                    cs.setStrokingColor(0.6f, 0.6f, 0.6f);
                    cs.moveTo(MARGIN, 40f);
                    cs.lineTo(MARGIN + width, 40f);
                    cs.stroke();
                    text(fonts.regular, 7.5f, MARGIN, 30f, doc.region() + " \u00b7 " + doc.title() + " \u00b7 "
                            + doc.period());
                    rightText(fonts.regular, 7.5f, MARGIN + width, 30f, labels.format("report.page", i + 1, n));
                    text(fonts.regular, 6f, MARGIN, 21f,
                            labels.format("report.fingerprint", doc.metadata().inputFingerprint()) + " \u00b7 "
                                    + labels.format("report.engine", doc.metadata().engineVersion()));
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

        private void rightText(PDFont font, float size, float right, float baseline, String s) throws IOException {
            String p = TableLayout.printable(s, font);
            text(font, size, right - TableLayout.width(p, font, size), baseline, p);
        }
    }
}

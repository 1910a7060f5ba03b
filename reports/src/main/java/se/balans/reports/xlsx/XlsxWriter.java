package se.balans.reports.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import se.balans.reports.chart.Chart;
import se.balans.reports.document.ReportDocument;
import se.balans.reports.document.Section;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Row;
import se.balans.reports.table.Sum;
import se.balans.reports.table.Table;
import se.balans.reports.text.Labels;
import se.balans.reports.text.Language;
import se.balans.reports.xlsx.XlsxStyles.Kind;

/**
 * Writes a {@link ReportDocument} as an Excel workbook (.xlsx): one sheet per section, the tables
 * with real numbers in number formats (so a reader can sum and chart them), and native charts
 * over cells of the sheet (editable in Excel and LibreOffice, not pictures).
 *
 * <p>A live workbook: each table is written as shown ({@link Table#asShown}), every figure stored
 * rounded to what it shows (a tenth of a million, a percentage to its decimals: no "−2949.99999999"),
 * and every total or subtotal that the model marks as a sum ({@link se.balans.reports.table.Sum}) is a
 * formula ({@code SUM} over the cells it adds) whose stored result is the sum of the figures shown above
 * it, evaluated with POI's formula evaluator before writing so that a viewer that does not recalculate
 * shows it too; Excel is told to recalculate on opening. A reader who corrects a figure sees the totals
 * follow.
 *
 * <p>Print: A4, one page wide; portrait unless the sheet is wide (see {@link #LANDSCAPE_ABOVE}); a table
 * that fits a page starts on a new page rather than being split, a longer one breaks so that at least
 * {@link #MIN_ROWS_AFTER_BREAK} of its rows (never a total alone) go to the next page, and the header of
 * a table that spans pages repeats at the top of each; running text and notes wrap within the table's
 * width. The header rows of the first table and the label column are frozen; the region and period in
 * the page header and page numbers in the footer; title, author (the region), fingerprint and engine
 * version in the document properties; text never becomes a formula; and the same document gives the
 * same bytes (fixed document and zip-entry times, stable order, column widths computed from the text
 * rather than from the fonts installed on the machine).
 */
public final class XlsxWriter {
    /** Characters that make a spreadsheet read a typed cell as a formula (CSV/formula injection). */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final int LABEL_COLUMN_MIN = 24;
    private static final int LABEL_COLUMN_MAX = 70;
    private static final int VALUE_COLUMN_MIN = 11;
    private static final int VALUE_COLUMN_MAX = 24;
    /** A header wraps onto at most this many lines before it widens its column. */
    private static final int HEADER_LINES = 3;
    /** Page margins, inches: left and right, top and bottom, header and footer. */
    private static final double MARGIN_SIDE = 0.5;
    private static final double MARGIN_TOP_BOTTOM = 0.75;
    private static final double MARGIN_HEADER = 0.3;
    /** A4 in points. */
    private static final double A4_SHORT = 595.3;
    private static final double A4_LONG = 841.9;
    /**
     * Landscape when the sheet printed portrait would shrink below this share of its size to fit the
     * width; a narrower sheet prints portrait, at full size or nearly.
     */
    static final double LANDSCAPE_ABOVE = 0.75;
    /** A table split across pages carries at least this many of its rows (or all it has left) onto the next. */
    static final int MIN_ROWS_AFTER_BREAK = 3;
    /**
     * A row's height where none is set, points: above what Excel and LibreOffice give a row of 10-point
     * text, so that a page holds at least the rows the breaks are planned for.
     */
    private static final double DEFAULT_ROW_POINTS = 15.0;
    /** A character of the column-width unit, points: the default font's digit, 7 px, without padding. */
    private static final double CHAR_POINTS = 5.25;
    /** The columns a chart spans are at least this many characters wide together. */
    private static final int CHART_MIN_CHARS = 72;

    /** Writes the workbook; the stream is not closed. */
    public void write(ReportDocument doc, OutputStream out) throws IOException {
        Labels labels = Labels.of(doc.language());
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XlsxStyles styles = new XlsxStyles(wb, doc.language() == Language.SV);
            XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            for (Section section : doc.sections()) {
                new SheetWriter(wb, styles, labels, doc, section, evaluator).write();
            }
            // The stored results are right for the figures written; Excel recomputes them on opening anyway.
            wb.setForceFormulaRecalculation(true);
            properties(wb, doc);
            DeterministicZip.write(wb, doc.metadata().timestamp(), out);
        }
    }

    private static void properties(XSSFWorkbook wb, ReportDocument doc) {
        POIXMLProperties p = wb.getProperties();
        POIXMLProperties.CoreProperties core = p.getCoreProperties();
        Date when = Date.from(doc.metadata().timestamp());
        core.setTitle(doc.title());
        core.setCreator(doc.region());
        core.setLastModifiedByUser(doc.region());
        core.setSubjectProperty(doc.period());
        core.setCreated(Optional.of(when));
        core.setModified(Optional.of(when));
        core.setKeywords(doc.metadata().inputFingerprint());
        core.setDescription(Labels.of(doc.language()).format("report.fingerprint", doc.metadata().inputFingerprint())
                + "; " + Labels.of(doc.language()).format("report.engine", doc.metadata().engineVersion()));
        p.getExtendedProperties().setApplication("Balans");
        p.getExtendedProperties().setAppVersion(appVersion(doc.metadata().engineVersion()));
        POIXMLProperties.CustomProperties custom = p.getCustomProperties();
        custom.addProperty("BalansInputFingerprint", doc.metadata().inputFingerprint());
        custom.addProperty("BalansEngineVersion", doc.metadata().engineVersion());
        custom.addProperty("BalansPeriod", doc.period());
    }

    /** Office wants "major.minor" here; anything else makes Excel warn about the file. */
    private static String appVersion(String engineVersion) {
        String[] parts = engineVersion.split("[^0-9]+");
        int major = parts.length > 0 && !parts[0].isEmpty() ? Integer.parseInt(parts[0]) : 0;
        int minor = parts.length > 1 && !parts[1].isEmpty() ? Integer.parseInt(parts[1]) : 0;
        return String.format(Locale.ROOT, "%02d.%04d", major, minor);
    }

    static boolean needsGuard(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    /** Sheet names may not contain []:*?/\ and may not start or end with an apostrophe. */
    static String sheetName(String shortTitle, Set<String> used) {
        String s = shortTitle.replaceAll("[\\[\\]:*?/\\\\]", "-").replaceAll("^'+|'+$", "");
        if (s.isBlank()) {
            s = "Sheet";
        }
        String name = s;
        for (int i = 2; used.contains(name.toLowerCase(Locale.ROOT)); i++) {
            String suffix = " " + i;
            name = s.substring(0, Math.min(s.length(), Section.MAX_SHORT_TITLE - suffix.length())) + suffix;
        }
        used.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    /** Lays out one section on its sheet, top to bottom. */
    private static final class SheetWriter {
        private final XlsxStyles styles;
        private final Labels labels;
        private final ReportDocument doc;
        private final Section section;
        private final XSSFSheet sheet;
        private final XSSFFormulaEvaluator evaluator;
        private final int[] width = new int[64];
        private int row;
        private int frozenRows = -1;
        private int maxColumn;
        private final java.util.SortedSet<Integer> headerRows = new java.util.TreeSet<>();
        /** Paragraphs and table notes: running text that wraps across the table's columns. */
        private final List<Integer> wrappedRows = new java.util.ArrayList<>();
        /** What print keeps together, in sheet order. */
        private final List<Block> blocks = new java.util.ArrayList<>();

        /**
         * Rows that print keeps on one page where they fit: a table from its title to its notes, a chart,
         * a chart's data. {@code headerFirst..headerLast} repeat when the block spans pages ({@code -1}
         * for none), and {@code newPage} starts it on a page of its own.
         */
        private record Block(int first, int last, int headerFirst, int headerLast, boolean newPage, Kind kind) {
            /** How print treats a block. */
            enum Kind {
                /** A table: kept on a page where it fits; one longer than a page repeats its header. */
                TABLE,
                /** A chart: kept on one page. */
                CHART,
                /** A chart's data: follows its chart, split with orphan control when the page is full. */
                CHART_DATA
            }

            boolean repeatsHeader() {
                return kind == Kind.TABLE && headerFirst >= 0;
            }
        }

        SheetWriter(XSSFWorkbook wb, XlsxStyles styles, Labels labels, ReportDocument doc, Section section,
                    XSSFFormulaEvaluator evaluator) {
            this.styles = styles;
            this.labels = labels;
            this.doc = doc;
            this.section = section;
            this.evaluator = evaluator;
            Set<String> used = new HashSet<>();
            wb.sheetIterator().forEachRemaining(s -> used.add(s.getSheetName().toLowerCase(Locale.ROOT)));
            this.sheet = wb.createSheet(sheetName(section.shortTitle(), used));
        }

        void write() {
            text(row, 0, section.title(), Kind.SECTION_TITLE);
            row++;
            text(row, 0, doc.region() + " \u00b7 " + doc.title() + " \u00b7 " + doc.period(), Kind.SUBTITLE);
            row += 2;
            for (String p : section.paragraphs()) {
                text(row, 0, p, Kind.PARAGRAPH);
                wrappedRows.add(row);
                row += 2;
            }
            for (Table t : section.tables()) {
                table(t);
            }
            XlsxCharts charts = new XlsxCharts(sheet, labels);
            for (Chart c : section.charts()) {
                // A chart is kept on one page, so that a page break never cuts it in two.
                int at = row;
                row = charts.add(c, row, this::text, this::amount);
                blocks.add(new Block(at, at + XlsxCharts.CHART_ROWS, -1, -1, false, Block.Kind.CHART));
                blocks.add(new Block(at + XlsxCharts.CHART_ROWS + 1, row - 2, at + XlsxCharts.CHART_ROWS + 2,
                        at + XlsxCharts.CHART_ROWS + 2, false, Block.Kind.CHART_DATA));
            }
            layout();
        }

        private void table(Table exact) {
            Table t = exact.asShown(labels);
            int first = row;
            text(row, 0, t.title(), Kind.TABLE_TITLE);
            row++;
            int headerFirst = row;
            text(row, 0, t.labelHeader(), Kind.HEADER_LEFT);
            for (int i = 0; i < t.columns().size(); i++) {
                text(row, i + 1, t.columns().get(i), Kind.HEADER);
            }
            row++;
            if (t.subHeader().isPresent()) {
                text(row, 0, "", Kind.SUB_HEADER_LEFT);
                List<String> sub = t.subHeader().get();
                for (int i = 0; i < sub.size(); i++) {
                    text(row, i + 1, sub.get(i), Kind.SUB_HEADER);
                }
                row++;
            }
            int headerLast = row - 1;
            // Freeze under the first table's header, unless text comes first: it would fill the frozen pane.
            if (frozenRows < 0) {
                frozenRows = section.paragraphs().isEmpty() ? row : 0;
            }
            int firstRow = row;
            for (Row r : t.rows()) {
                boolean total = r.style() == Row.Style.TOTAL;
                Kind labelKind = r.style() == Row.Style.HEADING ? Kind.HEADING : total ? Kind.LABEL_TOTAL : Kind.LABEL;
                text(row, 0, r.label(), labelKind);
                for (int i = 0; i < r.cells().size(); i++) {
                    cell(row, i + 1, r.cells().get(i), total);
                }
                row++;
            }
            sums(t, firstRow);
            for (String line : t.noteLines(labels)) {
                // Wrapped like a paragraph: a long note left to overflow widens what prints, and
                // fit-to-width would shrink the whole sheet to make room for it.
                text(row, 0, line, Kind.NOTE);
                wrappedRows.add(row);
                row++;
            }
            blocks.add(new Block(first, row - 1, headerFirst, headerLast, false, Block.Kind.TABLE));
            row++;
        }

        /**
         * The table's sums as formulas over the cells they add, each with its result stored: evaluated by
         * POI, checked against the table's own figure (the sum of the figures shown) and stored as that
         * figure, so no floating-point residue of the addition is stored.
         */
        private void sums(Table t, int firstRow) {
            for (int i = 0; i < t.rows().size(); i++) {
                Row r = t.rows().get(i);
                if (r.sum().isEmpty()) {
                    continue;
                }
                for (int c = 0; c < r.cells().size(); c++) {
                    if (!t.sums(i, c)) {
                        continue;
                    }
                    XSSFCell cell = cellAt(firstRow + i, c + 1);
                    cell.setCellFormula(formula(r.sum().get(), firstRow, c + 1));
                    double expected = mnkr(r.cells().get(c)).doubleValue();
                    org.apache.poi.ss.usermodel.CellValue v = evaluator.evaluate(cell);
                    if (v == null || Math.abs(v.getNumberValue() - expected) > 1e-6) {
                        throw new IllegalStateException("the total '" + r.label() + "' in column " + (c + 1)
                                + " of '" + t.title() + "' evaluates to " + (v == null ? "nothing" : v.getNumberValue())
                                + ", not the " + expected + " its figures add up to");
                    }
                    cell.setCellValue(expected);
                }
            }
        }

        /** {@code SUM(B5:B9,B11)-SUM(B13)}: the added rows in runs, then the subtracted ones. */
        static String formula(Sum sum, int firstRow, int column) {
            java.util.TreeSet<Integer> plus = new java.util.TreeSet<>();
            java.util.TreeSet<Integer> minus = new java.util.TreeSet<>();
            for (Sum.Term term : sum.terms()) {
                (term.subtracted() ? minus : plus).add(firstRow + term.row());
            }
            String col = CellReference.convertNumToColString(column);
            String f = plus.isEmpty() ? "" : "SUM(" + ranges(plus, col) + ")";
            if (!minus.isEmpty()) {
                f += "-SUM(" + ranges(minus, col) + ")";
            }
            return f;
        }

        private static String ranges(java.util.SortedSet<Integer> rows, String col) {
            List<String> parts = new java.util.ArrayList<>();
            Integer start = null;
            Integer prev = null;
            for (int r : rows) {
                if (prev != null && r == prev + 1) {
                    prev = r;
                    continue;
                }
                if (start != null) {
                    parts.add(range(col, start, prev));
                }
                start = r;
                prev = r;
            }
            parts.add(range(col, start, prev));
            return String.join(",", parts);
        }

        private static String range(String col, int from, int to) {
            return from == to ? col + (from + 1) : col + (from + 1) + ":" + col + (to + 1);
        }

        private static BigDecimal mnkr(Cell c) {
            if (c instanceof Cell.Amount a) {
                return a.value().toMnkr();
            }
            return ((Cell.Deviation) c).value().toMnkr();
        }

        private void cell(int r, int c, Cell value, boolean total) {
            if (value instanceof Cell.Text t) {
                text(r, c, t.value(), total ? Kind.TEXT_TOTAL : Kind.TEXT);
            } else if (value instanceof Cell.Amount a) {
                amount(r, c, a.value().toMnkr(), styles.get(total ? Kind.AMOUNT_TOTAL : Kind.AMOUNT));
            } else if (value instanceof Cell.Deviation d) {
                amount(r, c, d.value().toMnkr(), styles.deviation(d.favourability(), total));
            } else if (value instanceof Cell.Percent p) {
                XSSFCell cell = cellAt(r, c);
                cell.setCellValue(shown(p.fraction(), p.decimals() + 2));
                cell.setCellStyle(p.meaning().isPresent() ? styles.change(p.favourability(), total, p.decimals())
                        : styles.decimals(total ? Kind.PERCENT_TOTAL : Kind.PERCENT, p.decimals()));
                track(c, "\u2212100," + "0".repeat(Math.max(0, p.decimals())) + " %");
            } else if (value instanceof Cell.Number n) {
                XSSFCell cell = cellAt(r, c);
                cell.setCellValue(shown(n.value(), n.decimals()));
                cell.setCellStyle(styles.decimals(total ? Kind.NUMBER_TOTAL : Kind.NUMBER, n.decimals()));
                track(c, "\u2212" + n.value().abs().setScale(Math.max(0, n.decimals()), RoundingMode.HALF_UP)
                        .toPlainString());
            } else if (total) {
                cellAt(r, c).setCellStyle(styles.get(Kind.LABEL_TOTAL));
            }
        }

        /** The value rounded to what it shows, as the double a cell stores: never a residue, never −0. */
        private static double shown(BigDecimal value, int decimals) {
            return value.setScale(Math.max(0, decimals), RoundingMode.HALF_UP).doubleValue() + 0.0;
        }

        /** A figure in mnkr (a chart's data): the cell holds it rounded to the one decimal it shows. */
        void amount(int r, int c, BigDecimal mnkr, boolean total) {
            amount(r, c, mnkr, styles.get(total ? Kind.AMOUNT_TOTAL : Kind.AMOUNT));
        }

        private void amount(int r, int c, BigDecimal mnkr, XSSFCellStyle style) {
            XSSFCell cell = cellAt(r, c);
            cell.setCellValue(shown(mnkr, Table.AMOUNT_DECIMALS));
            cell.setCellStyle(style);
            track(c, "\u2212" + mnkr.abs().setScale(1, RoundingMode.HALF_UP).toPlainString() + "  ");
        }

        /** Text is always set as a string, and guarded when a spreadsheet would read it as a formula. */
        void text(int r, int c, String value, Kind kind) {
            XSSFCell cell = cellAt(r, c);
            cell.setCellValue(value);
            cell.setCellStyle(needsGuard(value) ? styles.guarded(kind) : styles.get(kind));
            if (kind == Kind.HEADER) {
                headerRows.add(r);
                // A header wraps: its column need only be as wide as its longest word, or a third of it.
                track(c, headerWidth(value));
                return;
            }
            if (kind != Kind.SECTION_TITLE && kind != Kind.SUBTITLE && kind != Kind.TABLE_TITLE && kind != Kind.NOTE
                    && kind != Kind.PARAGRAPH) {
                track(c, value);
            }
        }

        /** The width a wrapping header needs: its longest word, or its length over {@link #HEADER_LINES}. */
        static String headerWidth(String header) {
            int longest = 0;
            for (String w : header.split("\\s+")) {
                longest = Math.max(longest, w.length());
            }
            int chars = Math.max(longest, (header.length() + HEADER_LINES - 1) / HEADER_LINES);
            return "x".repeat(Math.min(header.length(), chars));
        }

        private XSSFCell cellAt(int r, int c) {
            XSSFRow x = sheet.getRow(r);
            if (x == null) {
                x = sheet.createRow(r);
            }
            maxColumn = Math.max(maxColumn, c);
            XSSFCell cell = x.getCell(c);
            return cell != null ? cell : x.createCell(c);
        }

        private void track(int c, String text) {
            if (c < width.length) {
                width[c] = Math.max(width[c], text.length());
            }
        }

        private void layout() {
            sheet.setColumnWidth(0, 256 * Math.min(LABEL_COLUMN_MAX, Math.max(LABEL_COLUMN_MIN, width[0] + 2)));
            for (int c = 1; c <= Math.max(maxColumn, 6) && c < width.length; c++) {
                int w = Math.min(VALUE_COLUMN_MAX, Math.max(VALUE_COLUMN_MIN, width[c] + 2));
                sheet.setColumnWidth(c, 256 * w);
            }
            chartWidth();
            paragraphs();
            // Headers wrap within their column (widths are capped); give such a row room for its lines.
            for (int r : headerRows) {
                int lines = 1;
                for (org.apache.poi.ss.usermodel.Cell cell : sheet.getRow(r)) {
                    lines = Math.max(lines, lines(cell.getStringCellValue(),
                            sheet.getColumnWidth(cell.getColumnIndex()) / 256 - 1));
                }
                if (lines > 1) {
                    sheet.getRow(r).setHeightInPoints(Math.min(4, lines) * 13f);
                }
            }
            if (frozenRows > 0) {
                sheet.createFreezePane(1, frozenRows);
            }
            PrintSetup ps = sheet.getPrintSetup();
            ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
            double sheetWidth = printedWidth();
            boolean landscape = portraitWidth() / sheetWidth < LANDSCAPE_ABOVE;
            ps.setLandscape(landscape);
            ps.setFitWidth((short) 1);
            ps.setFitHeight((short) 0);
            sheet.setFitToPage(true);
            sheet.setAutobreaks(true);
            sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT, MARGIN_SIDE);
            sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.RIGHT, MARGIN_SIDE);
            sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.TOP, MARGIN_TOP_BOTTOM);
            sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.BOTTOM, MARGIN_TOP_BOTTOM);
            sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.HEADER, MARGIN_HEADER);
            sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.FOOTER, MARGIN_HEADER);
            pageBreaks(landscape, sheetWidth);
            sheet.setDisplayGridlines(false);
            sheet.setPrintGridlines(false);
            sheet.getHeader().setLeft(headerText(doc.region()));
            sheet.getHeader().setCenter(headerText(doc.title()));
            sheet.getHeader().setRight(headerText(doc.period()));
            sheet.getFooter().setLeft(headerText(labels.format("report.engine", doc.metadata().engineVersion())
                    + " \u00b7 SHA-256 " + doc.metadata().shortFingerprint()));
            sheet.getFooter().setRight(labels.format("report.page", "&P", "&N"));
        }

        /**
         * A chart spans the first columns: the label column widens, when they are narrow, to give the chart
         * and its title room ({@link #CHART_MIN_CHARS}). The title itself no longer sets the label column's
         * width: a long title widened the whole sheet and shrank it in print.
         */
        private void chartWidth() {
            if (section.charts().isEmpty()) {
                return;
            }
            int chars = 0;
            for (int c = 0; c < XlsxCharts.CHART_COLUMNS; c++) {
                chars += sheet.getColumnWidth(c) / 256;
            }
            if (chars < CHART_MIN_CHARS) {
                sheet.setColumnWidth(0, sheet.getColumnWidth(0) + 256 * (CHART_MIN_CHARS - chars));
            }
        }

        private static int lines(String text, int chars) {
            return (text.length() + Math.max(1, chars) - 1) / Math.max(1, chars);
        }

        /** The printed width of the sheet's columns at full size, points (a lower bound: see {@link #CHAR_POINTS}). */
        private double printedWidth() {
            double w = 0;
            for (int c = 0; c <= Math.max(maxColumn, 6); c++) {
                w += sheet.getColumnWidth(c) / 256.0 * CHAR_POINTS;
            }
            return w;
        }

        private static double portraitWidth() {
            return A4_SHORT - 2 * MARGIN_SIDE * 72;
        }

        /**
         * Page breaks so that no table is cut where it need not be: a block that fits a page but not what is
         * left of one starts a new page; a longer one fills pages and carries at least
         * {@link #MIN_ROWS_AFTER_BREAK} rows (never a total alone) onto the next, and its header repeats
         * there. Heights are planned high and the scale low, so a page holds at least what is planned for
         * it and the program adds no break of its own inside a block.
         */
        private void pageBreaks(boolean landscape, double sheetWidth) {
            double printable = (landscape ? A4_LONG : A4_SHORT) - 2 * MARGIN_SIDE * 72;
            double scale = Math.min(1.0, printable / sheetWidth);
            double capacity = ((landscape ? A4_SHORT : A4_LONG) - 2 * MARGIN_TOP_BOTTOM * 72) / scale;
            double used = 0;
            int next = 0;
            Block repeated = null;
            int spanning = 0;
            for (Block b : blocks) {
                for (; next < b.first(); next++) {
                    double h = height(next);
                    if (used > 0 && used + h > capacity) {
                        sheet.setRowBreak(next - 1);
                        used = 0;
                    }
                    used += h;
                }
                double h = 0;
                for (int r = b.first(); r <= b.last(); r++) {
                    h += height(r);
                }
                boolean pageStart = used == 0 || b.first() == 0;
                // A block longer than a page starts where its header and a few rows still fit.
                double opening = 0;
                for (int r = b.first(); r <= Math.min(b.last(), bodyStart(b) + MIN_ROWS_AFTER_BREAK - 1); r++) {
                    opening += height(r);
                }
                boolean splits = h > capacity || b.kind() == Block.Kind.CHART_DATA;
                boolean fits = used + h <= capacity;
                boolean breakBefore = b.newPage() || (!fits && (!splits || used + opening > capacity));
                if (!pageStart && breakBefore) {
                    sheet.setRowBreak(b.first() - 1);
                    used = 0;
                }
                if (used + h <= capacity) {
                    used += h;
                } else {
                    used = split(b, used, capacity);
                    if (b.repeatsHeader()) {
                        repeated = b;
                        spanning++;
                    }
                }
                next = b.last() + 1;
            }
            // Only one run of rows can repeat on a sheet: the header of its one table that spans pages.
            if (repeated != null && spanning == 1) {
                sheet.setRepeatingRows(new CellRangeAddress(repeated.headerFirst(), repeated.headerLast(), -1, -1));
            }
        }

        /** Breaks a block taller than what is left of the page; returns what the last page holds of it. */
        private double split(Block b, double used, double capacity) {
            double header = 0;
            for (int r = b.headerFirst(); b.repeatsHeader() && r <= b.headerLast(); r++) {
                header += height(r);
            }
            int firstBody = bodyStart(b);
            int lastBreak = firstBody;
            int r = b.first();
            while (r <= b.last()) {
                double h = height(r);
                if (used + h <= capacity || r <= lastBreak) {
                    used += h;
                    r++;
                    continue;
                }
                // Break before r, unless too few rows would follow: then earlier, but after the last break.
                int breakAt = Math.max(lastBreak + 1, Math.min(r, b.last() - MIN_ROWS_AFTER_BREAK + 1));
                sheet.setRowBreak(breakAt - 1);
                used = header;
                r = breakAt;
                lastBreak = breakAt;
            }
            return used;
        }

        /** The first row of a block after its header. */
        private static int bodyStart(Block b) {
            return b.headerFirst() >= 0 ? b.headerLast() + 1 : b.first();
        }

        private double height(int r) {
            XSSFRow x = sheet.getRow(r);
            return x != null && x.getCTRow().isSetCustomHeight() ? Math.max(x.getHeightInPoints(), DEFAULT_ROW_POINTS)
                    : DEFAULT_ROW_POINTS;
        }

        /**
         * A paragraph or a table's note spans the columns the tables use, wraps within them, and gets
         * the height of its lines (estimated from the characters, like the column widths: no font is
         * measured).
         */
        private void paragraphs() {
            int last = Math.max(maxColumn, 6);
            int chars = 0;
            for (int c = 0; c <= last; c++) {
                chars += sheet.getColumnWidth(c) / 256;
            }
            for (int r : wrappedRows) {
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
                String text = sheet.getRow(r).getCell(0).getStringCellValue();
                // A column's width counts the default font's digits; running text is about as wide.
                int lines = (int) Math.ceil(text.length() / (double) Math.max(1, chars - 2));
                sheet.getRow(r).setHeightInPoints(Math.max(1, lines) * 15f + 3f);
            }
        }

        /** Header and footer text with '&' doubled: a lone '&' starts a formatting code there. */
        private static String headerText(String s) {
            return s.replace("&", "&&");
        }
    }
}

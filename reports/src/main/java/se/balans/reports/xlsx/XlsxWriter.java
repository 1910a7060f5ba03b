package se.balans.reports.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import se.balans.reports.chart.Chart;
import se.balans.reports.document.ReportDocument;
import se.balans.reports.document.Section;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Row;
import se.balans.reports.table.Table;
import se.balans.reports.text.Labels;
import se.balans.reports.text.Language;
import se.balans.reports.xlsx.XlsxStyles.Kind;

/**
 * Writes a {@link ReportDocument} as an Excel workbook (.xlsx): one sheet per section, the tables
 * with real numbers in number formats (so a reader can sum and chart them), and native charts
 * over cells of the sheet (editable in Excel and LibreOffice, not pictures).
 *
 * <p>Guarantees: the header rows of the first table and the label column are frozen; A4
 * landscape, fit to the page width, with the region and period in the page header and page
 * numbers in the footer; title, author (the region), fingerprint and engine version in the
 * document properties; text never becomes a formula; and the same document gives the same bytes
 * (fixed document and zip-entry times, stable order, column widths computed from the text rather
 * than from the fonts installed on the machine).
 */
public final class XlsxWriter {
    /** Characters that make a spreadsheet read a typed cell as a formula (CSV/formula injection). */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final int LABEL_COLUMN_MIN = 24;
    private static final int LABEL_COLUMN_MAX = 70;
    private static final int VALUE_COLUMN_MIN = 11;
    private static final int VALUE_COLUMN_MAX = 24;

    /** Writes the workbook; the stream is not closed. */
    public void write(ReportDocument doc, OutputStream out) throws IOException {
        Labels labels = Labels.of(doc.language());
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XlsxStyles styles = new XlsxStyles(wb, doc.language() == Language.SV);
            for (Section section : doc.sections()) {
                new SheetWriter(wb, styles, labels, doc, section).write();
            }
            properties(wb, doc);
            wb.write(raw);
        }
        LocalDateTime time = LocalDateTime.ofInstant(doc.metadata().timestamp(), ZoneOffset.UTC);
        DeterministicZip.repack(raw.toByteArray(), time, out);
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
        private final int[] width = new int[64];
        private int row;
        private int frozenRows = -1;
        private int maxColumn;
        private final java.util.SortedSet<Integer> headerRows = new java.util.TreeSet<>();
        /** Paragraphs and table notes: running text that wraps across the table's columns. */
        private final List<Integer> wrappedRows = new java.util.ArrayList<>();

        SheetWriter(XSSFWorkbook wb, XlsxStyles styles, Labels labels, ReportDocument doc, Section section) {
            this.styles = styles;
            this.labels = labels;
            this.doc = doc;
            this.section = section;
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
                // A chart starts a printed page, so that a page break never cuts it in two.
                sheet.setRowBreak(row - 1);
                row = charts.add(c, row, this::text, this::amount);
                track(0, c.title());
            }
            layout();
        }

        private void table(Table t) {
            text(row, 0, t.title(), Kind.TABLE_TITLE);
            row++;
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
            // Freeze under the first table's header, unless text comes first: it would fill the frozen pane.
            if (frozenRows < 0) {
                frozenRows = section.paragraphs().isEmpty() ? row : 0;
            }
            for (Row r : t.rows()) {
                boolean total = r.style() == Row.Style.TOTAL;
                Kind labelKind = r.style() == Row.Style.HEADING ? Kind.HEADING : total ? Kind.LABEL_TOTAL : Kind.LABEL;
                text(row, 0, r.label(), labelKind);
                for (int i = 0; i < r.cells().size(); i++) {
                    cell(row, i + 1, r.cells().get(i), total);
                }
                row++;
            }
            for (String line : t.noteLines(labels)) {
                // Wrapped like a paragraph: a long note left to overflow widens what prints, and
                // fit-to-width would shrink the whole sheet to make room for it.
                text(row, 0, line, Kind.NOTE);
                wrappedRows.add(row);
                row++;
            }
            row++;
        }

        private void cell(int r, int c, Cell value, boolean total) {
            if (value instanceof Cell.Text t) {
                text(r, c, t.value(), total ? Kind.TEXT_TOTAL : Kind.TEXT);
            } else if (value instanceof Cell.Amount a) {
                // A figure that shows as 0,0 shows it without a minus and without red ("−0,0" is noise to the
                // reader); the cell keeps the exact value.
                boolean showsZero = a.value().toMnkr().setScale(1, java.math.RoundingMode.HALF_UP).signum() == 0;
                amount(r, c, a.value().toMnkr(), showsZero ? styles.deviation(Cell.Favourability.NEUTRAL, total)
                        : styles.get(total ? Kind.AMOUNT_TOTAL : Kind.AMOUNT));
            } else if (value instanceof Cell.Deviation d) {
                amount(r, c, d.value().toMnkr(), styles.deviation(d.favourability(), total));
            } else if (value instanceof Cell.Percent p) {
                XSSFCell cell = cellAt(r, c);
                cell.setCellValue(p.fraction().doubleValue());
                cell.setCellStyle(styles.decimals(total ? Kind.PERCENT_TOTAL : Kind.PERCENT, p.decimals()));
                track(c, "\u2212100," + "0".repeat(Math.max(0, p.decimals())) + " %");
            } else if (value instanceof Cell.Number n) {
                XSSFCell cell = cellAt(r, c);
                cell.setCellValue(n.value().doubleValue());
                cell.setCellStyle(styles.decimals(total ? Kind.NUMBER_TOTAL : Kind.NUMBER, n.decimals()));
                track(c, "\u2212" + n.value().abs().setScale(Math.max(0, n.decimals()), java.math.RoundingMode.HALF_UP)
                        .toPlainString());
            } else if (total) {
                cellAt(r, c).setCellStyle(styles.get(Kind.LABEL_TOTAL));
            }
        }

        /** A figure in mnkr: the cell holds the number, the format shows one decimal. */
        void amount(int r, int c, BigDecimal mnkr, boolean total) {
            amount(r, c, mnkr, styles.get(total ? Kind.AMOUNT_TOTAL : Kind.AMOUNT));
        }

        private void amount(int r, int c, BigDecimal mnkr, XSSFCellStyle style) {
            XSSFCell cell = cellAt(r, c);
            cell.setCellValue(mnkr.doubleValue());
            cell.setCellStyle(style);
            track(c, "\u2212" + mnkr.abs().setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "  ");
        }

        /** Text is always set as a string, and guarded when a spreadsheet would read it as a formula. */
        void text(int r, int c, String value, Kind kind) {
            XSSFCell cell = cellAt(r, c);
            cell.setCellValue(value);
            cell.setCellStyle(needsGuard(value) ? styles.guarded(kind) : styles.get(kind));
            if (kind == Kind.HEADER) {
                headerRows.add(r);
            }
            if (kind != Kind.SECTION_TITLE && kind != Kind.SUBTITLE && kind != Kind.TABLE_TITLE && kind != Kind.NOTE
                    && kind != Kind.PARAGRAPH) {
                track(c, value);
            }
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
            paragraphs();
            // Headers wrap within their column (widths are capped); give such a row room for its lines.
            for (int r : headerRows) {
                int lines = 1;
                for (org.apache.poi.ss.usermodel.Cell cell : sheet.getRow(r)) {
                    int chars = sheet.getColumnWidth(cell.getColumnIndex()) / 256 - 1;
                    int len = cell.getStringCellValue().length();
                    lines = Math.max(lines, (len + chars - 1) / Math.max(1, chars));
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
            ps.setLandscape(true);
            ps.setFitWidth((short) 1);
            ps.setFitHeight((short) 0);
            sheet.setFitToPage(true);
            sheet.setAutobreaks(true);
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
                sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r, r, 0, last));
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

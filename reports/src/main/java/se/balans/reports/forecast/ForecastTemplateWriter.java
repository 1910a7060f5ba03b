package se.balans.reports.forecast;

import static se.balans.reports.forecast.TemplateLayout.*;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.poifs.crypt.CryptoFunctions;
import org.apache.poi.poifs.crypt.HashAlgorithm;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import se.balans.engine.money.Money;
import se.balans.engine.statement.StatementKind;
import se.balans.reports.text.Labels;
import se.balans.reports.text.Language;
import se.balans.reports.xlsx.DeterministicZip;

/**
 * Writes a forecast template (prognosmall): one workbook per committee and round, filled in by the
 * committee in Excel or LibreOffice and read back by {@link ForecastTemplateReader}.
 *
 * <p>The sheet "Prognos" ("Forecast" in English) shows the committee's figures locked and offers
 * light-yellow input cells at fixed addresses — the full-year deviation from the frame (B10), the
 * confidence (B11), the comment (B12, merged to F12), five risks (B15:B19 with their effects in
 * F15:F19) and five actions (B22:B26, effects F22:F26). The sheet is protected (SHA-512 password hash)
 * so that a slip cannot overwrite a figure; the password is no secret, because what actually tells an
 * altered figure is the template fingerprint on the very hidden sheet "_balans", which also holds the
 * identity (organisation, committee, month, closing) and every covered figure exactly, so that the
 * reader can name the cell that was changed. The identity is repeated in custom document properties,
 * all as strings (LibreOffice turns integer properties into decimals). Cells hold exact mnkr and
 * show one decimal; there are no formulas, so there is no stored result to trust.
 */
public final class ForecastTemplateWriter {
    /** The light yellow of input cells. */
    private static final byte[] INPUT_FILL = {(byte) 0xFF, (byte) 0xF2, (byte) 0xCC};
    /** mnkr with one decimal and "−" when negative, never red: a negative figure is not bad news for its sign. */
    private static final String AMOUNT_FORMAT = "[$-41D]#,##0.0;[$-41D]\"\u2212\"#,##0.0;[$-41D]0.0";
    /** Largest deviation or effect the validation accepts, in mnkr: far beyond any region, but not a typo of 10^9. */
    private static final double LIMIT_MNKR = 1e6;

    /**
     * Writes the template; the stream is not closed. The same template gives the same bytes: the workbook is
     * dated by its closing, not by the clock, and its zip entries are stamped alike.
     */
    public void write(ForecastTemplate t, Language language, OutputStream out) throws IOException {
        Labels labels = Labels.of(language);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            new Layout(wb, labels, t).write();
            POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
            core.setCreated(Optional.of(Date.from(t.closedAt())));
            core.setModified(Optional.of(Date.from(t.closedAt())));
            DeterministicZip.write(wb, t.closedAt(), out);
        }
    }

    /** One workbook's styles and sheets. */
    private static final class Layout {
        private final XSSFWorkbook wb;
        private final Labels labels;
        private final ForecastTemplate t;
        private final String sheetName;
        private final XSSFSheet sheet;
        private final XSSFSheet identity;
        private final Map<String, XSSFCellStyle> styles = new LinkedHashMap<>();
        /** Covered cells in order of writing: reference to exact mnkr. */
        private final LinkedHashMap<String, String> covered = new LinkedHashMap<>();

        Layout(XSSFWorkbook wb, Labels labels, ForecastTemplate t) {
            this.wb = wb;
            this.labels = labels;
            this.t = t;
            this.sheetName = labels.get("forecast.template.sheet");
            this.sheet = wb.createSheet(sheetName);
            this.identity = wb.createSheet(IDENTITY_SHEET);
        }

        void write() {
            header();
            inputs();
            figures();
            LinkedHashMap<String, String> id = identityEntries();
            String fingerprint = fingerprint(id, covered);
            id.put(KEY_TEMPLATE_FINGERPRINT, fingerprint);
            identitySheet(id);
            properties(id);
            pageSetup();
            protect(fingerprint);
        }

        private void header() {
            text(ROW_TITLE, COL_LABEL, labels.format("forecast.template.title", labels.committee(t.committee())),
                    style("title"));
            labelled(ROW_ORGANISATION, "forecast.template.organisation", t.organisation().name());
            labelled(ROW_ORGANISATION_NUMBER, "forecast.template.organisation_number", t.organisation().number());
            labelled(ROW_COMMITTEE, "forecast.template.committee",
                    t.committee().code() + " \u2013 " + labels.committee(t.committee()));
            String month = labels.get("month." + t.month().getMonthValue()) + " " + t.month().getYear();
            labelled(ROW_ROUND, "forecast.template.round", labels.format("forecast.template.round.value", month));
            labelled(ROW_CLOSING, "forecast.template.closing", labels.format("forecast.template.closing.value",
                    Long.toString(t.closingId()), t.closingFingerprint()));
            text(ROW_FRAME, COL_LABEL, labels.get("forecast.template.frame"), style("label"));
            amount(ROW_FRAME, COL_VALUE, t.frame(), style("amount"));
        }

        private void labelled(int row, String key, String value) {
            text(row, COL_LABEL, labels.get(key), style("label"));
            text(row, COL_VALUE, value, style("text"));
            merge(row, COL_VALUE, COL_EFFECT);
        }

        private void inputs() {
            text(ROW_INPUT_TITLE, COL_LABEL, labels.get("forecast.template.input.title"), style("heading"));
            text(ROW_DEVIATION, COL_LABEL, labels.get("forecast.template.deviation"), style("label"));
            cell(ROW_DEVIATION, COL_VALUE).setCellStyle(style("input.amount"));
            numberValidation(new CellRangeAddressList(ROW_DEVIATION, ROW_DEVIATION, COL_VALUE, COL_VALUE));

            text(ROW_CONFIDENCE, COL_LABEL, labels.get("forecast.template.confidence"), style("label"));
            cell(ROW_CONFIDENCE, COL_VALUE).setCellStyle(style("input.choice"));
            confidenceValidation();

            text(ROW_COMMENT, COL_LABEL, labels.get("forecast.template.comment"), style("label"));
            for (int c = COL_VALUE; c <= COL_EFFECT; c++) {
                cell(ROW_COMMENT, c).setCellStyle(style("input.text"));
            }
            merge(ROW_COMMENT, COL_VALUE, COL_EFFECT);
            sheet.getRow(ROW_COMMENT).setHeightInPoints(90);

            items(ROW_RISKS_HEADER, "forecast.template.risks");
            items(ROW_ACTIONS_HEADER, "forecast.template.actions");
        }

        /** A block of five risks or actions under its header row. */
        private void items(int headerRow, String titleKey) {
            text(headerRow, COL_LABEL, labels.get(titleKey), style("header.left"));
            text(headerRow, COL_VALUE, labels.get("forecast.template.description"), style("header.left"));
            for (int c = COL_VALUE + 1; c <= COL_DESCRIPTION_END; c++) {
                cell(headerRow, c).setCellStyle(style("header.left"));
            }
            merge(headerRow, COL_VALUE, COL_DESCRIPTION_END);
            text(headerRow, COL_EFFECT, labels.get("forecast.template.effect"), style("header"));
            for (int i = 0; i < ITEMS; i++) {
                int row = headerRow + 1 + i;
                text(row, COL_LABEL, Integer.toString(i + 1), style("label"));
                for (int c = COL_VALUE; c <= COL_DESCRIPTION_END; c++) {
                    cell(row, c).setCellStyle(style("input.text"));
                }
                merge(row, COL_VALUE, COL_DESCRIPTION_END);
                cell(row, COL_EFFECT).setCellStyle(style("input.amount"));
            }
            numberValidation(new CellRangeAddressList(headerRow + 1, headerRow + ITEMS, COL_EFFECT, COL_EFFECT));
        }

        private void figures() {
            text(ROW_FIGURES_TITLE, COL_LABEL, labels.get("forecast.template.figures"), style("heading"));
            List<String> columns = List.of("line", "ytd", "budget_ytd", "last_year_ytd", "annual_budget", "proposal");
            for (int c = 0; c < columns.size(); c++) {
                text(ROW_FIGURES_HEADER, c, labels.get("forecast.template.col." + columns.get(c)),
                        style(c == 0 ? "header.left" : "header"));
            }
            int row = ROW_FIRST_FIGURE;
            for (ForecastTemplate.Figures f : t.lines()) {
                figureRow(row++, f, false);
            }
            figureRow(row++, t.netCost(), true);
            text(row, COL_LABEL, labels.get("forecast.template.method"), style("label"));
            text(row, COL_VALUE, t.method(), style("text"));
            merge(row, COL_VALUE, COL_EFFECT);
            if (t.backtestError().isPresent()) {
                row++;
                text(row, COL_LABEL, labels.get("forecast.template.backtest"), style("label"));
                amount(row, COL_VALUE, t.backtestError().get(), style("amount"));
            }
        }

        private void figureRow(int row, ForecastTemplate.Figures f, boolean total) {
            text(row, COL_LABEL, labels.line(StatementKind.INCOME_STATEMENT, f.line()),
                    style(total ? "label.total" : "label"));
            List<Money> values = f.values();
            for (int i = 0; i < values.size(); i++) {
                amount(row, COL_VALUE + i, values.get(i), style(total ? "amount.total" : "amount"));
            }
        }

        private LinkedHashMap<String, String> identityEntries() {
            LinkedHashMap<String, String> id = new LinkedHashMap<>();
            id.put(KEY_FORMAT, FORMAT);
            id.put(KEY_VERSION, ForecastTemplate.VERSION);
            id.put(KEY_ORGANISATION_NUMBER, t.organisation().number());
            id.put(KEY_COMMITTEE, t.committee().code());
            id.put(KEY_MONTH, t.month().toString());
            id.put(KEY_CLOSING_ID, Long.toString(t.closingId()));
            id.put(KEY_CLOSING_FINGERPRINT, t.closingFingerprint());
            id.put(KEY_LANGUAGE, labels.language().name().toLowerCase(Locale.ROOT));
            return id;
        }

        /** The hidden sheet: identity in A:B, covered cells below it, confidence choices in column D. */
        private void identitySheet(LinkedHashMap<String, String> id) {
            int row = 0;
            for (Map.Entry<String, String> e : id.entrySet()) {
                hidden(row++, e.getKey(), e.getValue());
            }
            row = ROW_FIRST_COVERED;
            for (Map.Entry<String, String> e : covered.entrySet()) {
                hidden(row++, e.getKey(), e.getValue());
            }
            List<String> choices = List.of("high", "medium", "low");
            for (int i = 0; i < choices.size(); i++) {
                XSSFRow r = identity.getRow(i) == null ? identity.createRow(i) : identity.getRow(i);
                r.createCell(COL_CONFIDENCE_CHOICES).setCellValue(labels.get("forecast.template.confidence." + choices.get(i)));
            }
            Name name = wb.createName();
            name.setNameName(CONFIDENCE_RANGE);
            name.setRefersToFormula(IDENTITY_SHEET + "!$D$1:$D$3");
            wb.setSheetVisibility(wb.getSheetIndex(identity), SheetVisibility.VERY_HIDDEN);
        }

        private void hidden(int row, String key, String value) {
            XSSFRow r = identity.getRow(row) == null ? identity.createRow(row) : identity.getRow(row);
            r.createCell(0).setCellValue(key);
            r.createCell(1).setCellValue(value);
        }

        private void properties(LinkedHashMap<String, String> id) {
            POIXMLProperties p = wb.getProperties();
            p.getCoreProperties().setTitle(labels.format("forecast.template.title", labels.committee(t.committee())));
            p.getCoreProperties().setCreator(t.organisation().name());
            p.getExtendedProperties().setApplication("Balans");
            POIXMLProperties.CustomProperties custom = p.getCustomProperties();
            for (Map.Entry<String, String> e : id.entrySet()) {
                String property = PROPERTIES.get(e.getKey());
                if (property != null) {
                    custom.addProperty(property, e.getValue());
                }
            }
        }

        private void pageSetup() {
            sheet.setColumnWidth(COL_LABEL, 46 * 256);
            for (int c = COL_VALUE; c <= COL_EFFECT; c++) {
                sheet.setColumnWidth(c, 15 * 256);
            }
            sheet.setDisplayGridlines(false);
            sheet.setPrintGridlines(false);
            sheet.setFitToPage(true);
            sheet.setAutobreaks(true);
            PrintSetup ps = sheet.getPrintSetup();
            ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
            ps.setLandscape(true);
            ps.setFitWidth((short) 1);
            ps.setFitHeight((short) 0);
            sheet.setMargin(PageMargin.LEFT, 0.5);
            sheet.setMargin(PageMargin.RIGHT, 0.5);
            wb.setActiveSheet(0);
            sheet.setActiveCell(new org.apache.poi.ss.util.CellAddress(ROW_DEVIATION, COL_VALUE));
        }

        /**
         * Locks the sheet (SHA-512) leaving the input cells, and the workbook's structure, so no sheet is shown or
         * renamed. POI salts the hashes at random; the salt is replaced by one taken from the template's fingerprint
         * (the password is no secret) and the hash made again, so that the same template gives the same bytes.
         */
        private void protect(String fingerprint) {
            byte[] salt = java.util.HexFormat.of().parseHex(fingerprint.substring(0, 32));
            sheet.setSheetPassword(PROTECTION_PASSWORD, HashAlgorithm.sha512);
            var sheetLock = sheet.getCTWorksheet().getSheetProtection();
            sheetLock.setSaltValue(salt);
            sheetLock.setHashValue(CryptoFunctions.hashPassword(PROTECTION_PASSWORD, HashAlgorithm.sha512, salt,
                    (int) sheetLock.getSpinCount(), false));
            sheet.enableLocking();
            sheet.lockSelectLockedCells(false);
            sheet.lockSelectUnlockedCells(false);
            wb.setWorkbookPassword(PROTECTION_PASSWORD, HashAlgorithm.sha512);
            var bookLock = wb.getCTWorkbook().getWorkbookProtection();
            bookLock.setWorkbookSaltValue(salt);
            bookLock.setWorkbookHashValue(CryptoFunctions.hashPassword(PROTECTION_PASSWORD, HashAlgorithm.sha512, salt,
                    (int) bookLock.getWorkbookSpinCount(), false));
            wb.lockStructure();
        }

        private void numberValidation(CellRangeAddressList cells) {
            XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
            DataValidationConstraint c = helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                    Double.toString(-LIMIT_MNKR), Double.toString(LIMIT_MNKR));
            DataValidation v = helper.createValidation(c, cells);
            v.setErrorStyle(DataValidation.ErrorStyle.STOP);
            v.createErrorBox(labels.get("forecast.template.sheet"), labels.get("forecast.template.validation.number"));
            v.setShowErrorBox(true);
            v.setEmptyCellAllowed(true);
            sheet.addValidationData(v);
        }

        private void confidenceValidation() {
            XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
            DataValidationConstraint c = helper.createFormulaListConstraint(CONFIDENCE_RANGE);
            DataValidation v = helper.createValidation(c,
                    new CellRangeAddressList(ROW_CONFIDENCE, ROW_CONFIDENCE, COL_VALUE, COL_VALUE));
            // In XSSF "suppress" is inverted: true shows the drop-down arrow.
            v.setSuppressDropDownArrow(true);
            v.setErrorStyle(DataValidation.ErrorStyle.STOP);
            v.createErrorBox(labels.get("forecast.template.sheet"), labels.get("forecast.template.validation.confidence"));
            v.setShowErrorBox(true);
            v.setEmptyCellAllowed(true);
            sheet.addValidationData(v);
        }

        /** An exact mnkr figure, locked and covered by the fingerprint. */
        private void amount(int row, int col, Money value, XSSFCellStyle style) {
            XSSFCell c = cell(row, col);
            c.setCellValue(value.toMnkr().doubleValue());
            c.setCellStyle(style);
            covered.put(ref(sheetName, row, col), plain(value.toMnkr()));
        }

        private void text(int row, int col, String value, XSSFCellStyle style) {
            XSSFCell c = cell(row, col);
            c.setCellValue(value);
            c.setCellStyle(style);
        }

        private void merge(int row, int first, int last) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, first, last));
        }

        private XSSFCell cell(int row, int col) {
            XSSFRow r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
            return r.getCell(col) == null ? r.createCell(col) : r.getCell(col);
        }

        private XSSFCellStyle style(String kind) {
            return styles.computeIfAbsent(kind, this::create);
        }

        private XSSFCellStyle create(String kind) {
            XSSFCellStyle s = wb.createCellStyle();
            XSSFFont f = wb.createFont();
            f.setFontName("Calibri");
            f.setFontHeightInPoints((short) 10);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setLocked(true);
            switch (kind) {
                case "title" -> {
                    f.setBold(true);
                    f.setFontHeightInPoints((short) 14);
                }
                case "heading", "label.total" -> f.setBold(true);
                case "header", "header.left" -> {
                    f.setBold(true);
                    s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                    s.setBorderBottom(BorderStyle.THIN);
                    s.setWrapText(true);
                    s.setAlignment(kind.equals("header") ? HorizontalAlignment.RIGHT : HorizontalAlignment.LEFT);
                }
                case "amount", "amount.total" -> {
                    f.setBold(kind.equals("amount.total"));
                    s.setDataFormat(wb.createDataFormat().getFormat(AMOUNT_FORMAT));
                    if (kind.equals("amount.total")) {
                        s.setBorderTop(BorderStyle.THIN);
                    }
                }
                case "label", "text" -> s.setWrapText(kind.equals("label"));
                case "input.amount", "input.text", "input.choice" -> {
                    s.setLocked(false);
                    s.setFillForegroundColor(new XSSFColor(INPUT_FILL, null));
                    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                    s.setBorderBottom(BorderStyle.THIN);
                    s.setBorderTop(BorderStyle.THIN);
                    s.setBorderLeft(BorderStyle.THIN);
                    s.setBorderRight(BorderStyle.THIN);
                    if (kind.equals("input.amount")) {
                        s.setDataFormat(wb.createDataFormat().getFormat(AMOUNT_FORMAT));
                    }
                    if (kind.equals("input.text")) {
                        // Typed text stays text: "-fewer staff" or "=…" never becomes a formula.
                        s.setQuotePrefixed(true);
                        s.setWrapText(true);
                        s.setVerticalAlignment(VerticalAlignment.TOP);
                    }
                }
                default -> throw new IllegalArgumentException("no style " + kind);
            }
            s.setFont(f);
            return s;
        }
    }
}

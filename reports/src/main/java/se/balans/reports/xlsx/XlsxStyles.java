package se.balans.reports.xlsx;

import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import se.balans.reports.chart.ChartColors;
import se.balans.reports.table.Cell;

/**
 * The workbook's cell styles, created once per workbook (Excel allows a limited number).
 *
 * <p>Number formats carry the locale tag of the document's language, the same tag on amounts and
 * percentages: {@code [$-41D]} (Swedish) or {@code [$-809]} (English, United Kingdom). LibreOffice then
 * shows the document's separators ("1 234,5" or "1,234.5") whatever the viewer's own locale. Excel takes
 * separators from the viewer's system settings and only honours the tag for names of months and days;
 * the format codes are stored in Excel's invariant syntax, so every viewer sees one decimal and grouping
 * in its own convention.
 *
 * <p>No format colours a figure by its sign: a cost or a budget is not bad news for being negative, and
 * a cost that grew is not good news for being positive. Negative figures have the typographic minus sign
 * (U+2212) in black. Only a figure with a meaning is coloured, by its font: a deviation
 * ({@link Cell.Deviation}) and a change with a meaning ({@link Cell.Percent#meaning()}) are dark green when
 * favourable and dark red when unfavourable, as in the PDF. Values are stored rounded to what they show
 * ({@link se.balans.reports.table.Table#asShown}), so nothing shows "−0,0".
 */
final class XlsxStyles {
    /** The locale tag of Swedish number formats. */
    static final String SWEDISH = "[$-41D]";
    /** The locale tag of English (United Kingdom) number formats: "1,234.5", as the English report writes. */
    static final String ENGLISH = "[$-809]";
    /** mnkr with one decimal in a Swedish workbook; "−" when negative, never red. */
    static final String AMOUNT_FORMAT = numberFormat(SWEDISH, 1);
    /** A deviation: formatted as an amount; the font's colour says whether it is good or bad news. */
    static final String DEVIATION_FORMAT = AMOUNT_FORMAT;
    /**
     * A neutral deviation: one that shows as 0,0 (less than 0,05 mnkr either way). Its negative section
     * has no minus, so a few kronor below zero show 0,0 and never "−0,0".
     */
    static final String NEUTRAL_DEVIATION_FORMAT = DEVIATION_FORMAT.replace("\"\u2212\"", "");
    /** A percentage with one decimal and a space before the sign, as Swedish print has it. */
    static final String PERCENT_FORMAT_SV = percentFormat(true, 1);
    static final String PERCENT_FORMAT_EN = percentFormat(false, 1);

    /** The kinds of cell a report sheet has. */
    enum Kind {
        SECTION_TITLE, SUBTITLE, TABLE_TITLE, HEADER, HEADER_LEFT, SUB_HEADER, SUB_HEADER_LEFT, LABEL, LABEL_TOTAL, HEADING,
        TEXT, TEXT_TOTAL, AMOUNT, AMOUNT_TOTAL, PERCENT, PERCENT_TOTAL, NUMBER, NUMBER_TOTAL, NOTE, PARAGRAPH
    }

    private final XSSFWorkbook wb;
    private final boolean swedish;
    private final Map<Kind, XSSFCellStyle> plain = new EnumMap<>(Kind.class);
    private final Map<Kind, XSSFCellStyle> guarded = new EnumMap<>(Kind.class);
    private final Map<String, XSSFCellStyle> withDecimals = new java.util.HashMap<>();
    private final Map<String, XSSFCellStyle> deviations = new java.util.HashMap<>();
    private final String tag;

    XlsxStyles(XSSFWorkbook wb, boolean swedish) {
        this.wb = wb;
        this.swedish = swedish;
        this.tag = swedish ? SWEDISH : ENGLISH;
        for (Kind k : Kind.values()) {
            plain.put(k, create(k));
        }
    }

    XSSFCellStyle get(Kind kind) {
        return plain.get(kind);
    }

    /**
     * A percentage or plain-number style showing {@code decimals} decimals (2,82 %, 2,1 år); the
     * one-decimal styles are the plain ones. Created on first use, one per kind and decimals.
     */
    XSSFCellStyle decimals(Kind kind, int decimals) {
        if (kind != Kind.PERCENT && kind != Kind.PERCENT_TOTAL && kind != Kind.NUMBER && kind != Kind.NUMBER_TOTAL) {
            throw new IllegalArgumentException("no decimals for " + kind);
        }
        if (decimals == 1) {
            return plain.get(kind);
        }
        return withDecimals.computeIfAbsent(kind + "/" + decimals, k -> {
            XSSFCellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(plain.get(kind));
            boolean percent = kind == Kind.PERCENT || kind == Kind.PERCENT_TOTAL;
            s.setDataFormat(wb.createDataFormat().getFormat(percent ? percentFormat(swedish, decimals)
                    : numberFormat(tag, decimals)));
            return s;
        });
    }

    /**
     * The style of a deviation: an amount (or a total's amount) whose font is green when favourable and
     * red when unfavourable. Created on first use, one per favourability and row kind.
     */
    XSSFCellStyle deviation(Cell.Favourability f, boolean total) {
        return coloured(total ? Kind.AMOUNT_TOTAL : Kind.AMOUNT, f, f == Cell.Favourability.NEUTRAL
                ? neutralAmountFormat() : numberFormat(tag, 1));
    }

    /** The style of a change in per cent with {@code decimals} decimals, coloured by its favourability. */
    XSSFCellStyle change(Cell.Favourability f, boolean total, int decimals) {
        return coloured(total ? Kind.PERCENT_TOTAL : Kind.PERCENT, f, percentFormat(swedish, decimals));
    }

    private XSSFCellStyle coloured(Kind kind, Cell.Favourability f, String format) {
        return deviations.computeIfAbsent(kind + "/" + f + "/" + format, k -> {
            XSSFCellStyle base = plain.get(kind);
            XSSFCellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(base);
            byte[] colour = ChartColors.deviation(f);
            s.setDataFormat(wb.createDataFormat().getFormat(format));
            if (colour != null) {
                XSSFFont font = wb.createFont();
                font.setFontName(base.getFont().getFontName());
                font.setFontHeight(base.getFont().getFontHeight());
                font.setBold(base.getFont().getBold());
                font.setColor(new XSSFColor(colour, null));
                s.setFont(font);
            }
            return s;
        });
    }

    private String neutralAmountFormat() {
        return numberFormat(tag, 1).replace("\"\u2212\"", "");
    }

    /** Axis labels of charts: whole mnkr, in the document's locale. */
    String axisFormat() {
        return numberFormat(tag, 0);
    }

    /** A number with grouping and {@code decimals} decimals under the locale tag; "−" when negative. */
    static String numberFormat(String tag, int decimals) {
        String d = decimals(decimals);
        return tag + "#,##0" + d + ";" + tag + "\"\u2212\"#,##0" + d + ";" + tag + "0" + d;
    }

    /** A percentage under the language's locale tag; Swedish with a space before the sign. */
    static String percentFormat(boolean swedish, int decimals) {
        String d = decimals(decimals);
        String tag = swedish ? SWEDISH : ENGLISH;
        String sign = swedish ? "\\ %" : "%";
        return tag + "0" + d + sign + ";" + tag + "\"\u2212\"0" + d + sign + ";" + tag + "0" + d + sign;
    }

    private static String decimals(int n) {
        return n <= 0 ? "" : "." + "0".repeat(n);
    }

    /**
     * The same style with Excel's quote prefix: the cell shows its text as typed, and editing it
     * never turns "=HYPERLINK(…)" from an input file into a formula.
     */
    XSSFCellStyle guarded(Kind kind) {
        return guarded.computeIfAbsent(kind, k -> {
            XSSFCellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(plain.get(k));
            s.setQuotePrefixed(true);
            return s;
        });
    }

    private XSSFCellStyle create(Kind k) {
        XSSFCellStyle s = wb.createCellStyle();
        XSSFFont f = wb.createFont();
        f.setFontName("Calibri");
        f.setFontHeightInPoints((short) 10);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        switch (k) {
            case SECTION_TITLE -> {
                f.setBold(true);
                f.setFontHeightInPoints((short) 14);
            }
            case SUBTITLE, NOTE -> {
                f.setItalic(true);
                f.setColor(IndexedColors.GREY_80_PERCENT.getIndex());
                if (k == Kind.NOTE) {
                    s.setWrapText(true);
                    s.setVerticalAlignment(VerticalAlignment.TOP);
                }
            }
            case TABLE_TITLE -> {
                f.setBold(true);
                f.setFontHeightInPoints((short) 11);
            }
            case HEADER, HEADER_LEFT, SUB_HEADER, SUB_HEADER_LEFT -> {
                boolean sub = k == Kind.SUB_HEADER || k == Kind.SUB_HEADER_LEFT;
                f.setBold(!sub);
                f.setItalic(sub);
                s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                s.setWrapText(true);
                s.setBorderBottom(BorderStyle.THIN);
                boolean left = k == Kind.HEADER_LEFT || k == Kind.SUB_HEADER_LEFT;
                s.setAlignment(left ? HorizontalAlignment.LEFT : HorizontalAlignment.RIGHT);
            }
            case HEADING -> f.setBold(true);
            case PARAGRAPH -> {
                f.setFontHeightInPoints((short) 11);
                s.setWrapText(true);
                s.setVerticalAlignment(VerticalAlignment.TOP);
            }
            case LABEL_TOTAL, TEXT_TOTAL, AMOUNT_TOTAL, PERCENT_TOTAL, NUMBER_TOTAL -> {
                f.setBold(true);
                s.setBorderTop(BorderStyle.THIN);
            }
            default -> {
            }
        }
        s.setFont(f);
        switch (k) {
            case AMOUNT, AMOUNT_TOTAL -> s.setDataFormat(wb.createDataFormat().getFormat(numberFormat(tag, 1)));
            case PERCENT, PERCENT_TOTAL -> s.setDataFormat(wb.createDataFormat()
                    .getFormat(swedish ? PERCENT_FORMAT_SV : PERCENT_FORMAT_EN));
            case NUMBER, NUMBER_TOTAL -> s.setDataFormat(wb.createDataFormat().getFormat(numberFormat(tag, 1)));
            case TEXT, TEXT_TOTAL -> s.setAlignment(HorizontalAlignment.RIGHT);
            case LABEL, LABEL_TOTAL -> s.setWrapText(false);
            default -> {
            }
        }
        return s;
    }
}

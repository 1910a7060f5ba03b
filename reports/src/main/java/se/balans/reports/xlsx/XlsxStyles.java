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
 * <p>Number formats carry the Swedish locale tag {@code [$-41D]}: LibreOffice then shows the
 * Swedish separators ("1 234,5") whatever the viewer's own locale. Excel takes separators from
 * the viewer's system settings and only honours the tag for names of months and days; the
 * format codes are stored in Excel's invariant syntax, so every viewer sees one decimal and
 * grouping in its own convention. Negative figures are red with the typographic minus sign
 * (U+2212); a deviation ({@link Cell.Deviation}) is instead green or red by its meaning, as in the PDF.
 */
final class XlsxStyles {
    /** mnkr with one decimal; red with "−" when negative. */
    static final String AMOUNT_FORMAT = numberFormat(1);
    /**
     * A deviation coloured by its meaning: mnkr as {@link #AMOUNT_FORMAT}, with the minus but not the red
     * of a negative figure (the font's colour says whether it is good or bad news).
     */
    static final String DEVIATION_FORMAT = AMOUNT_FORMAT.replace("[Red]", "");
    /**
     * A neutral deviation: one that shows as 0,0 (less than 0,05 mnkr either way). Its negative section
     * has no minus, so a few kronor below zero show 0,0 and never "−0,0"; the cell keeps the exact value.
     */
    static final String NEUTRAL_DEVIATION_FORMAT = DEVIATION_FORMAT.replace("\"\u2212\"", "");
    /** A percentage with one decimal and a space before the sign, as Swedish print has it. */
    static final String PERCENT_FORMAT_SV = percentFormat(true, 1);
    static final String PERCENT_FORMAT_EN = percentFormat(false, 1);
    /** Axis labels of charts: whole mnkr. */
    static final String AXIS_FORMAT = "[$-41D]#,##0;[$-41D]\"\u2212\"#,##0";

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

    XlsxStyles(XSSFWorkbook wb, boolean swedish) {
        this.wb = wb;
        this.swedish = swedish;
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
                    : numberFormat(decimals)));
            return s;
        });
    }

    /**
     * The style of a deviation: an amount (or a total's amount) whose font is green when favourable and
     * red when unfavourable, never red by its format. Created on first use, one per favourability and
     * row kind, so a workbook has at most six of them.
     */
    XSSFCellStyle deviation(Cell.Favourability f, boolean total) {
        return deviations.computeIfAbsent(f + "/" + total, k -> {
            XSSFCellStyle base = plain.get(total ? Kind.AMOUNT_TOTAL : Kind.AMOUNT);
            XSSFCellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(base);
            byte[] colour = ChartColors.deviation(f);
            s.setDataFormat(wb.createDataFormat().getFormat(colour == null ? NEUTRAL_DEVIATION_FORMAT
                    : DEVIATION_FORMAT));
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

    /** A number with grouping and {@code decimals} decimals; red with "−" when negative. */
    static String numberFormat(int decimals) {
        String d = decimals(decimals);
        return "[$-41D]#,##0" + d + ";[Red][$-41D]\"\u2212\"#,##0" + d + ";[$-41D]0" + d;
    }

    /** A percentage; Swedish with a space before the sign. */
    static String percentFormat(boolean swedish, int decimals) {
        String d = decimals(decimals);
        return swedish ? "[$-41D]0" + d + "\\ %;[Red][$-41D]\"\u2212\"0" + d + "\\ %;[$-41D]0" + d + "\\ %"
                : "0" + d + "%;[Red]\"\u2212\"0" + d + "%;0" + d + "%";
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
            case AMOUNT, AMOUNT_TOTAL -> s.setDataFormat(wb.createDataFormat().getFormat(AMOUNT_FORMAT));
            case PERCENT, PERCENT_TOTAL -> s.setDataFormat(wb.createDataFormat()
                    .getFormat(swedish ? PERCENT_FORMAT_SV : PERCENT_FORMAT_EN));
            case NUMBER, NUMBER_TOTAL -> s.setDataFormat(wb.createDataFormat().getFormat(numberFormat(1)));
            case TEXT, TEXT_TOTAL -> s.setAlignment(HorizontalAlignment.RIGHT);
            case LABEL, LABEL_TOTAL -> s.setWrapText(false);
            default -> {
            }
        }
        return s;
    }
}

package se.balans.reports.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

import se.balans.reports.table.Row;
import se.balans.reports.table.Table;
import se.balans.reports.table.TextTableRenderer;

/**
 * Column widths, font size and line breaks of one table on a page. Figures are never wrapped or
 * cut: the value columns get the width their widest figure needs, the label column the rest, and
 * long labels and headers wrap at spaces. When even that does not fit, the font shrinks step by
 * step to {@link PdfWriter#MIN_TABLE_SIZE}.
 */
final class TableLayout {
    private static final float MIN_LABEL_WIDTH = 110f;
    /** The narrowest a table is made, as a share of the page width. */
    private static final float MIN_TABLE_SHARE = 0.6f;

    private final float fontSize;
    private final float[] columns;
    private final List<List<String>> headerLines;
    private final List<List<String>> labelLines;
    private final boolean subHeader;

    private TableLayout(float fontSize, float[] columns, List<List<String>> headerLines,
                        List<List<String>> labelLines, boolean subHeader) {
        this.fontSize = fontSize;
        this.columns = columns;
        this.headerLines = headerLines;
        this.labelLines = labelLines;
        this.subHeader = subHeader;
    }

    static TableLayout of(Table t, PdfFonts fonts, float width, TextTableRenderer cells) {
        float size = PdfWriter.TABLE_SIZE;
        while (true) {
            int n = t.columns().size();
            float[] cols = new float[n + 1];
            float values = 0;
            for (int c = 0; c < n; c++) {
                float w = longestWord(t.columns().get(c), fonts.bold, size);
                if (t.subHeader().isPresent()) {
                    w = Math.max(w, width(t.subHeader().get().get(c), fonts.regular, size));
                }
                for (Row r : t.rows()) {
                    if (r.style() != Row.Style.HEADING) {
                        PDFont f = r.style() == Row.Style.TOTAL ? fonts.bold : fonts.regular;
                        w = Math.max(w, width(cells.format(r.cells().get(c)), f, size));
                    }
                }
                cols[c + 1] = w + 2 * PdfWriter.CELL_PAD;
                values += cols[c + 1];
            }
            cols[0] = width - values;
            if (cols[0] >= MIN_LABEL_WIDTH) {
                distribute(t, fonts, size, cols, width);
                return build(t, fonts, size, cols);
            }
            if (size <= PdfWriter.MIN_TABLE_SIZE) {
                cols[0] = Math.max(cols[0], 60f);
                return build(t, fonts, size, cols);
            }
            size -= 0.5f;
        }
    }

    /**
     * Room the labels do not need goes first to the value columns whose header would wrap, so
     * that "Andel av året hittills" is one line rather than four; a table that then still does not
     * need the page width is made narrower (but not below {@link #MIN_TABLE_SHARE} of it), so a
     * figure stays near its label instead of across an empty page.
     */
    private static void distribute(Table t, PdfFonts fonts, float size, float[] cols, float width) {
        float label = longestWord(t.labelHeader(), fonts.bold, size);
        for (Row r : t.rows()) {
            label = Math.max(label, width(r.label(), r.style() == Row.Style.NORMAL ? fonts.regular : fonts.bold, size));
        }
        float needed = Math.max(MIN_LABEL_WIDTH, label + 2 * PdfWriter.CELL_PAD);
        float spare = cols[0] - needed;
        for (int c = 1; c < cols.length && spare > 0; c++) {
            float oneLine = width(t.columns().get(c - 1), fonts.bold, size) + 2 * PdfWriter.CELL_PAD;
            float more = Math.min(spare, Math.max(0, oneLine - cols[c]));
            cols[c] += more;
            spare -= more;
        }
        float values = 0;
        for (int c = 1; c < cols.length; c++) {
            values += cols[c];
        }
        cols[0] = Math.min(width - values, Math.max(needed, MIN_TABLE_SHARE * width - values));
    }

    private static TableLayout build(Table t, PdfFonts fonts, float size, float[] cols) {
        List<List<String>> headers = new ArrayList<>();
        headers.add(wrap(t.labelHeader(), fonts.bold, size, cols[0] - 2 * PdfWriter.CELL_PAD));
        for (int c = 0; c < t.columns().size(); c++) {
            headers.add(wrap(t.columns().get(c), fonts.bold, size, cols[c + 1] - 2 * PdfWriter.CELL_PAD));
        }
        List<List<String>> labels = new ArrayList<>();
        for (Row r : t.rows()) {
            PDFont f = r.style() == Row.Style.NORMAL ? fonts.regular : fonts.bold;
            labels.add(wrap(r.label(), f, size, cols[0] - PdfWriter.CELL_PAD));
        }
        return new TableLayout(size, cols, headers, labels, t.subHeader().isPresent());
    }

    float fontSize() {
        return fontSize;
    }

    float lineHeight() {
        return fontSize * 1.25f;
    }

    float columnWidth(int c) {
        return columns[c];
    }

    float totalWidth() {
        float s = 0;
        for (float c : columns) {
            s += c;
        }
        return s;
    }

    List<String> headerLines(int column) {
        return headerLines.get(column);
    }

    int headerTextLines() {
        return headerLines.stream().mapToInt(List::size).max().orElse(1);
    }

    float headerHeight() {
        return (headerTextLines() + (subHeader ? 1 : 0)) * lineHeight() + 5f;
    }

    List<String> labelLines(int row) {
        return labelLines.get(row);
    }

    float rowHeight(int row) {
        return Math.max(1, labelLines.get(row).size()) * lineHeight() + 3f;
    }

    float rowsHeight() {
        float h = 0;
        for (int i = 0; i < labelLines.size(); i++) {
            h += rowHeight(i);
        }
        return h;
    }

    /** Breaks text at spaces into lines no wider than {@code max}; a single long word stays whole. */
    static List<String> wrap(String text, PDFont font, float size, float max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : unbreakable(text)) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && width(candidate, font, size) > max) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** Words a figure is never parted from at a line break: "−37 miljoner kronor", not "−37" / "miljoner". */
    private static final java.util.Set<String> UNITS = java.util.Set.of("miljon", "miljoner", "mnkr", "kr", "kronor",
            "procent", "procentenheter", "%", "million", "millions", "m", "percent", "percentage", "SEK");

    // Compiled once: every cell, header and paragraph of a report is wrapped.
    private static final java.util.regex.Pattern TRAILING_PUNCTUATION = java.util.regex.Pattern.compile("[.,:;)]+$");
    private static final java.util.regex.Pattern FIGURE_SO_FAR =
            java.util.regex.Pattern.compile("(.*\\s)?[\u2212-]?\\d{1,3}( \\d{3})*");
    private static final java.util.regex.Pattern THOUSANDS_GROUP =
            java.util.regex.Pattern.compile("\\d{3}([,.]\\d+)?[.,:;)%]*");

    /**
     * The text's words for wrapping, a figure kept whole ("1 009", grouped with a plain space) and with the unit
     * after it (and "SEK" with the figure after it): the spaces stay as they are, only where a line may break
     * changes.
     */
    static List<String> unbreakable(String text) {
        String[] words = text.split(" ", -1);
        List<String> out = new ArrayList<>();
        for (String w : words) {
            if (!out.isEmpty()) {
                String before = out.get(out.size() - 1);
                boolean figureThenUnit = !before.isEmpty() && Character.isDigit(before.charAt(before.length() - 1))
                        && UNITS.contains(TRAILING_PUNCTUATION.matcher(w).replaceFirst(""));
                boolean currencyThenFigure = before.endsWith("SEK") && !w.isEmpty()
                        && (Character.isDigit(w.charAt(0)) || w.charAt(0) == '\u2212' || w.charAt(0) == '-');
                // Swedish groups thousands with a plain space (NumberStyle): "1 009" is one figure.
                boolean thousands = FIGURE_SO_FAR.matcher(before).matches() && THOUSANDS_GROUP.matcher(w).matches();
                if (figureThenUnit || currencyThenFigure || thousands) {
                    out.set(out.size() - 1, before + " " + w);
                    continue;
                }
            }
            out.add(w);
        }
        return out;
    }

    private static float longestWord(String text, PDFont font, float size) {
        float w = 0;
        for (String word : text.split(" ")) {
            w = Math.max(w, width(word, font, size));
        }
        return w;
    }

    static float width(String s, PDFont font, float size) {
        try {
            return font.getStringWidth(printable(s, font)) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text with characters the font cannot show replaced by '?', and control characters by
     * spaces: input files may hold any character, and one unprintable name must not stop a report.
     */
    /** Glyph 0 is .notdef: drawing it would show a box and break PDF/A (ISO 19005-2, 6.2.11.8). */
    private static boolean isNotdef(byte[] code) {
        for (byte b : code) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    static String printable(String s, PDFont font) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                sb.append(' ');
                return;
            }
            String ch = new String(Character.toChars(cp));
            try {
                sb.append(isNotdef(font.encode(ch)) ? "?" : ch);
            } catch (IllegalArgumentException | IOException e) {
                sb.append('?');
            }
        });
        return sb.toString();
    }
}

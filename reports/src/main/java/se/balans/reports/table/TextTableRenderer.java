package se.balans.reports.table;

import java.util.ArrayList;
import java.util.List;

import se.balans.reports.text.NumberStyle;

/**
 * Renders a table for a terminal: title, header, label column left-aligned, figures
 * right-aligned, totals underlined by a rule.
 */
public final class TextTableRenderer {
    private final NumberStyle numbers;

    public TextTableRenderer(NumberStyle numbers) {
        this.numbers = numbers;
    }

    public String render(Table t) {
        List<String[]> lines = new ArrayList<>();
        int n = t.columns().size();
        lines.add(header(t.labelHeader(), t.columns()));
        t.subHeader().ifPresent(s -> lines.add(header("", s)));
        for (Row r : t.rows()) {
            String[] line = new String[n + 1];
            line[0] = r.style() == Row.Style.HEADING ? r.label().toUpperCase(numbers.language().locale()) : r.label();
            for (int i = 0; i < n; i++) {
                line[i + 1] = r.style() == Row.Style.HEADING ? "" : format(r.cells().get(i));
            }
            lines.add(line);
        }
        boolean[] textColumn = new boolean[n + 1];
        for (int i = 0; i < n; i++) {
            boolean allText = true;
            boolean any = false;
            for (Row r : t.rows()) {
                if (r.style() == Row.Style.HEADING || r.cells().get(i) instanceof Cell.Empty) {
                    continue;
                }
                any = true;
                allText &= r.cells().get(i) instanceof Cell.Text;
            }
            textColumn[i + 1] = any && allText;
        }
        int[] width = new int[n + 1];
        for (String[] l : lines) {
            for (int i = 0; i <= n; i++) {
                width[i] = Math.max(width[i], l[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append(t.title()).append('\n');
        int total = 0;
        for (int w : width) {
            total += w + 2;
        }
        String rule = "-".repeat(Math.max(0, total - 2));
        int headerLines = t.subHeader().isPresent() ? 2 : 1;
        for (int li = 0; li < lines.size(); li++) {
            String[] l = lines.get(li);
            Row row = li >= headerLines ? t.rows().get(li - headerLines) : null;
            if (row != null && row.style() == Row.Style.HEADING && li > headerLines) {
                sb.append('\n');
            }
            if (row != null && row.style() == Row.Style.TOTAL) {
                sb.append(" ".repeat(width[0] + 2)).append("-".repeat(Math.max(0, total - width[0] - 4))).append('\n');
            }
            StringBuilder line = new StringBuilder();
            line.append(pad(l[0], width[0], false));
            for (int i = 1; i <= n; i++) {
                line.append("  ").append(pad(l[i], width[i], !textColumn[i]));
            }
            sb.append(line.toString().stripTrailing()).append('\n');
            if (li == headerLines - 1) {
                sb.append(rule).append('\n');
            }
        }
        t.note().ifPresent(note -> sb.append(note).append('\n'));
        return sb.toString();
    }

    private static String[] header(String label, List<String> cols) {
        String[] h = new String[cols.size() + 1];
        h[0] = label;
        for (int i = 0; i < cols.size(); i++) {
            h[i + 1] = cols.get(i);
        }
        return h;
    }

    /** The text a cell shows, in the renderer's language. */
    public String format(Cell c) {
        if (c instanceof Cell.Text t) {
            return t.value();
        } else if (c instanceof Cell.Amount a) {
            return numbers.mnkr(a.value(), 1);
        } else if (c instanceof Cell.Deviation d) {
            // No colour in a terminal: the figure as an amount; the table's note says which sign is good.
            return numbers.mnkr(d.value(), Cell.Deviation.DECIMALS);
        } else if (c instanceof Cell.Percent p) {
            return numbers.percent(p.fraction(), p.decimals());
        } else if (c instanceof Cell.Number num) {
            return numbers.number(num.value(), num.decimals());
        }
        return "";
    }

    private static String pad(String s, int w, boolean right) {
        String fill = " ".repeat(Math.max(0, w - s.length()));
        return right ? fill + s : s + fill;
    }
}

package se.balans.reports.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a figure came about, as a tree: the figure with its value, the rule that made it, where its
 * inputs came from, and the figures it was made from. Rendered as indented text for auditors.
 */
public record Explanation(String label, String value, String rule, String source, List<Explanation> parts) {

    public Explanation {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(source, "source");
        parts = List.copyOf(parts);
    }

    public static Explanation leaf(String label, String value, String source) {
        return new Explanation(label, value, "", source, List.of());
    }

    public static Explanation of(String label, String value, String rule, List<Explanation> parts) {
        return new Explanation(label, value, rule, "", parts);
    }

    /** Indented text: value right-aligned after the label, the rule and source on their own lines. */
    public String render() {
        List<String[]> rows = new ArrayList<>();
        collect(this, 0, rows);
        int width = 0;
        int valueWidth = 0;
        for (String[] r : rows) {
            if (r[1] != null) {
                width = Math.max(width, r[0].length());
                valueWidth = Math.max(valueWidth, r[1].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) {
            if (r[1] == null) {
                sb.append(r[0]).append('\n');
            } else {
                sb.append(r[0]).append(" ".repeat(width - r[0].length() + 2 + valueWidth - r[1].length())).append(r[1])
                        .append('\n');
            }
        }
        return sb.toString();
    }

    private static void collect(Explanation e, int depth, List<String[]> rows) {
        String indent = "  ".repeat(depth);
        rows.add(new String[] {indent + e.label, e.value.isEmpty() ? null : e.value});
        if (!e.rule.isEmpty()) {
            rows.add(new String[] {indent + "  ⤷ " + e.rule, null});
        }
        if (!e.source.isEmpty()) {
            rows.add(new String[] {indent + "  ⤷ " + e.source, null});
        }
        for (Explanation p : e.parts) {
            collect(p, depth + 1, rows);
        }
    }
}

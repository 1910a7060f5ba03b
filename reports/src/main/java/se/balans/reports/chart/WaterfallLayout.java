package se.balans.reports.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A waterfall drawn as stacked bars, the way both Excel (which has no waterfall in the chart
 * format POI and LibreOffice share) and JFreeChart can show it: an invisible base lifts each change
 * to where the running total stands.
 *
 * <p>Stacked bars pile positive values up from zero and negative values down from zero, so a bar
 * below zero is a negative base with a negative bar under it, and a change that crosses zero is
 * split into its part above and its part below zero (the "…below zero" series, left out of the
 * legend). Both renderers use this one layout, so the workbook and the PDF draw the same bars.
 */
public final class WaterfallLayout {
    /** The role of a stacked series; {@link #BASE} and the split parts are not shown in the legend. */
    public enum Part { BASE, TOTAL, INCREASE, DECREASE, INCREASE_BELOW_ZERO, DECREASE_BELOW_ZERO }

    /** One stacked series of the layout. */
    public record PartSeries(Part part, List<BigDecimal> values) {
        public PartSeries {
            values = List.copyOf(values);
        }

        public boolean inLegend() {
            return part == Part.TOTAL || part == Part.INCREASE || part == Part.DECREASE;
        }
    }

    private final List<PartSeries> parts;
    private final Optional<BigDecimal> axisFloor;

    private WaterfallLayout(List<PartSeries> parts, Optional<BigDecimal> axisFloor) {
        this.parts = List.copyOf(parts);
        this.axisFloor = axisFloor;
    }

    /** The stacked series, in stacking order; series the chart does not need are left out. */
    public List<PartSeries> parts() {
        return parts;
    }

    /**
     * Where the value axis may start: when every running total is far above zero (a frame bridge
     * of 10 801 → 10 958 moved by a few hundred), starting at zero would flatten the changes into
     * slivers. The floor is a round number below the lowest running total by half the swing.
     */
    public Optional<BigDecimal> axisFloor() {
        return axisFloor;
    }

    public static WaterfallLayout of(Chart chart) {
        if (chart.kind() != Chart.Kind.WATERFALL) {
            throw new IllegalArgumentException("not a waterfall: " + chart.title());
        }
        List<BigDecimal> v = chart.series().get(0).values();
        int n = v.size();
        BigDecimal[][] cols = new BigDecimal[Part.values().length][n];
        for (BigDecimal[] c : cols) {
            java.util.Arrays.fill(c, BigDecimal.ZERO);
        }
        BigDecimal running = v.get(0);
        BigDecimal min = running.min(v.get(n - 1));
        BigDecimal max = running.max(v.get(n - 1));
        cols[Part.TOTAL.ordinal()][0] = v.get(0);
        cols[Part.TOTAL.ordinal()][n - 1] = v.get(n - 1);
        for (int i = 1; i < n - 1; i++) {
            BigDecimal a = running;
            BigDecimal b = running.add(v.get(i));
            boolean up = b.compareTo(a) >= 0;
            Part main = up ? Part.INCREASE : Part.DECREASE;
            if (a.signum() >= 0 && b.signum() >= 0) {
                cols[Part.BASE.ordinal()][i] = a.min(b);
                cols[main.ordinal()][i] = b.subtract(a).abs();
            } else if (a.signum() <= 0 && b.signum() <= 0) {
                cols[Part.BASE.ordinal()][i] = a.max(b);
                cols[main.ordinal()][i] = b.subtract(a).abs().negate();
            } else {
                cols[main.ordinal()][i] = a.max(b);
                cols[(up ? Part.INCREASE_BELOW_ZERO : Part.DECREASE_BELOW_ZERO).ordinal()][i] = a.min(b);
            }
            running = b;
            min = min.min(b);
            max = max.max(b);
        }
        List<PartSeries> out = new ArrayList<>();
        for (Part p : Part.values()) {
            List<BigDecimal> values = List.of(cols[p.ordinal()]);
            boolean needed = p == Part.TOTAL || values.stream().anyMatch(x -> x.signum() != 0);
            if (needed) {
                out.add(new PartSeries(p, values));
            }
        }
        return new WaterfallLayout(out, floor(min, max));
    }

    /**
     * A round number below {@code min} by about half the swing, when every value is positive and
     * the lowest lies more than twice the swing above zero; else none (the axis starts at zero).
     */
    static Optional<BigDecimal> floor(BigDecimal min, BigDecimal max) {
        BigDecimal swing = max.subtract(min);
        if (min.signum() <= 0 || swing.signum() == 0 || min.compareTo(swing.multiply(BigDecimal.valueOf(2))) < 0) {
            return Optional.empty();
        }
        BigDecimal step = BigDecimal.ONE.scaleByPowerOfTen(swing.precision() - swing.scale() - 1);
        BigDecimal target = min.subtract(swing.divide(BigDecimal.valueOf(2), 10, RoundingMode.HALF_UP));
        BigDecimal floor = target.divide(step, 0, RoundingMode.FLOOR).multiply(step);
        return floor.signum() > 0 ? Optional.of(floor.stripTrailingZeros()) : Optional.empty();
    }
}

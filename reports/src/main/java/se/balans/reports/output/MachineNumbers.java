package se.balans.reports.output;

import java.math.BigDecimal;

import se.balans.engine.money.Money;
import se.balans.reports.table.Cell;

/**
 * The numbers programs read, in every CSV and JSON output.
 *
 * <ul>
 * <li>Amounts are in mnkr and exact: {@code -239}, {@code 217.6}, {@code 138.75313338}. Nothing is
 * rounded for display, so a script that adds the figures gets the totals the engine got.</li>
 * <li>Rates, shares and ratios stay fractions ({@code 0.0282}, not 2.82 %); years and counts stay
 * as they are.</li>
 * <li>Plain notation: '.' as the decimal point, no grouping, no exponent ({@code 1000}, never
 * {@code 1E+3}) and no trailing zeros ({@code 3}, not {@code 3.000}).</li>
 * </ul>
 */
public final class MachineNumbers {
    private MachineNumbers() {
    }

    /** A number in plain notation: trailing zeros stripped, never a negative scale (so never an exponent). */
    public static BigDecimal plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** An amount as an exact plain number of mnkr. */
    public static BigDecimal mnkr(Money m) {
        return plain(m.toMnkr());
    }

    /** A number as CSV text: {@code "217.6"}, {@code "-239"}. */
    public static String text(BigDecimal n) {
        return plain(n).toPlainString();
    }

    /**
     * A table cell as programs read it: text as it is, an amount or a deviation in mnkr (whether a
     * deviation is good news is for people's colours), a percentage as its fraction, a number without
     * the decimals it is shown with, nothing as the empty string.
     */
    public static String text(Cell c) {
        if (c instanceof Cell.Text t) {
            return t.value();
        } else if (c instanceof Cell.Amount a) {
            return text(a.value().toMnkr());
        } else if (c instanceof Cell.Deviation d) {
            return text(d.value().toMnkr());
        } else if (c instanceof Cell.Percent p) {
            return text(p.fraction());
        } else if (c instanceof Cell.Number n) {
            return text(n.value());
        }
        return "";
    }
}

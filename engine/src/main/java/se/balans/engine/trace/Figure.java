package se.balans.engine.trace;

import java.util.Objects;

import se.balans.engine.money.Money;

/**
 * A named input figure behind a computed result, so that every reported value can be traced to
 * the lines it came from ("balance_sheet 2025 equity = 2 611,6 mnkr").
 *
 * @param source where the figure sits, e.g. {@code income_statement} or {@code balance_requirement}
 * @param line the line's machine code
 */
public record Figure(String source, int year, String line, Money amount) {
    public Figure {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(amount, "amount");
    }
}

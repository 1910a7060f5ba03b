package se.balans.engine.statement;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import se.balans.engine.money.Money;

/**
 * One year of one statement: the amounts as given (input lines and, where the source printed
 * them, totals).
 *
 * <p>{@link #value} prefers a printed total over the computed one, because a plan is reproduced
 * as it was adopted; {@link #computed} gives the sum of the components, and the consistency check
 * compares the two.
 *
 * @param <L> the statement's line enumeration
 */
public record Statement<L extends Enum<L> & StatementLine>(StatementKind kind, int year, Map<L, Money> given) {

    public Statement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(given, "given");
        given = Collections.unmodifiableMap(given.isEmpty() ? Map.of() : new EnumMap<>(given));
    }

    public static <L extends Enum<L> & StatementLine> Statement<L> of(StatementKind kind, int year, Map<L, Money> given) {
        return new Statement<>(kind, year, given);
    }

    /** The given amount of a line, if the source states it. */
    public Optional<Money> given(L line) {
        return Optional.ofNullable(given.get(line));
    }

    public boolean has(L line) {
        return given.containsKey(line);
    }

    /** The amount of a line: as given, else (for a total) computed from its components, else zero. */
    public Money value(L line) {
        Money g = given.get(line);
        if (g != null) {
            return g;
        }
        return line.isTotal() ? computed(line) : Money.ZERO;
    }

    /** A total recomputed from the values of its components. */
    @SuppressWarnings("unchecked")
    public Money computed(L total) {
        if (!total.isTotal()) {
            throw new IllegalArgumentException(total.code() + " is not a total");
        }
        Money sum = Money.ZERO;
        for (StatementLine c : total.components()) {
            sum = sum.plus(value((L) c));
        }
        return sum;
    }
}

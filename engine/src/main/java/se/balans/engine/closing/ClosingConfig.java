package se.balans.engine.closing;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import se.balans.engine.ledger.LedgerMapping;
import se.balans.engine.statement.IncomeStatementLine;

/**
 * Periodisation and forecast rules: per committee (its operating lines) and per result line (for
 * the region-wide lines: taxes, grants, financial items). A line rule wins over a committee rule —
 * skatteintäkter follow the tax payments wherever they are booked.
 */
public record ClosingConfig(Map<String, ProfileRule> committees, Map<IncomeStatementLine, ProfileRule> lines,
                            ProfileRule committeeDefault) {
    public ClosingConfig {
        committees = Map.copyOf(committees);
        lines = lines.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(lines));
        Objects.requireNonNull(committeeDefault, "committeeDefault");
    }

    /** Committees learn their seasonality; nothing else configured. */
    public static ClosingConfig defaults() {
        return new ClosingConfig(Map.of(), Map.of(), ProfileRule.learned());
    }

    /** The rule for one committee's result line, and what it is keyed by. */
    public Resolved resolve(LedgerMapping.Key key) {
        ProfileRule byLine = lines.get(key.line());
        if (byLine != null) {
            return new Resolved(key.line().code(), byLine);
        }
        return new Resolved(key.committee(), committees.getOrDefault(key.committee(), committeeDefault));
    }

    /** A rule with the target it was configured for (a committee code or a line code). */
    public record Resolved(String target, ProfileRule rule) {
    }
}

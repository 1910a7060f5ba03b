package se.balans.engine.forecast;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import se.balans.engine.money.Money;
import se.balans.engine.statement.IncomeStatementLine;

/**
 * What changed the forecast of årets resultat from one round to the next (prognosbrygga): each
 * committee's net cost of record and each central item, as its effect on the result (positive: better).
 * The steps add up to the difference, to the öre: the bridge explains all of it or it is not built.
 *
 * @param from       the earlier round
 * @param to         the later round
 * @param resultFrom årets resultat forecast in the earlier round
 * @param resultTo   årets resultat forecast in the later round
 */
public record ForecastBridge(YearMonth from, YearMonth to, Money resultFrom, Money resultTo, List<Step> steps) {

    /** One step: a committee (its code) or a central line (its code), and its effect on the result. */
    public record Step(Kind kind, String code, Money effect) {
        public Step {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(effect, "effect");
        }
    }

    /** Whose change a step is. */
    public enum Kind {
        /** A committee's net cost of record. */
        COMMITTEE,
        /** A central item, or another line of the result statement outside the committees. */
        CENTRAL
    }

    /** The lines outside the committees whose change a bridge shows. */
    static final List<IncomeStatementLine> CENTRAL_LINES = List.of(IncomeStatementLine.TAX_REVENUE,
            IncomeStatementLine.GENERAL_GRANTS, IncomeStatementLine.FINANCIAL_INCOME,
            IncomeStatementLine.FINANCIAL_COSTS, IncomeStatementLine.EXTRAORDINARY_ITEMS);

    public ForecastBridge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        steps = List.copyOf(steps);
        Money sum = Money.sum(steps, Step::effect);
        if (!resultFrom.plus(sum).equals(resultTo)) {
            throw new IllegalArgumentException("the bridge's steps sum to " + sum + ", not to the change "
                    + resultTo.minus(resultFrom));
        }
    }

    /**
     * @throws IllegalArgumentException when the rounds are of different years (a bridge across a year end
     *                                  compares two different years' forecasts) or not in order
     */
    public static ForecastBridge of(ForecastOfRecord before, ForecastOfRecord after) {
        YearMonth from = before.round().month();
        YearMonth to = after.round().month();
        if (from.getYear() != to.getYear() || !from.isBefore(to)) {
            throw new IllegalArgumentException("a forecast bridge goes from an earlier round to a later one of the "
                    + "same year, not " + from + " to " + to);
        }
        List<Step> steps = new ArrayList<>();
        Set<String> committees = new LinkedHashSet<>();
        after.round().committees().forEach(l -> committees.add(l.committee()));
        before.round().committees().forEach(l -> committees.add(l.committee()));
        for (String c : committees) {
            Money was = forecast(before, c);
            Money is = forecast(after, c);
            // A higher net cost is a worse result.
            steps.add(new Step(Kind.COMMITTEE, c, was.minus(is)));
        }
        for (IncomeStatementLine l : CENTRAL_LINES) {
            steps.add(new Step(Kind.CENTRAL, l.code(), after.line(l).minus(before.line(l))));
        }
        return new ForecastBridge(from, to, before.line(IncomeStatementLine.RESULT_FOR_YEAR),
                after.line(IncomeStatementLine.RESULT_FOR_YEAR), steps);
    }

    private static Money forecast(ForecastOfRecord f, String committee) {
        return f.round().committees().stream().filter(l -> l.committee().equals(committee)).findFirst()
                .map(ForecastRound.Line::forecast).orElse(Money.ZERO);
    }

    /** The change of the forecast result between the rounds. */
    public Money change() {
        return resultTo.minus(resultFrom);
    }
}

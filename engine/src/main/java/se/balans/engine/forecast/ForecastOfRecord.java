package se.balans.engine.forecast;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import se.balans.engine.closing.MonthlyClosing;
import se.balans.engine.money.Money;
import se.balans.engine.statement.IncomeStatementLine;

/**
 * The round's forecast for the region's result (prognosen), made of its parts: the committees' net cost
 * of record ({@link ForecastRound}) and the central items the finance unit forecasts ({@link CentralItem});
 * a central item not given stays at the closing's computed proposal, marked. The computed proposal of
 * every line stays beside it.
 *
 * <p>Verksamhetens resultat = skatteintäkter + generella statsbidrag − the committees' net cost; årets
 * resultat = verksamhetens resultat + finansiella intäkter + finansiella kostnader + extraordinära poster
 * (as proposed). Every figure sums from the unrounded parts, to the öre.
 */
public record ForecastOfRecord(ForecastRound round, Map<IncomeStatementLine, Money> lines,
                               Map<IncomeStatementLine, Money> proposal,
                               Map<IncomeStatementLine, List<CentralItem>> central) {

    /** The lines shown, in the result statement's order. */
    public static final List<IncomeStatementLine> SHOWN = List.of(IncomeStatementLine.NET_OPERATING_COST,
            IncomeStatementLine.TAX_REVENUE, IncomeStatementLine.GENERAL_GRANTS, IncomeStatementLine.OPERATING_RESULT,
            IncomeStatementLine.FINANCIAL_INCOME, IncomeStatementLine.FINANCIAL_COSTS,
            IncomeStatementLine.EXTRAORDINARY_ITEMS, IncomeStatementLine.RESULT_FOR_YEAR);

    public ForecastOfRecord {
        Objects.requireNonNull(round, "round");
        lines = Map.copyOf(lines);
        proposal = Map.copyOf(proposal);
        Map<IncomeStatementLine, List<CentralItem>> c = new EnumMap<>(IncomeStatementLine.class);
        central.forEach((l, items) -> c.put(l, List.copyOf(items)));
        central = java.util.Collections.unmodifiableMap(c);
    }

    /**
     * @throws IllegalArgumentException when a central item is of another round, given twice, or a line is
     *                                  given both whole and in parts
     */
    public static ForecastOfRecord of(MonthlyClosing closing, ForecastRound round, List<CentralItem> items) {
        Map<IncomeStatementLine, List<CentralItem>> central = new EnumMap<>(IncomeStatementLine.class);
        for (CentralItem i : items) {
            if (!i.round().equals(closing.month())) {
                throw new IllegalArgumentException("the central item " + i.line().code() + " is for the round of "
                        + i.round() + ", not " + closing.month());
            }
            List<CentralItem> given = central.computeIfAbsent(i.line(), l -> new java.util.ArrayList<>());
            String name = i.line().code() + (i.part().isEmpty() ? "" : " " + i.part());
            if (given.stream().anyMatch(g -> g.part().equals(i.part()))) {
                throw new IllegalArgumentException("the central item " + name + " of the round of " + i.round()
                        + " is given twice");
            }
            if (!given.isEmpty() && (i.part().isEmpty() || given.get(0).part().isEmpty())) {
                throw new IllegalArgumentException("the central item " + i.line().code() + " of the round of "
                        + i.round() + " is given both whole and in parts; give it one way");
            }
            given.add(i);
        }
        Map<IncomeStatementLine, Money> proposal = new EnumMap<>(IncomeStatementLine.class);
        for (IncomeStatementLine l : SHOWN) {
            proposal.put(l, closing.line(l).forecastYear());
        }
        Map<IncomeStatementLine, Money> lines = new EnumMap<>(IncomeStatementLine.class);
        // The committees' net cost is a cost: negative, as the result statement prints it.
        lines.put(IncomeStatementLine.NET_OPERATING_COST, round.totalForecast().negated());
        for (IncomeStatementLine l : CentralItem.LINES) {
            lines.put(l, Optional.ofNullable(central.get(l)).map(parts -> Money.sum(parts, CentralItem::amount))
                    .orElse(proposal.get(l)));
        }
        lines.put(IncomeStatementLine.EXTRAORDINARY_ITEMS, proposal.get(IncomeStatementLine.EXTRAORDINARY_ITEMS));
        Money operating = lines.get(IncomeStatementLine.NET_OPERATING_COST)
                .plus(lines.get(IncomeStatementLine.TAX_REVENUE)).plus(lines.get(IncomeStatementLine.GENERAL_GRANTS));
        lines.put(IncomeStatementLine.OPERATING_RESULT, operating);
        lines.put(IncomeStatementLine.RESULT_FOR_YEAR, operating.plus(lines.get(IncomeStatementLine.FINANCIAL_INCOME))
                .plus(lines.get(IncomeStatementLine.FINANCIAL_COSTS))
                .plus(lines.get(IncomeStatementLine.EXTRAORDINARY_ITEMS)));
        return new ForecastOfRecord(round, lines, proposal, central);
    }

    public Money line(IncomeStatementLine line) {
        return lines.get(line);
    }

    /**
     * Årets resultat of record as the year's forecast, which a report's other parts (summary, balance requirement,
     * balance sheet, självfinansieringsgrad) then follow; none after the year's last month, whose outcome is the
     * year's whatever a round forecast. The one place of that rule.
     */
    public Optional<Money> resultForYear() {
        return round.month().getMonthValue() == 12 ? Optional.empty()
                : Optional.of(line(IncomeStatementLine.RESULT_FOR_YEAR));
    }

    /** Where a line of the forecast of record comes from. */
    public enum Source {
        /** The committees' net cost of record (their forecasts, the proposal for those not submitted). */
        COMMITTEES,
        /** The finance unit's central item. */
        CENTRAL,
        /** The computed proposal: no central item given. */
        PROPOSAL,
        /** A sum of the lines above it. */
        SUM
    }

    /** Where a line comes from: the one rule every output of the round tells. */
    public Source source(IncomeStatementLine line) {
        if (line == IncomeStatementLine.NET_OPERATING_COST) {
            return Source.COMMITTEES;
        }
        if (line.isTotal()) {
            return Source.SUM;
        }
        return central.containsKey(line) ? Source.CENTRAL : Source.PROPOSAL;
    }

    /**
     * The pension fund's unrealised return in the forecast (the {@link CentralItem#UNREALISED} parts, a loss
     * negative): in årets resultat, but not in the balanskravsresultat.
     */
    public Money unrealised() {
        return Money.sum(central.values().stream().flatMap(List::stream)
                .filter(i -> i.part().equals(CentralItem.UNREALISED)).toList(), CentralItem::amount);
    }

    /** The forecast of record less the computed proposal: what the committees and the finance unit changed. */
    public Money differenceFromProposal(IncomeStatementLine line) {
        return lines.get(line).minus(proposal.get(line));
    }
}

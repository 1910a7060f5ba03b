package se.balans.engine.balancerequirement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import se.balans.engine.InvalidInputException;
import se.balans.engine.money.Money;

/**
 * The balance requirement of the year being followed up, month by month (balanskravsprognos): the
 * balanskravsutredning on the outcome to date and on the full-year forecast, and the restoration
 * schedule continued from the closed years into the forecast year — which deficits are outstanding
 * by year of origin, what this year must deliver to meet the deadlines falling due in it (KL 11 kap.
 * 12 §), and whether the forecast does.
 *
 * <p>The rules, each once:
 * <ul>
 *   <li>the earlier years are the history's years before this one, closed outcomes as the council
 *       adopted them (synnerliga skäl included); a plan or forecast row the history holds for this
 *       year or a later one is left out: the forecast replaces it;</li>
 *   <li>this year's synnerliga skäl are not assumed: fullmäktige decides them after the year;</li>
 *   <li>the adjustments of the forecast year are those booked to date: value changes in securities
 *       and realisation gains are not forecast, so the forecast's adjustments are the outcome's — except
 *       when the forecast of record states the year's unrealised return ({@link OfRecord}): then the
 *       unrealised change in securities is that, taken out of the result;</li>
 *   <li>the full-year result is the closing's computed forecast, or the forecast of record of the month's
 *       forecast round when there is one ({@link OfRecord}), as the rest of the report forecasts the year;</li>
 *   <li>no reservation to or use of the resultatreserv is assumed before the council decides it.</li>
 * </ul>
 *
 * @param year            the year followed up
 * @param toDate          the balanskravsutredning on the outcome to date
 * @param forecast        this year in the restoration schedule continued with the forecast: its
 *                        balanskravsresultat, what it restores, what remains by year of origin, the
 *                        required result and the deadlines it would miss
 * @param openingByOrigin the deficits outstanding at the start of the year, by year of origin
 * @param adjustmentsFollowed whether the adjustments were taken from accounts configured for them
 *                        ({@link AdjustmentAccounts}); without, årets resultat counts whole and the
 *                        reports say so
 * @param ofRecord        whether the full-year result is the forecast of record rather than the computed proposal
 */
public record BalanceRequirementForecast(int year, BalanceRequirementInput toDate, RestorationYear forecast,
                                         SortedMap<Integer, Money> openingByOrigin, boolean adjustmentsFollowed,
                                         boolean ofRecord) {

    /**
     * The forecast round's figures for the year (prognosrundans fastställda prognos): årets resultat, and the
     * pension fund's unrealised return in it (a loss negative; zero when the round states none).
     */
    public record OfRecord(Money result, Money unrealised) {
        public OfRecord {
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(unrealised, "unrealised");
        }
    }

    public BalanceRequirementForecast {
        Objects.requireNonNull(toDate, "toDate");
        Objects.requireNonNull(forecast, "forecast");
        openingByOrigin = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(openingByOrigin));
    }

    /**
     * @param history        the balance-requirement history (any years; those after {@code year} are left out,
     *                       and of the year's own row only a decided reservation or use of the reserve is kept)
     * @param openingReserve the resultatreserv at the start of the history's first year
     * @param year           the year followed up
     * @param resultToDate   årets resultat to date
     * @param resultForecast årets resultat, full-year forecast
     * @param adjustments    the balanskravsjusteringar booked to date, by line, signed as printed; empty
     *                       when no accounts are configured for them
     * @throws InvalidInputException when the history stops before the year before {@code year}, so that a
     *                               deficit of a missing year would be silently absent, or an adjustment
     *                               has the wrong sign (a realisation-gains account holding a loss)
     */
    public static BalanceRequirementForecast of(List<BalanceRequirementInput> history, Money openingReserve, int year,
                                                Money resultToDate, Money resultForecast,
                                                java.util.Optional<Map<BalanceRequirementLine, Money>> adjustments) {
        return of(history, openingReserve, year, resultToDate, resultForecast, adjustments, java.util.Optional.empty());
    }

    /**
     * @param ofRecord the month's forecast round, when there is one: its result replaces {@code resultForecast}, and
     *                 an unrealised return it states is the forecast's unrealised change in securities
     */
    public static BalanceRequirementForecast of(List<BalanceRequirementInput> history, Money openingReserve, int year,
                                                Money resultToDate, Money resultForecast,
                                                java.util.Optional<Map<BalanceRequirementLine, Money>> adjustments,
                                                java.util.Optional<OfRecord> ofRecord) {
        List<BalanceRequirementInput> earlier = new ArrayList<>();
        for (BalanceRequirementInput in : history) {
            if (in.year() < year) {
                earlier.add(in);
            }
        }
        if (!earlier.isEmpty() && earlier.get(earlier.size() - 1).year() != year - 1) {
            int last = earlier.get(earlier.size() - 1).year();
            throw new InvalidInputException("year", year - 1, "the balance-requirement history ends with " + last
                    + ", but the forecast of " + year + " continues from " + (year - 1) + ": add the years "
                    + (last + 1) + "–" + (year - 1) + " (their outcomes and any synnerliga skäl) to the history");
        }
        Map<BalanceRequirementLine, Money> booked = adjustments.orElse(Map.of());
        BalanceRequirementInput toDate = input(year, resultToDate, booked);
        List<BalanceRequirementInput> withForecast = new ArrayList<>(earlier);
        Map<BalanceRequirementLine, Money> forecastAdjustments = new java.util.EnumMap<>(BalanceRequirementLine.class);
        forecastAdjustments.putAll(booked);
        ofRecord.filter(r -> !r.unrealised().isZero()).ifPresent(r ->
                forecastAdjustments.put(BalanceRequirementLine.UNREALISED_SECURITIES, r.unrealised().negated()));
        Money result = ofRecord.map(OfRecord::result).orElse(resultForecast);
        withForecast.add(planned(history, year, input(year, result, forecastAdjustments)));
        RestorationSchedule schedule = RestorationSchedule.compute(openingReserve, withForecast);
        RestorationYear forecast = schedule.year(year).orElseThrow();
        SortedMap<Integer, Money> opening = earlier.isEmpty() ? new TreeMap<>()
                : schedule.year(year - 1).orElseThrow().unrestoredByOrigin();
        SortedMap<Integer, Money> outstanding = new TreeMap<>();
        opening.forEach((origin, amount) -> {
            if (amount.isNegative()) {
                outstanding.put(origin, amount);
            }
        });
        return new BalanceRequirementForecast(year, toDate, forecast, outstanding, adjustments.isPresent(),
                ofRecord.isPresent());
    }

    /**
     * The forecast with what is already decided for the year: a reservation to or use of the
     * resultatreserv written in the history's row for the year (the budget's decision, status plan),
     * with the row's reserve base for the 1 %/2 % ceiling. Its result and adjustments are the
     * forecast's own; its synnerliga skäl are not assumed (fullmäktige decides them after the year).
     */
    private static BalanceRequirementInput planned(List<BalanceRequirementInput> history, int year,
                                                   BalanceRequirementInput forecast) {
        for (BalanceRequirementInput row : history) {
            if (row.year() != year) {
                continue;
            }
            BalanceRequirementInput out = forecast;
            for (BalanceRequirementLine line : List.of(BalanceRequirementLine.RESERVE_ALLOCATION,
                    BalanceRequirementLine.RESERVE_USE)) {
                if (!row.amount(line).isZero()) {
                    out = out.with(line, row.amount(line));
                }
            }
            if (row.taxesAndGrants().isPresent()) {
                out = out.withReserveBase(row.taxesAndGrants().get(), row.equityInclPensionCommitments().orElseThrow());
            }
            return out;
        }
        return forecast;
    }

    private static BalanceRequirementInput input(int year, Money result, Map<BalanceRequirementLine, Money> adjustments) {
        BalanceRequirementInput in = BalanceRequirementInput.of(year, result);
        for (Map.Entry<BalanceRequirementLine, Money> e : adjustments.entrySet()) {
            if (!e.getValue().isZero()) {
                in = in.with(e.getKey(), e.getValue());
            }
        }
        return in;
    }

    /** The balanskravsresultat the forecast gives for the year. */
    public Money forecastResult() {
        return forecast.balanceRequirementResult();
    }

    /** What the year must deliver to restore every deficit whose deadline is this year (≥ 0). */
    public Money requiredResult() {
        return forecast.requiredResult();
    }

    /** Whether the forecast meets every deadline falling due this year. */
    public boolean meetsDeadlines() {
        return !forecast.missedDeadline();
    }

    /** How much the forecast falls short of the required result (zero when it meets it). */
    public Money shortfall() {
        return requiredResult().minus(forecastResult()).max(Money.ZERO);
    }

    /** The deficits outstanding at the start of the year, together (negative, or zero). */
    public Money openingUnrestored() {
        return Money.sum(openingByOrigin.values());
    }

    /** The deficits the forecast leaves at the end of the year, together (negative, or zero). */
    public Money closingUnrestored() {
        return forecast.closingUnrestored();
    }
}

package se.balans.io.history;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import se.balans.engine.InvalidInputException;
import se.balans.engine.balancerequirement.BalanceRequirementInput;
import se.balans.engine.balancerequirement.BalanceRequirementLine;
import se.balans.engine.balancerequirement.RestorationSchedule;
import se.balans.engine.money.Money;
import se.balans.io.InputFileException;
import se.balans.io.csv.CsvTable;

/**
 * The balance-requirement history file: the auditors' interface to the restoration schedule.
 *
 * <p>CSV, UTF-8, a header row; {@code year} and {@code result} required; the adjustments of the
 * balanskravsutredning optional (default 0), each signed as printed; {@code special_reasons};
 * optionally {@code taxes_and_grants} and {@code equity_incl_pension_commitments} for the reserve
 * ceiling; free-text {@code status} and {@code note}. Amounts in mnkr. Rows may come in any order
 * but must cover consecutive years once each.
 *
 * <p>{@code reserve_opening}, given on the first year's row only, is the resultatreserv at the
 * start of that year (what years before the history set aside); without it the reserve starts at
 * zero, so a {@code reserve_use} is refused until reservations have built up as much.
 *
 * @param openingReserve the resultatreserv at the start of the first year
 */
public record BalanceRequirementHistory(Path file, List<BalanceRequirementInput> years, Map<Integer, Long> lineOfYear,
                                        Money openingReserve) {

    static final String SPECIAL_REASONS = "special_reasons";
    static final String TAXES_AND_GRANTS = "taxes_and_grants";
    static final String EQUITY = "equity_incl_pension_commitments";
    /**
     * The years a history may cover, as the plan's (engine {@code Checks.year}). Beyond being
     * plausible, the bound keeps a damaged file from exhausting memory: the schedule keeps every
     * year's outstanding deficits, which grows with the square of the years (9 000 years of
     * alternating deficits did not fit in 256 MiB).
     */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2200;

    static final String RESERVE_OPENING = RestorationSchedule.RESERVE_OPENING;

    public BalanceRequirementHistory {
        years = List.copyOf(years);
        lineOfYear = Map.copyOf(lineOfYear);
        java.util.Objects.requireNonNull(openingReserve, "openingReserve");
    }

    /** The columns a history file may have, in the documented order. */
    public static Set<String> optionalColumns() {
        Set<String> s = new LinkedHashSet<>();
        for (BalanceRequirementLine l : BalanceRequirementLine.values()) {
            if (!l.isTotal() && l != BalanceRequirementLine.RESULT) {
                s.add(l.code());
            }
        }
        s.add(RESERVE_OPENING);
        s.add(SPECIAL_REASONS);
        s.add(TAXES_AND_GRANTS);
        s.add(EQUITY);
        s.add("status");
        s.add("note");
        return s;
    }

    public static BalanceRequirementHistory read(Path file) {
        return parse(file, CsvTable.readText(file));
    }

    /**
     * The history from its text, as a closing stored it ({@code file} names it in errors): a closing
     * records the history it continued, so that its balance-requirement forecast can be re-derived.
     */
    public static BalanceRequirementHistory parse(Path file, String text) {
        CsvTable t = CsvTable.parse(file, text, Set.of("year", BalanceRequirementLine.RESULT.code()), optionalColumns());
        if (t.rows().isEmpty()) {
            throw new InputFileException(file, null, null, "no years: the file has a header but no rows");
        }
        List<CsvTable.Row> rows = new ArrayList<>(t.rows());
        rows.sort(Comparator.comparingInt(r -> r.year("year")));
        List<BalanceRequirementInput> inputs = new ArrayList<>();
        Map<Integer, Long> lines = new TreeMap<>();
        Integer prev = null;
        for (CsvTable.Row r : rows) {
            int year = r.year("year");
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                throw r.error("year", "expected a year from " + FIRST_YEAR + " to " + LAST_YEAR + ", got " + year);
            }
            if (prev != null && year == prev) {
                throw r.error("year", year + " appears twice (also on line " + lines.get(year) + ")");
            }
            if (prev != null && year != prev + 1) {
                throw r.error("year", "years must follow each other: " + (prev + 1) + (year - prev > 2 ? "–"
                        + (year - 1) : "") + " missing between " + prev + " and " + year);
            }
            prev = year;
            lines.put(year, r.line());
            inputs.add(toInput(r, year));
        }
        return new BalanceRequirementHistory(file, inputs, lines, openingReserve(rows));
    }

    /**
     * The reserve's balance at the start of the first year, from that year's row: on a later row it
     * would contradict the balance the earlier years' reservations and uses give.
     */
    private static Money openingReserve(List<CsvTable.Row> sorted) {
        CsvTable.Row first = sorted.get(0);
        for (CsvTable.Row r : sorted.subList(1, sorted.size())) {
            if (r.optionalText(RESERVE_OPENING).isPresent()) {
                throw r.error(RESERVE_OPENING, "the reserve's opening balance belongs on the first year's row ("
                        + first.year("year") + ", line " + first.line() + "); later balances follow from the "
                        + "reservations and uses");
            }
        }
        Money opening = first.optionalMnkr(RESERVE_OPENING).orElse(Money.ZERO);
        if (opening.isNegative()) {
            throw first.error(RESERVE_OPENING, "the result reserve's opening balance must be ≥ 0, got "
                    + opening.toMnkr().toPlainString());
        }
        return opening;
    }

    private static BalanceRequirementInput toInput(CsvTable.Row r, int year) {
        Map<BalanceRequirementLine, Money> amounts = new EnumMap<>(BalanceRequirementLine.class);
        for (BalanceRequirementLine l : BalanceRequirementLine.values()) {
            if (!l.isTotal()) {
                r.optionalMnkr(l.code()).ifPresent(m -> amounts.put(l, m));
            }
        }
        Money special = r.optionalMnkr(SPECIAL_REASONS).orElse(Money.ZERO);
        Optional<Money> base = r.optionalMnkr(TAXES_AND_GRANTS);
        Optional<Money> equity = r.optionalMnkr(EQUITY);
        try {
            return new BalanceRequirementInput(year, amounts, special, base, equity);
        } catch (InvalidInputException e) {
            throw r.error(e.field(), e.getMessage());
        }
    }

    /**
     * The restoration schedule, with rule violations found while computing it (a reservation over
     * the ceiling, synnerliga skäl beyond the deficits) pointed at their line and column.
     */
    public RestorationSchedule schedule() {
        try {
            return RestorationSchedule.compute(openingReserve, years);
        } catch (InvalidInputException e) {
            Long line = e.year() == null ? null : lineOfYear.get(e.year());
            throw new InputFileException(file, line, e.field(), e.getMessage(), e);
        }
    }
}

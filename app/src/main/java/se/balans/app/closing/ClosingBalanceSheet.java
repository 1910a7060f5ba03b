package se.balans.app.closing;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import se.balans.engine.InvalidInputException;
import se.balans.engine.balancesheet.BalanceSheetFollowUp;
import se.balans.engine.balancesheet.BalanceSheetMapping;
import se.balans.engine.balancesheet.BalanceSheetPosition;
import se.balans.engine.balancesheet.LedgerBalanceSheet;
import se.balans.engine.balancesheet.PensionCommitment;
import se.balans.engine.ledger.LedgerMapping;
import se.balans.engine.money.Money;
import se.balans.engine.plan.RegionalPlan;
import se.balans.engine.statement.CashFlowLine;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.engine.trace.SourceFile;
import se.balans.io.closing.BalanceSheetFiles;
import se.balans.store.LedgerSnapshot;
import se.balans.store.Store;
import se.balans.store.StoredClosing;

/**
 * A stored closing's balance sheet ({@link BalanceSheetFollowUp}), derived from what the closing
 * recorded — the imports it read (their balances and opening balances never change) and its
 * configuration kept verbatim (the balance-sheet mapping, the pension-liability statement) — so the
 * same closing always gives the same sheet, and {@code verify}, which checks every recorded hash,
 * covers it. The plan's balance and cash-flow budgets of the year and the loan register of the month
 * end are the workspace's, as for the goals.
 */
public final class ClosingBalanceSheet {
    private ClosingBalanceSheet() {
    }

    /**
     * The balance sheet, or why there is none: the reports say which rather than leaving the section
     * out without a word.
     */
    public record Result(Optional<BalanceSheetFollowUp> balanceSheet, Optional<String> missing) {
        public Result {
            Objects.requireNonNull(balanceSheet, "balanceSheet");
            Objects.requireNonNull(missing, "missing");
            if (balanceSheet.isPresent() == missing.isPresent()) {
                throw new IllegalArgumentException("either a balance sheet or why there is none");
            }
        }

        static Result missing(String why) {
            return new Result(Optional.empty(), Optional.of(why));
        }
    }

    /**
     * @param plan     the workspace's plan: the year's balance budget and cash-flow budget
     * @param treasury the workspace's treasury folder: the loan register of the month end
     */
    public static Result of(Store store, StoredClosing stored, Optional<RegionalPlan> plan, Optional<Path> treasury) {
        return of(stored, () -> StoredClosings.ledger(store, stored), plan, treasury);
    }

    /**
     * The sheet from the closing's ledger as a caller supplies it ({@link StoredClosings#ledger}), read only when
     * the closing recorded a balance-sheet mapping.
     */
    public static Result of(StoredClosing stored, java.util.function.Supplier<LedgerSnapshot> ledger,
                            Optional<RegionalPlan> plan, Optional<Path> treasury) {
        return of(stored, ledger, plan, treasury, Optional.empty());
    }

    /**
     * @param resultOfRecord årets resultat of the month's forecast round ({@code ForecastOfRecord.resultForYear}), when
     *                       there is one: the forecast year end then carries it, as the report forecasts the year
     */
    public static Result of(StoredClosing stored, java.util.function.Supplier<LedgerSnapshot> ledger,
                            Optional<RegionalPlan> plan, Optional<Path> treasury, Optional<Money> resultOfRecord) {
        if (!texts(stored).containsKey(BalanceSheetFiles.MAPPING)) {
            return missingMapping(stored.closing().month());
        }
        return of(stored, StoredClosings.setup(stored).mapping(), ledger.get(), plan, treasury, resultOfRecord);
    }

    /**
     * The sheet from what a caller has read already — the closing's result mapping and the ledger of the
     * imports it recorded — as {@code verify} has them for its own recomputation: nothing read twice.
     */
    public static Result of(StoredClosing stored, LedgerMapping resultMapping, LedgerSnapshot ledger,
                            Optional<RegionalPlan> plan, Optional<Path> treasury) {
        return of(stored, resultMapping, ledger, plan, treasury, Optional.empty());
    }

    private static Result of(StoredClosing stored, LedgerMapping resultMapping, LedgerSnapshot ledger,
                             Optional<RegionalPlan> plan, Optional<Path> treasury, Optional<Money> resultOfRecord) {
        Map<String, String> texts = texts(stored);
        YearMonth month = stored.closing().month();
        if (!texts.containsKey(BalanceSheetFiles.MAPPING)) {
            return missingMapping(month);
        }
        Path dir = Path.of("closing #" + stored.info().id());
        BalanceSheetMapping mapping = BalanceSheetFiles.mapping(dir.resolve(BalanceSheetFiles.MAPPING),
                texts.get(BalanceSheetFiles.MAPPING));
        List<PensionCommitment> pensions = Optional.ofNullable(texts.get(BalanceSheetFiles.PENSIONS))
                .map(t -> BalanceSheetFiles.pensions(dir.resolve(BalanceSheetFiles.PENSIONS), t)).orElse(List.of());
        BalanceSheetPosition position;
        try {
            position = LedgerBalanceSheet.of(mapping, resultMapping, ledger.openings(), ledger.amounts(), month);
        } catch (InvalidInputException e) {
            return Result.missing(e.getMessage());
        }
        Optional<Money> cashLastYear;
        try {
            cashLastYear = Optional.of(LedgerBalanceSheet.of(mapping, resultMapping, ledger.openings(),
                    ledger.amounts(), month.minusYears(1)).cash());
        } catch (InvalidInputException e) {
            cashLastYear = Optional.empty();
        }
        int year = month.getYear();
        Optional<BalanceSheetFollowUp.CashBudget> cashBudget = plan.flatMap(p -> p.cashFlow(year))
                .filter(cf -> cf.has(CashFlowLine.OPENING_CASH))
                .map(cf -> new BalanceSheetFollowUp.CashBudget(cf.value(CashFlowLine.OPENING_CASH),
                        cf.value(CashFlowLine.CLOSING_CASH)));
        Money resultForecast = resultOfRecord.orElse(stored.closing().line(IncomeStatementLine.RESULT_FOR_YEAR)
                .forecastYear());
        return new Result(Optional.of(BalanceSheetFollowUp.of(position, plan.flatMap(p -> p.balanceSheet(year)),
                plan.flatMap(p -> p.balanceSheet(year - 1)), resultForecast, pensions, cashBudget, cashLastYear,
                treasury.flatMap(t -> ClosingGoals.debt(t, month.atEndOfMonth())))), Optional.empty());
    }

    private static Result missingMapping(YearMonth month) {
        return Result.missing("the closing of " + month + " recorded no balance-sheet mapping ("
                + BalanceSheetFiles.MAPPING + " in the closing configuration): close it again with one");
    }

    private static Map<String, String> texts(StoredClosing stored) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (SourceFile f : stored.config()) {
            texts.put(f.name(), f.content());
        }
        return texts;
    }
}

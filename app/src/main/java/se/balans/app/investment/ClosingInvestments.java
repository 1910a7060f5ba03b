package se.balans.app.investment;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.balans.app.closing.StoredClosings;
import se.balans.engine.InvalidInputException;
import se.balans.engine.balancesheet.BalanceSheetMapping;
import se.balans.engine.closing.Measures;
import se.balans.engine.closing.MonthlyClosing;
import se.balans.engine.investment.InvestmentFollowUp;
import se.balans.engine.investment.InvestmentProjectFollowUp;
import se.balans.engine.ledger.LedgerObjectAmount;
import se.balans.engine.investment.ResultAndDepreciation;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.engine.trace.SourceFile;
import se.balans.io.closing.BalanceSheetFiles;
import se.balans.io.followup.ClosingInputs;
import se.balans.io.investment.InvestmentFiles;
import se.balans.store.LedgerSnapshot;
import se.balans.store.Store;
import se.balans.store.StoredClosing;

/**
 * A stored closing's investment follow-up ({@link InvestmentFollowUp}): the ledger of the imports the
 * closing read (their balances never change), the balance-sheet mapping it recorded (which accounts
 * are fixed assets), its årets resultat and avskrivningar to date and forecast, and the investment files —
 * the mapping, the budget, the carry-overs, the forecasts given and the project register
 * ({@link InvestmentFiles}) — as the closing recorded them.
 */
public final class ClosingInvestments {
    private ClosingInvestments() {
    }

    /**
     * The investment files the closing recorded ({@link ClosingInputs}), or the workspace's when it recorded none
     * (a closing made before closings recorded them, or with a configuration read without them).
     */
    static Optional<InvestmentFiles.Inputs> inputs(StoredClosing stored, Path configDir) {
        java.util.Map<String, String> recorded = ClosingInputs.recorded(stored.config());
        if (recorded.containsKey(InvestmentFiles.MAPPING)) {
            return InvestmentFiles.parse(Path.of("closing #" + stored.info().id()), recorded);
        }
        return InvestmentFiles.read(configDir);
    }

    /** The follow-up, or why there is none: the reports say which rather than leaving it out without a word. */
    public record Result(Optional<InvestmentFollowUp> investments, Optional<String> missing) {
        public Result {
            Objects.requireNonNull(investments, "investments");
            Objects.requireNonNull(missing, "missing");
            if (investments.isPresent() == missing.isPresent()) {
                throw new IllegalArgumentException("either the investments or why there are none");
            }
        }

        static Result missing(String why) {
            return new Result(Optional.empty(), Optional.of(why));
        }
    }

    /**
     * @param configDir the workspace's closing configuration folder, holding the investment files
     * @throws se.balans.io.InputFileException when an investment file is there but wrong (file, line, column)
     */
    public static Result of(Store store, StoredClosing stored, Path configDir) {
        return of(stored, () -> StoredClosings.ledger(store, stored),
                dimension -> StoredClosings.ledgerObjects(store, stored, dimension), configDir, Optional.empty());
    }

    /**
     * @param ledger  the closing's ledger ({@link StoredClosings#ledger}), read only when the investment files and
     *                the balance-sheet mapping are there; the year to date is taken from it
     * @param objects the closing's ledger by object of a dimension ({@link StoredClosings#ledgerObjects}), read
     *                only when the workspace keeps a project register
     * @param resultOfRecord årets resultat of the month's forecast round ({@code ForecastOfRecord.resultForYear}), when
     *                there is one: the självfinansieringsgrad of the forecast year is then computed from it, as the
     *                rest of the report forecasts the year, not from the closing's computed proposal
     */
    public static Result of(StoredClosing stored, java.util.function.Supplier<LedgerSnapshot> ledger,
                            java.util.function.Function<String, List<LedgerObjectAmount>> objects, Path configDir,
                            Optional<se.balans.engine.money.Money> resultOfRecord) {
        YearMonth month = stored.closing().month();
        Optional<InvestmentFiles.Inputs> inputs = inputs(stored, configDir);
        if (inputs.isEmpty()) {
            return Result.missing("the configuration (" + configDir + ") has no " + InvestmentFiles.MAPPING
                    + ", which says which accounts are investments and in which category");
        }
        Optional<String> mappingText = stored.config().stream().filter(f -> f.name().equals(BalanceSheetFiles.MAPPING))
                .map(SourceFile::content).findFirst();
        if (mappingText.isEmpty()) {
            return Result.missing("the closing of " + month + " recorded no balance-sheet mapping ("
                    + BalanceSheetFiles.MAPPING + "), which says which accounts are fixed assets: close it again with one");
        }
        BalanceSheetMapping sheet = BalanceSheetFiles.mapping(Path.of("closing #" + stored.info().id())
                .resolve(BalanceSheetFiles.MAPPING), mappingText.get());
        MonthlyClosing closing = stored.closing();
        Measures result = closing.line(IncomeStatementLine.RESULT_FOR_YEAR);
        Measures depreciation = closing.line(IncomeStatementLine.DEPRECIATION);
        if (depreciation.ytd().isPositive() || depreciation.forecastYear().isPositive()) {
            return Result.missing("avskrivningar of " + month + " are a net income (reversals above the depreciation), "
                    + "so no självfinansieringsgrad can be given; see the closing's depreciation accounts");
        }
        ResultAndDepreciation funds = new ResultAndDepreciation(result.ytd(), depreciation.ytd(),
                resultOfRecord.orElse(result.forecastYear()), depreciation.forecastYear(), resultOfRecord.isPresent());
        InvestmentFiles.Inputs in = inputs.get();
        try {
            Optional<InvestmentProjectFollowUp.Inputs> projects = in.projects().map(register ->
                    new InvestmentProjectFollowUp.Inputs(register, objects.apply(register.dimension())));
            return new Result(Optional.of(InvestmentFollowUp.of(in.mapping(), sheet, ledger.get().amounts(), month,
                    in.budgets(), in.carryOvers(), in.forecasts(), funds, projects)), Optional.empty());
        } catch (InvalidInputException e) {
            return Result.missing(e.getMessage());
        }
    }
}

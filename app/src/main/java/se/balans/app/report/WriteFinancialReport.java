package se.balans.app.report;

import se.balans.app.closing.ClosingBalanceSheet;
import se.balans.app.closing.Staleness;
import se.balans.engine.balancesheet.BalanceSheetPosition;
import se.balans.reports.treasury.LedgerReconciliation;
import se.balans.store.StoredClosing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.balans.engine.EngineVersion;
import se.balans.engine.liquidity.CashBalance;
import se.balans.engine.liquidity.CashHistory;
import se.balans.engine.pension.PensionPortfolio;
import se.balans.engine.plan.RegionalPlan;
import se.balans.engine.policy.FinancePolicy;
import se.balans.engine.treasury.FinancialMonth;
import se.balans.engine.treasury.PortfolioMetrics;
import se.balans.io.Fingerprint;
import se.balans.io.InputFileException;
import se.balans.io.plan.PlanDirectoryReader;
import se.balans.io.treasury.CashFile;
import se.balans.io.treasury.FinancePolicyFile;
import se.balans.io.treasury.LoanRegister;
import se.balans.io.treasury.PensionReturnsFile;
import se.balans.reports.document.DocumentMetadata;
import se.balans.reports.text.Language;
import se.balans.reports.treasury.FinancialReport;
import se.balans.store.Store;

/**
 * Use case: write the financial report (finansrapport) of a month — the pension fund against its
 * benchmark, cash against the plan's cash-flow budget, the loan portfolio as of the month's last day
 * with the finance policy's limits and the plan's debt goal — and record the files in the audit log.
 */
public final class WriteFinancialReport {
    static final String BASE_NAME = "finansrapport";

    private WriteFinancialReport() {
    }

    public record Request(Path planDir, YearMonth month, TreasuryFiles files, Language language, ReportOutput output) {
        public Request {
            Objects.requireNonNull(planDir, "planDir");
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(files, "files");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(output, "output");
        }
    }

    /** @return the written paths */
    public static List<Path> run(Store store, Request request) throws IOException {
        List<Path> files = write(request, Optional.of(store));
        TreasuryFiles in = request.files();
        ReportAudit.record(store, "financial report " + request.month() + " from " + in.loans() + ", "
                + in.returns() + ", " + in.cash(), files);
        return files;
    }

    static List<Path> write(Request request) throws IOException {
        return write(request, Optional.empty());
    }

    /**
     * The month's closing when it is current, or why there is none: a month not closed, a closing the ledger has
     * since changed under (stale). Checked once per report: the staleness check reads the ledger.
     */
    private record CurrentClosing(Optional<StoredClosing> closing, Optional<String> missing) {
        static CurrentClosing of(Store store, YearMonth month) {
            Optional<StoredClosing> stored = store.closing(month);
            if (stored.isEmpty()) {
                return new CurrentClosing(Optional.empty(), Optional.of(month + " is not closed (balans close " + month
                        + ")"));
            }
            Optional<Staleness.Stale> stale = Staleness.of(store, c -> c.id() == stored.get().info().id()).stream()
                    .findFirst();
            return stale.isPresent() ? new CurrentClosing(Optional.empty(), stale.map(Staleness::describe))
                    : new CurrentClosing(stored, Optional.empty());
        }
    }

    /**
     * The ledger's debt and cash at the month end from the month's closing, or why there are none: a
     * month not closed, a closing the ledger has since changed under (stale), a closing without a
     * balance sheet.
     */
    private static LedgerReconciliation ledger(Store store, CurrentClosing current, RegionalPlan plan) {
        if (current.closing().isEmpty()) {
            return LedgerReconciliation.missing(current.missing().orElseThrow());
        }
        StoredClosing stored = current.closing().get();
        ClosingBalanceSheet.Result r = ClosingBalanceSheet.of(store, stored, Optional.of(plan), Optional.empty());
        if (r.balanceSheet().isEmpty()) {
            return LedgerReconciliation.missing(r.missing().orElseThrow());
        }
        BalanceSheetPosition p = r.balanceSheet().get().position();
        return LedgerReconciliation.of(stored.info().id(), p.interestBearingDebt(), p.cash());
    }

    /**
     * The year's taxes and grants as the month's closing forecasts them — the debt goal's base in the monthly
     * report — when the month is closed and the closing is current.
     */
    public static Optional<se.balans.engine.treasury.DebtGoal.TaxesAndGrants> closingForecast(Store store, YearMonth month) {
        return closingForecast(CurrentClosing.of(store, month));
    }

    private static Optional<se.balans.engine.treasury.DebtGoal.TaxesAndGrants> closingForecast(CurrentClosing current) {
        return current.closing().map(stored -> {
            var c = stored.closing();
            return new se.balans.engine.treasury.DebtGoal.TaxesAndGrants(
                    c.line(se.balans.engine.statement.IncomeStatementLine.TAX_REVENUE).forecastYear(),
                    c.line(se.balans.engine.statement.IncomeStatementLine.GENERAL_GRANTS).forecastYear(),
                    se.balans.engine.treasury.DebtGoal.CLOSING_FORECAST);
        });
    }

    private static List<Path> write(Request request, Optional<Store> store) throws IOException {
        Path planDir = request.planDir();
        YearMonth month = request.month();
        TreasuryFiles in = request.files();
        RegionalPlan plan = PlanDirectoryReader.read(planDir);
        LoanRegister register = LoanRegister.read(in.loans());
        PortfolioMetrics debt = register.metrics(FinancialMonth.asOf(month));
        PensionPortfolio pension = PensionReturnsFile.read(in.returns());
        if (pension.figures(month).isEmpty()) {
            throw new InputFileException(in.returns(), null, "month", "no returns for " + month + "; the file covers "
                    + pension.earliestMonth().orElseThrow() + " – " + pension.latestMonth().orElseThrow());
        }
        CashHistory cash = CashFile.read(in.cash());
        CashBalance balance = cash.at(month).orElseThrow(() -> new InputFileException(in.cash(), null, "month",
                "no cash for " + month + "; the file has " + String.join(", ",
                        cash.byMonth().keySet().stream().map(YearMonth::toString).toList())));
        Optional<FinancePolicy> policy = in.policy().map(FinancePolicyFile::read);
        Optional<CurrentClosing> current = store.map(s -> CurrentClosing.of(s, month));
        FinancialMonth figures = FinancialMonth.of(month, debt, register.portfolio().events(month), pension, balance,
                plan, policy, current.flatMap(WriteFinancialReport::closingForecast));
        DocumentMetadata metadata = new DocumentMetadata(Fingerprint.of(in.byRole(planDir), EngineVersion.get()),
                EngineVersion.get(), timestamp(month));
        var document = store.isPresent()
                ? FinancialReport.build(figures, plan.region(), request.language(), metadata,
                        ledger(store.get(), current.orElseThrow(), plan))
                : FinancialReport.build(figures, plan.region(), request.language(), metadata);
        return request.output().write(document, BASE_NAME + "-" + month);
    }

    /** Fixed by the inputs: the month's last day, UTC midnight. */
    static Instant timestamp(YearMonth month) {
        LocalDate end = month.atEndOfMonth();
        return end.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}

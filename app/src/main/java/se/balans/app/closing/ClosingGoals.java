package se.balans.app.closing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import se.balans.app.report.TreasuryFiles;
import se.balans.engine.balancesheet.BalanceSheetFollowUp;
import se.balans.engine.goal.GoalFollowUp;
import se.balans.engine.money.Money;
import se.balans.engine.plan.RegionalPlan;
import se.balans.io.treasury.LoanRegister;
import se.balans.store.StoredClosing;

/**
 * The plan's financial goals of a closing's year followed up in it ({@link GoalFollowUp}), the debt
 * goals on the workspace's loan registers: the one as of the month's last day and the one as of the
 * last day of the year before ({@code loans-YYYY-MM-DD.csv}). A register describes the loans as of its
 * date, so no other date's register stands in for a missing one: without it the ledger's
 * interest-bearing debt of the closing's balance sheet (at the month end, or its opening balance) is
 * used, and without a balance sheet either the goal says it cannot be judged.
 */
public final class ClosingGoals {
    private ClosingGoals() {
    }

    /**
     * @param treasury the workspace's treasury folder, if there is one
     */
    public static List<GoalFollowUp> of(StoredClosing stored, RegionalPlan plan, Optional<Path> treasury) {
        return of(stored, plan, treasury, Optional.empty());
    }

    /** @param sheet the closing's balance sheet followed up, for the soliditet goals */
    public static List<GoalFollowUp> of(StoredClosing stored, RegionalPlan plan, Optional<Path> treasury,
                                        Optional<BalanceSheetFollowUp> sheet) {
        YearMonth month = stored.closing().month();
        // The register of the date first; without one, the ledger's interest-bearing debt (the balance sheet
        // reconciles the two where both exist).
        Optional<Money> atMonthEnd = treasury.flatMap(t -> debt(t, month.atEndOfMonth()))
                .or(() -> sheet.map(s -> s.position().interestBearingDebt()));
        Optional<Money> atYearStart = treasury.flatMap(t -> debt(t, LocalDate.of(month.getYear() - 1, 12, 31)))
                .or(() -> sheet.map(s -> s.position().openingInterestBearingDebt()));
        return GoalFollowUp.of(plan.goals(month.getYear()), stored.closing(), atMonthEnd, atYearStart, sheet);
    }

    /** The interest-bearing debt as of a date, from that date's register, if there is one. */
    static Optional<Money> debt(Path treasury, LocalDate asOf) {
        Path file = TreasuryFiles.register(treasury, asOf);
        return Files.isRegularFile(file) ? Optional.of(LoanRegister.read(file).metrics(asOf).totalDebt())
                : Optional.empty();
    }
}

package se.balans.app.closing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.balans.app.SampleWorkspace;
import se.balans.engine.goal.GoalFollowUp;
import se.balans.engine.money.Money;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.io.plan.PlanDirectoryReader;
import se.balans.store.Store;
import se.balans.store.StoredClosing;

/**
 * July 2025 in the sample: the 2025 goals followed up. The loans were 2 570 at the end of July (seed 001),
 * above 22 % of the year's taxes and grants; there is no register as of the end of 2024.
 */
class ClosingGoalsTest {
    static final YearMonth JULY = YearMonth.of(2025, 7);

    @Test
    void theDebtShareIsJudgedOnTheMonthEndsRegisterAndTheChangeWaitsForLastYearsEnd() {
        try (Store store = SampleWorkspace.storeWithLedger()) {
            CloseMonth.run(store, new CloseMonth.Request(JULY, SampleWorkspace.setup()));
            StoredClosing stored = store.closing(JULY).orElseThrow();

            List<GoalFollowUp> goals = ClosingGoals.of(stored, PlanDirectoryReader.read(SampleWorkspace.region()),
                    Optional.of(SampleWorkspace.region().resolve("treasury")));

            GoalFollowUp share = goals.stream().filter(g -> g.goal().id().equals("skuldmal-2025")).findFirst().orElseThrow();
            Money taxesAndGrants = stored.closing().line(IncomeStatementLine.TAX_REVENUE).forecastYear()
                    .plus(stored.closing().line(IncomeStatementLine.GENERAL_GRANTS).forecastYear());
            assertThat(share.forecast()).contains(Money.ofMnkr("2570").ratioTo(taxesAndGrants));
            assertThat(share.outlook()).isEqualTo(GoalFollowUp.Outlook.NOT_MET);
            GoalFollowUp change = goals.stream().filter(g -> g.goal().id().equals("skuldutveckling-2025")).findFirst()
                    .orElseThrow();
            assertThat(change.missing()).contains(GoalFollowUp.Need.LOAN_REGISTER_YEAR_START);
            assertThat(goals).extracting(g -> g.goal().year()).containsOnly(2025);
        }
    }

    /**
     * One figure in two reports: the financial report's debt share of July 2025 is the monthly report's — the same
     * debt (the register at the month end) over the same base (the closing's full-year taxes and grants).
     */
    @Test
    void theFinancialReportsDebtShareIsTheMonthlyReports() {
        try (Store store = SampleWorkspace.storeWithLedger()) {
            CloseMonth.run(store, new CloseMonth.Request(JULY, SampleWorkspace.setup()));
            var plan = PlanDirectoryReader.read(SampleWorkspace.region());
            GoalFollowUp monthly = ClosingGoals.of(store.closing(JULY).orElseThrow(), plan,
                    Optional.of(SampleWorkspace.region().resolve("treasury"))).stream()
                    .filter(g -> g.goal().id().equals("skuldmal-2025")).findFirst().orElseThrow();

            var base = se.balans.app.report.WriteFinancialReport.closingForecast(store, JULY);
            var financial = se.balans.engine.treasury.DebtGoal.evaluate(plan, JULY.atEndOfMonth(), Money.ofMnkr("2570"),
                    base).orElseThrow();

            assertThat(base).hasValueSatisfying(b -> assertThat(b.source())
                    .isEqualTo(se.balans.engine.treasury.DebtGoal.CLOSING_FORECAST));
            assertThat(financial.value()).isEqualTo(monthly.forecast());
        }
    }
}

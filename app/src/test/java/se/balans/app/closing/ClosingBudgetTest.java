package se.balans.app.closing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import se.balans.app.SampleWorkspace;
import se.balans.engine.closing.BudgetRevision;
import se.balans.engine.money.Money;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.store.Store;
import se.balans.store.StoredClosing;

/**
 * A revised budget (seed 001 and 004): Regionplan 2025 budgeted verksamhetens resultat at 399, the annual
 * plan the monthly reports follow at 406. A closing of 2025 uses the revision and names it.
 */
class ClosingBudgetTest {
    @Test
    void theClosingUsesTheLatestRevisionAndShowsItAgainstTheAdoptedBudget() {
        try (Store store = SampleWorkspace.storeWithLedger()) {
            YearMonth july = YearMonth.of(2025, 7);
            CloseMonth.run(store, new CloseMonth.Request(july, SampleWorkspace.setup()));
            StoredClosing stored = store.closing(july).orElseThrow();

            BudgetRevision r = ClosingBudget.revision(stored).orElseThrow();

            assertThat(stored.closing().line(IncomeStatementLine.OPERATING_RESULT).budgetYear())
                    .isEqualTo(Money.ofMnkr("406"));
            assertThat(r.used()).isEqualTo("budget-2025-r1.csv");
            assertThat(r.original()).contains("budget-2025.csv");
            assertThat(r.adopted(IncomeStatementLine.OPERATING_RESULT)).contains(Money.ofMnkr("399"));
            assertThat(r.revised(IncomeStatementLine.RESULT_FOR_YEAR)).isEqualTo(Money.ofMnkr("218"));
        }
    }

    @Test
    void aYearWhoseBudgetWasNotRevisedHasNoRevision() {
        try (Store store = SampleWorkspace.storeWithLedger()) {
            YearMonth march = YearMonth.of(2026, 3);
            CloseMonth.run(store, new CloseMonth.Request(march, SampleWorkspace.setup()));

            assertThat(ClosingBudget.revision(store.closing(march).orElseThrow())).isEmpty();
        }
    }
}

package se.balans.engine.closing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.balans.engine.ledger.LedgerMapping.Key;
import se.balans.engine.money.Money;
import se.balans.engine.statement.IncomeStatementLine;

/** A stored closing against its recomputation: each differing figure named at the stored grain. */
class ClosingComparisonTest {
    static MonthlyClosing closing(long hsnCostsYtd) {
        Money y = Money.ofSek(hsnCostsYtd);
        return new MonthlyClosing(YearMonth.of(2026, 3), List.of("HSN"), List.of(
                new MonthlyClosing.Row(new Key("HSN", IncomeStatementLine.OPERATING_COSTS),
                        new Measures(Money.ofSek(-10), y, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO))),
                List.of(), List.of(), Optional.empty());
    }

    @Test
    void theSameClosingHasNoDifferences() {
        assertThat(ClosingComparison.compare(closing(-100), closing(-100))).isEmpty();
    }

    @Test
    void aChangedAmountIsNamedByCommitteeLineAndMeasureWithBothValues() {
        assertThat(ClosingComparison.compare(closing(-100), closing(-101))).containsExactly(
                new ClosingComparison.Difference("HSN operating_costs ytd", Money.ofSek(-100), Money.ofSek(-101)));
    }
}

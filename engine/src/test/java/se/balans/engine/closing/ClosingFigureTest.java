package se.balans.engine.closing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.balans.engine.ledger.LedgerMapping.Key;
import se.balans.engine.money.Money;
import se.balans.engine.statement.IncomeStatementLine;

/** Which rows a figure contains: the same rule the closing's own totals follow. */
class ClosingFigureTest {
    static Measures m(long ytd) {
        Money y = Money.ofSek(ytd);
        return new Measures(y, y, Money.ZERO, Money.ZERO, Money.ZERO, y);
    }

    static final MonthlyClosing CLOSING = new MonthlyClosing(YearMonth.of(2026, 3), List.of("RS", "HSN"), List.of(
            new MonthlyClosing.Row(new Key("RS", IncomeStatementLine.OPERATING_REVENUE), m(30)),
            new MonthlyClosing.Row(new Key("RS", IncomeStatementLine.OPERATING_COSTS), m(-100)),
            new MonthlyClosing.Row(new Key("HSN", IncomeStatementLine.OPERATING_COSTS), m(-500)),
            new MonthlyClosing.Row(new Key("HSN", IncomeStatementLine.DEPRECIATION), m(-20)),
            new MonthlyClosing.Row(new Key("RS", IncomeStatementLine.TAX_REVENUE), m(700)),
            new MonthlyClosing.Row(new Key("RS", IncomeStatementLine.FINANCIAL_COSTS), m(-15))),
            List.of(), List.of(), Optional.empty());

    @Test
    void everyLineOfTheResultStatementIsTheSumOfTheRowsItContains() {
        for (IncomeStatementLine line : IncomeStatementLine.values()) {
            ClosingFigure f = ClosingFigure.line(line);
            Money sum = CLOSING.rows().stream().filter(r -> f.contains(r.key())).map(r -> r.measures().ytd())
                    .reduce(Money.ZERO, Money::plus);
            assertThat(f.measuresIn(CLOSING).ytd()).as(line.code()).isEqualTo(sum);
        }
    }

    @Test
    void aCommitteesNetCostContainsItsOperatingRowsOnlyShownPositive() {
        ClosingFigure hsn = ClosingFigure.netCost("HSN");

        assertThat(hsn.contains(new Key("HSN", IncomeStatementLine.OPERATING_COSTS))).isTrue();
        assertThat(hsn.contains(new Key("RS", IncomeStatementLine.OPERATING_COSTS))).isFalse();
        assertThat(hsn.contains(new Key("HSN", IncomeStatementLine.TAX_REVENUE))).isFalse();
        assertThat(hsn.measuresIn(CLOSING).ytd()).isEqualTo(Money.ofSek(520));
        assertThat(hsn.inputLines()).containsExactly(IncomeStatementLine.OPERATING_REVENUE,
                IncomeStatementLine.OPERATING_COSTS, IncomeStatementLine.DEPRECIATION);
    }

    @Test
    void finansnettoIsFinancialIncomePlusFinancialCosts() {
        assertThat(ClosingFigure.netFinancialItems().measuresIn(CLOSING).ytd()).isEqualTo(Money.ofSek(-15));
        assertThat(ClosingFigure.leaves(IncomeStatementLine.RESULT_FOR_YEAR))
                .containsAll(ClosingFigure.netFinancialItems().inputLines());
    }
}

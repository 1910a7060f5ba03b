package se.balans.engine.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.balans.engine.closing.Backtest;
import se.balans.engine.closing.MonthlyClosing;
import se.balans.engine.money.Money;
import se.balans.engine.statement.IncomeStatementLine;

/**
 * Given a back-test of 2026 whose forecast at the end of March said 200 for a year that ended at 6 (194 too
 * high) and at the end of April 150 (144 too high), a round after March 2027 forecasting 154,5 is shown as
 * 154,5 ± 194: from −39,5 to 348,5.
 */
class ForecastRangeTest {
    static Money m(String mnkr) {
        return Money.ofMnkr(mnkr);
    }

    static final Backtest BACKTEST = new Backtest(2026, List.of(
            new Backtest.Point(3, m("210"), m("200")),
            new Backtest.Point(4, m("160"), m("150"))), m("16"), m("6"));

    static ForecastOfRecord march() {
        MonthlyClosing c = ForecastOfRecordTest.march();
        return ForecastOfRecord.of(c, ForecastRound.of(c, List.of(ForecastOfRecordTest.HSN), new BigDecimal("0.02")),
                List.of(new CentralItem(ForecastOfRecordTest.MARCH,
                                IncomeStatementLine.TAX_REVENUE, m("1620"), "SKR"),
                        new CentralItem(ForecastOfRecordTest.MARCH,
                                IncomeStatementLine.FINANCIAL_COSTS, m("-25"), "lån")));
    }

    @Test
    void theMarginIsTheBacktestsErrorAtTheSameMonthEnd() {
        ForecastRange r = ForecastRange.of(march(), Optional.of(BACKTEST)).orElseThrow();
        assertThat(r.forecast()).isEqualTo(m("154.5"));
        assertThat(r.margin()).isEqualTo(m("194"));
        assertThat(r.low()).isEqualTo(m("-39.5"));
        assertThat(r.high()).isEqualTo(m("348.5"));
        assertThat(r.backtestYear()).isEqualTo(2026);
    }

    @Test
    void withoutABacktestOrItsMonthThereIsNoRange() {
        assertThat(ForecastRange.of(march(), Optional.empty())).isEmpty();
        Backtest onlyApril = new Backtest(2026, List.of(new Backtest.Point(4, m("160"), m("150"))), m("16"), m("6"));
        assertThat(ForecastRange.of(march(), Optional.of(onlyApril))).isEmpty();
    }
}

package se.balans.io.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.balans.engine.closing.ClosingCalculator;
import se.balans.engine.closing.ClosingInput;
import se.balans.engine.closing.Measures;
import se.balans.engine.closing.MonthlyClosing;
import se.balans.engine.ledger.LedgerAmount;
import se.balans.engine.ledger.LedgerMapping.Key;
import se.balans.engine.money.Money;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.io.Repo;
import se.balans.io.closing.ClosingSetup;
import se.balans.io.closing.ClosingSetupReader;

/**
 * The generated sample ledger, closed month by month, gives the figures of the board's monthly
 * reports (seeds 000 and 001) and the 2025 annual report.
 */
class SampleLedgerReproducesTheSeedsTest {

    static Map<YearMonth, Map<Key, Money>> actuals;
    static ClosingSetup setup;

    @BeforeAll
    static void generateAndMap() {
        LedgerOutline outline = LedgerOutline.read(Repo.path("sample-data/region-vasterbotten/sample-ledger-outline.csv"));
        setup = ClosingSetupReader.read(Repo.samplePlan());
        Map<String, Long> sums = new HashMap<>();
        for (LedgerOutline.Year y : outline.years().values()) {
            SampleLedgerGenerator.generate(y, SampleLedgerGenerator.Options.defaults(), v -> {
                long total = 0;
                for (SampleVoucher.Row r : v.rows()) {
                    sums.merge(YearMonth.from(v.date()) + "|" + r.account() + "|" + r.costCentre(), r.ore(), Long::sum);
                    total += r.ore();
                }
                assertThat(total).as("voucher %s %d balances", v.series(), v.number()).isZero();
            });
        }
        List<LedgerAmount> amounts = new ArrayList<>();
        sums.forEach((k, ore) -> {
            String[] p = k.split("\\|", -1);
            amounts.add(new LedgerAmount(YearMonth.parse(p[0]), p[1], p[2], Money.ofSek(java.math.BigDecimal.valueOf(ore, 2))));
        });
        actuals = setup.mapping().apply(amounts);
    }

    static MonthlyClosing close(int year, int month) {
        YearMonth m = YearMonth.of(year, month);
        Map<YearMonth, Map<Key, Money>> upTo = new HashMap<>();
        actuals.forEach((p, v) -> {
            if (!p.isAfter(m)) {
                upTo.put(p, v);
            }
        });
        return ClosingCalculator.close(new ClosingInput(m, setup.committeeCodes(), upTo, setup.budgets(), setup.config()));
    }

    static int mnkr(Money m) {
        return m.toMnkr().setScale(0, java.math.RoundingMode.HALF_UP).intValueExact();
    }

    @Test
    void marchTwentyTwentySix() {
        MonthlyClosing c = close(2026, 3);
        Measures vr = c.line(IncomeStatementLine.OPERATING_RESULT);
        Measures fin = c.netFinancialItems();
        Measures total = c.line(IncomeStatementLine.RESULT_FOR_YEAR);
        assertThat(vr.ytd()).isEqualTo(Money.ofMnkr("75"));
        assertThat(fin.ytd()).isEqualTo(Money.ofMnkr("-111"));
        assertThat(fin.month()).isEqualTo(Money.ofMnkr("-282"));
        assertThat(total.ytd()).isEqualTo(Money.ofMnkr("-36"));
        assertThat(total.month()).isEqualTo(Money.ofMnkr("-248"));
        assertThat(total.ytdLastYear()).isEqualTo(Money.ofMnkr("-350"));
        assertThat(vr.budgetYear()).isEqualTo(Money.ofMnkr("327"));
    }

    @Test
    void julyTwentyTwentyFive() {
        MonthlyClosing c = close(2025, 7);
        Measures vr = c.line(IncomeStatementLine.OPERATING_RESULT);
        assertThat(vr.ytd()).isEqualTo(Money.ofMnkr("54"));
        assertThat(vr.month()).isEqualTo(Money.ofMnkr("255"));
        assertThat(vr.ytdLastYear()).isEqualTo(Money.ofMnkr("-255"));
        assertThat(vr.budgetYear()).isEqualTo(Money.ofMnkr("406"));
        assertThat(c.netFinancialItems().ytd()).isEqualTo(Money.ofMnkr("-226"));
        assertThat(c.line(IncomeStatementLine.RESULT_FOR_YEAR).ytd()).isEqualTo(Money.ofMnkr("-172"));
        assertThat(c.line(IncomeStatementLine.RESULT_FOR_YEAR).ytdLastYear()).isEqualTo(Money.ofMnkr("-100"));
    }

    @Test
    void theYearTwentyTwentyFive() {
        MonthlyClosing c = close(2025, 12);
        Measures result = c.line(IncomeStatementLine.RESULT_FOR_YEAR);
        assertThat(result.ytd()).isEqualTo(Money.ofMnkr("18"));
        assertThat(result.deviationYtd()).isEqualTo(Money.ofMnkr("-200"));
        assertThat(c.committeeNetCost("RS").costDeviationYtd()).isEqualTo(Money.ofMnkr("-19"));
        assertThat(c.committeeNetCost("RS").growth()).as("regionstyrelsen's net-cost growth, +5,3 %")
                .hasValueSatisfying(g -> assertThat(g.setScale(3, java.math.RoundingMode.HALF_UP))
                        .isEqualByComparingTo("0.053"));
        Money committees = Money.ZERO;
        for (String k : setup.committeeCodes()) {
            committees = committees.plus(c.committeeNetCost(k).costDeviationYtd());
        }
        assertThat(committees).isEqualTo(Money.ofMnkr("-344"));
        assertThat(mnkr(c.line(IncomeStatementLine.RESULT_FOR_YEAR).ytdLastYear())).isEqualTo(-521);
    }

    @Test
    void theBacktestOfTwentyTwentyFiveIsStoredWithTheMarchClosing() {
        MonthlyClosing c = close(2026, 3);
        assertThat(c.backtest()).hasValueSatisfying(b -> {
            assertThat(b.year()).isEqualTo(2025);
            assertThat(b.points()).hasSize(12);
            assertThat(b.actualResult()).isEqualTo(Money.ofMnkr("18"));
            // In December the year is known: the forecast is the outcome.
            assertThat(b.errors().get(11).result()).isEqualTo(Money.ZERO);
        });
    }
}

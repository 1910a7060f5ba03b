package se.balans.engine.balancesheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.balans.engine.InvalidInputException;
import se.balans.engine.balancesheet.BalanceSheetMapping.Memo;
import se.balans.engine.balancesheet.BalanceSheetMapping.Target;
import se.balans.engine.ledger.LedgerAmount;
import se.balans.engine.ledger.LedgerMapping;
import se.balans.engine.ledger.LedgerMapping.AccountTarget;
import se.balans.engine.ledger.OpeningBalance;
import se.balans.engine.ledger.PrefixRange;
import se.balans.engine.ledger.RangeMap;
import se.balans.engine.money.Money;
import se.balans.engine.statement.BalanceSheetLine;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.engine.statement.Statement;
import se.balans.engine.statement.StatementKind;

/**
 * A small ledger of another organisation (Region Norrfjäll, illustrative), computed by hand: opening
 * balances 2027, three months of taxes, salaries, depreciation, a pension provision and a loan.
 */
class LedgerBalanceSheetTest {

    static <V> RangeMap.Entry<V> range(String from, String to, V v) {
        return new RangeMap.Entry<>(new PrefixRange(from, to), v);
    }

    static final LedgerMapping RESULT = new LedgerMapping(
            RangeMap.of(List.of(range("1", "2", AccountTarget.ignored()),
                    range("3", "3", AccountTarget.of(IncomeStatementLine.OPERATING_REVENUE)),
                    range("4", "7", AccountTarget.of(IncomeStatementLine.OPERATING_COSTS)),
                    range("78", "78", AccountTarget.of(IncomeStatementLine.DEPRECIATION)),
                    range("80", "80", AccountTarget.of(IncomeStatementLine.TAX_REVENUE)),
                    range("89", "89", AccountTarget.ignored()))),
            RangeMap.of(List.of()), RangeMap.of(List.of(range("3", "8", "RS"))));

    static final BalanceSheetMapping SHEET = new BalanceSheetMapping(
            RangeMap.of(List.of(range("10", "13", Target.of(BalanceSheetLine.FIXED_ASSETS)),
                    range("14", "19", Target.of(BalanceSheetLine.CURRENT_ASSETS)),
                    range("20", "20", Target.of(BalanceSheetLine.OPENING_EQUITY)),
                    range("22", "22", Target.of(BalanceSheetLine.OTHER_PROVISIONS)),
                    range("221", "221", Target.of(BalanceSheetLine.PENSION_PROVISIONS)),
                    range("23", "23", Target.of(BalanceSheetLine.LONG_TERM_LIABILITIES)),
                    range("24", "29", Target.of(BalanceSheetLine.CURRENT_LIABILITIES)),
                    range("89", "89", Target.result()))),
            RangeMap.of(List.of(range("19", "19", Memo.CASH), range("231", "231", Memo.INTEREST_BEARING_DEBT))));

    static final YearMonth MARCH = YearMonth.of(2027, 3);

    static List<OpeningBalance> opening2027() {
        return List.of(ib(2027, "1110", 1000), ib(2027, "1930", 200), ib(2027, "2010", -500), ib(2027, "2210", -300),
                ib(2027, "2310", -350), ib(2027, "2440", -50));
    }

    /** January–March 2027: taxes 900 in, salaries 800 out, depreciation 30, a pension provision of 20, a loan of 100. */
    static List<LedgerAmount> firstQuarter2027() {
        return List.of(mv(2027, 1, "8011", -900), mv(2027, 1, "1930", 900),
                mv(2027, 2, "5010", 800), mv(2027, 2, "1930", -800),
                mv(2027, 3, "7810", 30), mv(2027, 3, "1119", -30),
                mv(2027, 3, "5710", 20), mv(2027, 3, "2210", -20),
                mv(2027, 3, "1930", 100), mv(2027, 3, "2310", -100));
    }

    static OpeningBalance ib(int year, String account, long sek) {
        return OpeningBalance.of(year, account, Money.ofSek(sek));
    }

    static LedgerAmount mv(int year, int month, String account, long sek) {
        return new LedgerAmount(YearMonth.of(year, month), account, "", Money.ofSek(sek));
    }

    static BigDecimal percent(Optional<BigDecimal> fraction) {
        return fraction.orElseThrow().movePointRight(2).setScale(3, RoundingMode.HALF_EVEN);
    }

    @Test
    void theMonthEndSheetIsTheOpeningBalancesPlusTheMovementsWithTheResultInEquity() {
        BalanceSheetPosition p = LedgerBalanceSheet.of(SHEET, RESULT, opening2027(), firstQuarter2027(), MARCH);

        assertThat(p.value(BalanceSheetLine.FIXED_ASSETS)).isEqualTo(Money.ofSek(970));
        assertThat(p.value(BalanceSheetLine.CURRENT_ASSETS)).isEqualTo(Money.ofSek(400));
        assertThat(p.value(BalanceSheetLine.TOTAL_ASSETS)).isEqualTo(Money.ofSek(1370));
        assertThat(p.value(BalanceSheetLine.OPENING_EQUITY)).isEqualTo(Money.ofSek(500));
        assertThat(p.value(BalanceSheetLine.RESULT_FOR_YEAR)).isEqualTo(Money.ofSek(50));
        assertThat(p.value(BalanceSheetLine.EQUITY)).isEqualTo(Money.ofSek(550));
        assertThat(p.value(BalanceSheetLine.PENSION_PROVISIONS)).isEqualTo(Money.ofSek(320));
        assertThat(p.value(BalanceSheetLine.LONG_TERM_LIABILITIES)).isEqualTo(Money.ofSek(450));
        assertThat(p.value(BalanceSheetLine.CURRENT_LIABILITIES)).isEqualTo(Money.ofSek(50));
        assertThat(p.value(BalanceSheetLine.TOTAL_EQUITY_AND_LIABILITIES)).isEqualTo(Money.ofSek(1370));
        assertThat(p.cash()).isEqualTo(Money.ofSek(400));
        assertThat(p.interestBearingDebt()).isEqualTo(Money.ofSek(450));
        assertThat(p.openingInterestBearingDebt()).isEqualTo(Money.ofSek(350));
        assertThat(p.ties()).isTrue();
        assertThat(p.opening()).isEqualTo(BalanceSheetPosition.Opening.FILE);
        assertThat(p.accounts().get(BalanceSheetLine.FIXED_ASSETS))
                .containsExactlyInAnyOrderEntriesOf(Map.of("1110", Money.ofSek(1000), "1119", Money.ofSek(-30)));
        assertThat(p.notes()).isEmpty();
    }

    @Test
    void aLedgerThatDoesNotTieIsToldByHowMuchNeverBookedAway() {
        List<OpeningBalance> ib = new ArrayList<>(opening2027());
        ib.add(ib(2027, "1510", 1));
        BalanceSheetPosition p = LedgerBalanceSheet.of(SHEET, RESULT, ib, firstQuarter2027(), MARCH);

        assertThat(p.ties()).isFalse();
        assertThat(p.trialBalanceDifference()).isEqualTo(Money.ofSek(1));
        assertThat(p.value(BalanceSheetLine.TOTAL_ASSETS).minus(p.value(BalanceSheetLine.TOTAL_EQUITY_AND_LIABILITIES)))
                .isEqualTo(Money.ofSek(1));
        assertThat(p.notes()).singleElement().asString().contains("does not tie").contains("1.00 SEK");
    }

    @Test
    void withoutOpeningBalancesLastYearIsRolledForwardItsResultIntoEquity() {
        // 2026 opened with equity 450 and made 50: 2027 opens with the balances of opening2027().
        List<OpeningBalance> ib2026 = List.of(ib(2026, "1110", 1000), ib(2026, "1930", 150), ib(2026, "2010", -450),
                ib(2026, "2210", -300), ib(2026, "2310", -350), ib(2026, "2440", -50));
        List<LedgerAmount> amounts = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            amounts.add(mv(2026, m, "8011", m == 12 ? -60 : -10));
            amounts.add(mv(2026, m, "5010", m == 12 ? 20 : 0));
            amounts.add(mv(2026, m, "1930", m == 12 ? 40 : 10));
        }
        amounts.addAll(firstQuarter2027());
        BalanceSheetPosition p = LedgerBalanceSheet.of(SHEET, RESULT, ib2026, amounts, MARCH);

        // 2026's result: taxes 11 × 10 + 60 = 170 less salaries 20 = 150, rolled into equity: 450 + 150.
        assertThat(p.opening()).isEqualTo(BalanceSheetPosition.Opening.ROLLED_FORWARD);
        assertThat(p.value(BalanceSheetLine.OPENING_EQUITY)).isEqualTo(Money.ofSek(600));
        assertThat(p.value(BalanceSheetLine.RESULT_FOR_YEAR)).isEqualTo(Money.ofSek(50));
        // Cash: 150 + 150 in 2026, then +200 in 2027.
        assertThat(p.cash()).isEqualTo(Money.ofSek(500));
        assertThat(p.ties()).isTrue();
    }

    @Test
    void openingBalancesThatDifferFromLastYearsClosingBalancesAreTold() {
        List<OpeningBalance> ib = new ArrayList<>(opening2027());
        ib.addAll(List.of(ib(2026, "1110", 1000), ib(2026, "1930", 200), ib(2026, "2010", -500),
                ib(2026, "2210", -300), ib(2026, "2310", -350), ib(2026, "2440", -50)));
        List<LedgerAmount> amounts = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            amounts.add(mv(2026, m, "1930", m == 12 ? 7 : 0));
            amounts.add(mv(2026, m, "8011", m == 12 ? -7 : 0));
        }
        amounts.addAll(firstQuarter2027());
        BalanceSheetPosition p = LedgerBalanceSheet.of(SHEET, RESULT, ib, amounts, MARCH);

        // 2026 made 7, but the 2027 #IB still says equity 500 and cash 200: both lines differ by 7.
        assertThat(p.opening()).isEqualTo(BalanceSheetPosition.Opening.FILE);
        assertThat(p.notes()).hasSize(2).anySatisfy(n -> assertThat(n).contains("current_assets").contains("-7.00"))
                .anySatisfy(n -> assertThat(n).contains("opening_equity").contains("-7.00"));
    }

    @Test
    void noOpeningBalancesAndNoCompleteYearBeforeIsRefusedInWords() {
        assertThatThrownBy(() -> LedgerBalanceSheet.of(SHEET, RESULT, List.of(), firstQuarter2027(), MARCH))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no opening balances for 2027")
                .hasMessageContaining("#IB");
    }

    @Test
    void aBalanceSheetAccountWithoutALineIsRefusedNamingIt() {
        BalanceSheetMapping withoutLongTermDebt = new BalanceSheetMapping(RangeMap.of(
                SHEET.accounts().entries().stream().filter(e -> !e.range().from().equals("23")).toList()),
                SHEET.memos());
        assertThatThrownBy(() -> LedgerBalanceSheet.of(withoutLongTermDebt, RESULT, opening2027(), firstQuarter2027(),
                MARCH)).isInstanceOf(InvalidInputException.class).hasMessageContaining("account 2310")
                .hasMessageNotContaining("1930");
    }

    @Test
    void soliditetBothWaysAtTheMonthEndAndTheForecastYearEnd() {
        BalanceSheetPosition p = LedgerBalanceSheet.of(SHEET, RESULT, opening2027(), firstQuarter2027(), MARCH);
        Map<BalanceSheetLine, Money> b = new EnumMap<>(BalanceSheetLine.class);
        b.put(BalanceSheetLine.FIXED_ASSETS, Money.ofSek(1000));
        b.put(BalanceSheetLine.CURRENT_ASSETS, Money.ofSek(440));
        b.put(BalanceSheetLine.OPENING_EQUITY, Money.ofSek(480));
        b.put(BalanceSheetLine.RESULT_FOR_YEAR, Money.ofSek(40));
        b.put(BalanceSheetLine.PENSION_PROVISIONS, Money.ofSek(320));
        b.put(BalanceSheetLine.LONG_TERM_LIABILITIES, Money.ofSek(500));
        b.put(BalanceSheetLine.CURRENT_LIABILITIES, Money.ofSek(100));
        Statement<BalanceSheetLine> budget = Statement.of(StatementKind.BALANCE_SHEET, 2027, b);
        List<PensionCommitment> kpa = List.of(
                new PensionCommitment(LocalDate.of(2026, 12, 31), Money.ofSek(420), false, "KPA 2026"),
                new PensionCommitment(LocalDate.of(2027, 3, 31), Money.ofSek(400), false, "KPA Q1 2027"),
                new PensionCommitment(LocalDate.of(2027, 6, 30), Money.ofSek(390), false, "KPA Q2 2027, later"),
                new PensionCommitment(LocalDate.of(2027, 12, 31), Money.ofSek(380), true, "KPA prognos 2027"));

        BalanceSheetFollowUp f = BalanceSheetFollowUp.of(p, Optional.of(budget), Money.ofSek(70), kpa,
                Optional.of(new BalanceSheetFollowUp.CashBudget(Money.ofSek(200), Money.ofSek(320))),
                Optional.of(Money.ofSek(380)), Optional.of(Money.ofSek(440)));

        // Month end: 550 / 1370; with the ansvarsförbindelse of 31 March: (550 − 400) / 1370.
        assertThat(percent(f.equityRatio())).isEqualByComparingTo("40.146");
        assertThat(percent(f.equityRatioInclPensionCommitments())).isEqualByComparingTo("10.949");
        // Year end without last year's budget: the lines stay as in March, equity 500 + 70 = 570, and current
        // assets balance: 570 + 320 + 450 + 50 − 970 = 420, total 1 390.
        Statement<BalanceSheetLine> fc = f.forecast().orElseThrow();
        assertThat(fc.value(BalanceSheetLine.EQUITY)).isEqualTo(Money.ofSek(570));
        assertThat(fc.value(BalanceSheetLine.CURRENT_ASSETS)).isEqualTo(Money.ofSek(420));
        assertThat(fc.value(BalanceSheetLine.TOTAL_ASSETS)).isEqualTo(Money.ofSek(1390));
        assertThat(fc.value(BalanceSheetLine.TOTAL_ASSETS)).isEqualTo(fc.value(BalanceSheetLine.TOTAL_EQUITY_AND_LIABILITIES));
        assertThat(percent(f.forecastEquityRatio())).isEqualByComparingTo("41.007");
        // The administrator's forecast for 31 December: (570 − 380) / 1 390.
        assertThat(percent(f.forecastEquityRatioInclPensionCommitments())).isEqualByComparingTo("13.669");
        // Cash like with like: 200 + 120 × 3/12 by the periodised budget; last March's 380.
        assertThat(f.cashBudget()).contains(Money.ofSek(230));
        assertThat(f.cashLastYear()).contains(Money.ofSek(380));
        // The ledger's debt 450 against the register's 440: a difference of 10, reported.
        assertThat(f.debtDifference()).contains(Money.ofSek(10));
    }

    @Test
    void theForecastYearEndAddsWhatTheBalanceBudgetStillChangesForTheMonthsLeft() {
        BalanceSheetPosition p = LedgerBalanceSheet.of(SHEET, RESULT, opening2027(), firstQuarter2027(), MARCH);
        Map<BalanceSheetLine, Money> b2026 = new EnumMap<>(BalanceSheetLine.class);
        b2026.put(BalanceSheetLine.FIXED_ASSETS, Money.ofSek(940));
        b2026.put(BalanceSheetLine.PENSION_PROVISIONS, Money.ofSek(320));
        b2026.put(BalanceSheetLine.LONG_TERM_LIABILITIES, Money.ofSek(500));
        b2026.put(BalanceSheetLine.CURRENT_LIABILITIES, Money.ofSek(40));
        Map<BalanceSheetLine, Money> b2027 = new EnumMap<>(b2026);
        b2027.put(BalanceSheetLine.FIXED_ASSETS, Money.ofSek(1000));
        b2027.put(BalanceSheetLine.CURRENT_LIABILITIES, Money.ofSek(100));
        BalanceSheetFollowUp f = BalanceSheetFollowUp.of(p, Optional.of(Statement.of(StatementKind.BALANCE_SHEET, 2027,
                        b2027)), Optional.of(Statement.of(StatementKind.BALANCE_SHEET, 2026, b2026)), Money.ofSek(70),
                List.of(), Optional.empty(), Optional.empty(), Optional.empty());

        // The budget raises fixed assets and current liabilities by 60 over the year: 9/12 of it is left after
        // March. Fixed 970 + 45; current liabilities 50 + 45; pension provisions and loans as in March.
        Statement<BalanceSheetLine> fc = f.forecast().orElseThrow();
        assertThat(fc.value(BalanceSheetLine.FIXED_ASSETS)).isEqualTo(Money.ofSek(1015));
        assertThat(fc.value(BalanceSheetLine.CURRENT_LIABILITIES)).isEqualTo(Money.ofSek(95));
        assertThat(fc.value(BalanceSheetLine.LONG_TERM_LIABILITIES)).isEqualTo(Money.ofSek(450));
        // 570 + 320 + 450 + 95 = 1 435; current assets 1 435 − 1 015 = 420; soliditet 570 / 1 435.
        assertThat(fc.value(BalanceSheetLine.CURRENT_ASSETS)).isEqualTo(Money.ofSek(420));
        assertThat(percent(f.forecastEquityRatio())).isEqualByComparingTo("39.721");
    }

    @Test
    void withoutAPensionStatementSoliditetInclTheCommitmentsIsNotGivenNeverTakenAsZero() {
        BalanceSheetPosition p = LedgerBalanceSheet.of(SHEET, RESULT, opening2027(), firstQuarter2027(), MARCH);
        BalanceSheetFollowUp f = BalanceSheetFollowUp.of(p, Optional.empty(), Money.ofSek(70), List.of(),
                Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(f.equityRatio()).isPresent();
        assertThat(f.equityRatioInclPensionCommitments()).isEmpty();
        assertThat(f.forecastEquityRatioInclPensionCommitments()).isEmpty();
        assertThat(f.debtDifference()).isEmpty();
    }
}

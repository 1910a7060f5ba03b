package se.balans.engine.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.balans.engine.closing.Measures;
import se.balans.engine.closing.MonthlyClosing;
import se.balans.engine.ledger.LedgerMapping.Key;
import se.balans.engine.money.Money;
import se.balans.engine.statement.IncomeStatementLine;

/**
 * Region Fjällbo's forecast of record after March 2027 (illustrative, by hand). The closing proposes: HSN
 * 1 180 and RS 310 net cost, taxes 1 600, grants 100, financial income 5 and costs −20: årets resultat 195.
 * HSN forecasts a deficit of 35,5 against its frame of 1 200; the finance unit takes taxes at 1 620 (SKR's
 * April forecast) and financial costs at −25 (the loan register), and leaves grants as proposed.
 */
class ForecastOfRecordTest {
    static final YearMonth MARCH = YearMonth.of(2027, 3);

    static Money m(String mnkr) {
        return Money.ofMnkr(mnkr);
    }

    static MonthlyClosing.Row row(String committee, IncomeStatementLine line, String budgetYear, String forecast) {
        return new MonthlyClosing.Row(new Key(committee, line),
                new Measures(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, m(budgetYear), m(forecast)));
    }

    static MonthlyClosing march() {
        List<MonthlyClosing.Row> rows = List.of(
                row("HSN", IncomeStatementLine.OPERATING_COSTS, "-1200", "-1180"),
                row("RS", IncomeStatementLine.OPERATING_COSTS, "-300", "-310"),
                row("RS", IncomeStatementLine.TAX_REVENUE, "1590", "1600"),
                row("RS", IncomeStatementLine.GENERAL_GRANTS, "100", "100"),
                row("RS", IncomeStatementLine.FINANCIAL_INCOME, "5", "5"),
                row("RS", IncomeStatementLine.FINANCIAL_COSTS, "-20", "-20"));
        List<MonthlyClosing.MonthRow> months = new ArrayList<>();
        for (MonthlyClosing.Row r : rows) {
            for (int month = 1; month <= 12; month++) {
                months.add(new MonthlyClosing.MonthRow(r.key(), month, Money.ZERO, Money.ZERO, Money.ZERO));
            }
        }
        return new MonthlyClosing(MARCH, List.of("HSN", "RS"), rows, months, List.of(), Optional.empty());
    }

    static final CommitteeForecast HSN = new CommitteeForecast("HSN", MARCH, m("-35.5"), "",
            CommitteeForecast.Confidence.MEDIUM, List.of(), List.of());

    @Test
    void theForecastOfRecordIsTheSumOfItsPartsToTheÖre() {
        MonthlyClosing closing = march();
        ForecastRound round = ForecastRound.of(closing, List.of(HSN), new BigDecimal("0.02"));
        ForecastOfRecord f = ForecastOfRecord.of(closing, round, List.of(
                new CentralItem(MARCH, IncomeStatementLine.TAX_REVENUE, m("1620"), "SKR, april"),
                new CentralItem(MARCH, IncomeStatementLine.FINANCIAL_COSTS, m("-25"), "låneregistret")));

        // Net cost: HSN 1 200 + 35,5 and RS's proposal 310.
        assertThat(f.line(IncomeStatementLine.NET_OPERATING_COST)).isEqualTo(m("-1545.5"));
        assertThat(f.line(IncomeStatementLine.GENERAL_GRANTS)).as("as proposed").isEqualTo(m("100"));
        // −1 545,5 + 1 620 + 100 = 174,5; + 5 − 25 = 154,5.
        assertThat(f.line(IncomeStatementLine.OPERATING_RESULT)).isEqualTo(m("174.5"));
        assertThat(f.line(IncomeStatementLine.RESULT_FOR_YEAR)).isEqualTo(m("154.5"));
        assertThat(f.proposal().get(IncomeStatementLine.RESULT_FOR_YEAR)).isEqualTo(m("195"));
        assertThat(f.differenceFromProposal(IncomeStatementLine.RESULT_FOR_YEAR)).isEqualTo(m("-40.5"));
        assertThat(f.central()).containsOnlyKeys(IncomeStatementLine.TAX_REVENUE, IncomeStatementLine.FINANCIAL_COSTS);
    }

    @Test
    void aCentralItemOfAnotherRoundOrTwiceOrWithTheWrongSignIsRefused() {
        MonthlyClosing closing = march();
        ForecastRound round = ForecastRound.of(closing, List.of(), BigDecimal.ZERO);
        assertThatThrownBy(() -> ForecastOfRecord.of(closing, round, List.of(
                new CentralItem(MARCH.minusMonths(1), IncomeStatementLine.TAX_REVENUE, m("1"), ""))))
                .hasMessageContaining("2027-02");
        CentralItem tax = new CentralItem(MARCH, IncomeStatementLine.TAX_REVENUE, m("1"), "");
        assertThatThrownBy(() -> ForecastOfRecord.of(closing, round, List.of(tax, tax))).hasMessageContaining("twice");
        assertThatThrownBy(() -> new CentralItem(MARCH, IncomeStatementLine.FINANCIAL_COSTS, m("25"), ""))
                .hasMessageContaining("wrong sign");
        assertThatThrownBy(() -> new CentralItem(MARCH, IncomeStatementLine.OPERATING_COSTS, m("-1"), ""))
                .hasMessageContaining("not a central item");
    }

    @Test
    void aLineInPartsSumsItsPartsAndTheUnrealisedReturnIsKeptApart() {
        MonthlyClosing closing = march();
        ForecastRound round = ForecastRound.of(closing, List.of(HSN), new BigDecimal("0.02"));
        // Financial costs: the loans' interest −18,25 and the pension interest −6,5 = −24,75; financial income:
        // realised 4 and unrealised 12 = 16. Årets resultat, taxes and grants as proposed: net cost −1 545,5
        // + 1 600 + 100 = 154,5; + 16 − 24,75 = 145,75.
        ForecastOfRecord f = ForecastOfRecord.of(closing, round, List.of(
                new CentralItem(MARCH, IncomeStatementLine.FINANCIAL_COSTS, CentralItem.LOAN_INTEREST, m("-18.25"),
                        "låneregistret"),
                new CentralItem(MARCH, IncomeStatementLine.FINANCIAL_COSTS, "pension_interest", m("-6.5"), "KPA"),
                new CentralItem(MARCH, IncomeStatementLine.FINANCIAL_INCOME, "pension_fund_realised", m("4"), ""),
                new CentralItem(MARCH, IncomeStatementLine.FINANCIAL_INCOME, CentralItem.UNREALISED, m("12"), "")));

        assertThat(f.line(IncomeStatementLine.FINANCIAL_COSTS)).isEqualTo(m("-24.75"));
        assertThat(f.line(IncomeStatementLine.FINANCIAL_INCOME)).isEqualTo(m("16"));
        assertThat(f.line(IncomeStatementLine.RESULT_FOR_YEAR)).isEqualTo(m("145.75"));
        assertThat(f.unrealised()).isEqualTo(m("12"));
        assertThat(f.central().get(IncomeStatementLine.FINANCIAL_COSTS)).hasSize(2);
    }

    @Test
    void aLineGivenBothWholeAndInPartsOrAPartTwiceIsRefused() {
        MonthlyClosing closing = march();
        ForecastRound round = ForecastRound.of(closing, List.of(), BigDecimal.ZERO);
        CentralItem whole = new CentralItem(MARCH, IncomeStatementLine.FINANCIAL_COSTS, m("-20"), "");
        CentralItem part = new CentralItem(MARCH, IncomeStatementLine.FINANCIAL_COSTS, "loan_interest", m("-18"), "");
        assertThatThrownBy(() -> ForecastOfRecord.of(closing, round, List.of(whole, part)))
                .hasMessageContaining("both whole and in parts");
        assertThatThrownBy(() -> ForecastOfRecord.of(closing, round, List.of(part, whole)))
                .hasMessageContaining("both whole and in parts");
        assertThatThrownBy(() -> ForecastOfRecord.of(closing, round, List.of(part, part)))
                .hasMessageContaining("financial_costs loan_interest").hasMessageContaining("twice");
        assertThatThrownBy(() -> new CentralItem(MARCH, IncomeStatementLine.TAX_REVENUE, "loan_interest", m("1"), ""))
                .hasMessageContaining("part of financial_costs");
        assertThatThrownBy(() -> new CentralItem(MARCH, IncomeStatementLine.TAX_REVENUE, "Skatt!", m("1"), ""))
                .hasMessageContaining("not a code");
    }

    @Test
    void theBridgeFromTheProposalRoundToTheNextExplainsAllOfTheChange() {
        MonthlyClosing closing = march();
        // February's round as if: nobody submitted, no central items: the proposal, årets resultat 195.
        ForecastOfRecord february = ForecastOfRecord.of(withMonth(closing, MARCH.minusMonths(1)),
                ForecastRound.of(withMonth(closing, MARCH.minusMonths(1)), List.of(), BigDecimal.ZERO), List.of());
        ForecastRound round = ForecastRound.of(closing, List.of(HSN), new BigDecimal("0.02"));
        ForecastOfRecord march = ForecastOfRecord.of(closing, round, List.of(
                new CentralItem(MARCH, IncomeStatementLine.TAX_REVENUE, m("1620"), "SKR, april"),
                new CentralItem(MARCH, IncomeStatementLine.FINANCIAL_COSTS, m("-25"), "låneregistret")));

        ForecastBridge b = ForecastBridge.of(february, march);

        // 195 → 154,5: HSN −55,5 (1 180 → 1 235,5), taxes +20, financial costs −5.
        assertThat(b.change()).isEqualTo(m("-40.5"));
        assertThat(b.steps()).filteredOn(s -> !s.effect().isZero()).extracting(ForecastBridge.Step::code,
                ForecastBridge.Step::effect).containsExactly(org.assertj.core.groups.Tuple.tuple("HSN", m("-55.5")),
                org.assertj.core.groups.Tuple.tuple("tax_revenue", m("20")),
                org.assertj.core.groups.Tuple.tuple("financial_costs", m("-5")));
        assertThatThrownBy(() -> ForecastBridge.of(march, february)).hasMessageContaining("earlier round");
    }

    static MonthlyClosing withMonth(MonthlyClosing c, YearMonth month) {
        return new MonthlyClosing(month, c.committees(), c.rows(), c.months(), c.bases(), c.backtest());
    }
}

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
 * Region Fjällbo's round after March 2027 (illustrative, by hand): HSN's frame 1 200, the proposal 1 180;
 * RS's frame 300, the proposal 310. HSN forecasts a deficit of 35,5; RS has not submitted.
 */
class ForecastRoundTest {
    static final YearMonth MARCH = YearMonth.of(2027, 3);

    static Money m(String mnkr) {
        return Money.ofMnkr(mnkr);
    }

    /** Costs in the result statement's sign: a frame of 1 200 is a budgeted cost of −1 200. */
    static MonthlyClosing march() {
        List<MonthlyClosing.Row> rows = List.of(
                new MonthlyClosing.Row(new Key("HSN", IncomeStatementLine.OPERATING_COSTS),
                        new Measures(Money.ZERO, m("-300"), Money.ZERO, m("-300"), m("-1200"), m("-1180"))),
                new MonthlyClosing.Row(new Key("RS", IncomeStatementLine.OPERATING_COSTS),
                        new Measures(Money.ZERO, m("-80"), Money.ZERO, m("-75"), m("-300"), m("-310"))));
        List<MonthlyClosing.MonthRow> months = new ArrayList<>();
        for (MonthlyClosing.Row r : rows) {
            for (int month = 1; month <= 12; month++) {
                months.add(new MonthlyClosing.MonthRow(r.key(), month, Money.ZERO, Money.ZERO, Money.ZERO));
            }
        }
        return new MonthlyClosing(MARCH, List.of("HSN", "RS"), rows, months, List.of(), Optional.empty());
    }

    static final CommitteeForecast HSN = new CommitteeForecast("HSN", MARCH, m("-35.5"), "Hyrpersonal.",
            CommitteeForecast.Confidence.MEDIUM, List.of(), List.of());

    @Test
    void aCommitteesOwnForecastStandsAndAMissingOneIsTheProposalMarked() {
        ForecastRound r = ForecastRound.of(march(), List.of(HSN), new BigDecimal("0.02"));

        ForecastRound.Line hsn = r.committees().get(0);
        assertThat(hsn.forecast()).isEqualTo(m("1235.5"));
        assertThat(hsn.deviation()).isEqualTo(m("-35.5"));
        // The proposal expected a surplus of 20: the committee expects 55,5 worse, more than 2 % of 1 200 (24).
        assertThat(hsn.differenceFromProposal()).contains(m("-55.5"));
        assertThat(hsn.flagged()).isTrue();
        ForecastRound.Line rs = r.committees().get(1);
        assertThat(rs.submitted()).isEmpty();
        assertThat(rs.forecast()).isEqualTo(m("310"));
        assertThat(rs.flagged()).isFalse();
        assertThat(r.missing()).containsExactly("RS");
        // 1 235,5 + 310 = 1 545,5 against frames of 1 500: a deficit of 45,5.
        assertThat(r.totalForecast()).isEqualTo(m("1545.5"));
        assertThat(r.totalFrame()).isEqualTo(m("1500"));
        assertThat(r.totalProposal()).isEqualTo(m("1490"));
        assertThat(r.totalDeviation()).isEqualTo(m("-45.5"));
    }

    @Test
    void aForecastCloseToTheProposalIsNotFlagged() {
        CommitteeForecast near = new CommitteeForecast("HSN", MARCH, m("0"), "", CommitteeForecast.Confidence.HIGH,
                List.of(), List.of());
        assertThat(ForecastRound.of(march(), List.of(near), new BigDecimal("0.02")).committees().get(0).flagged())
                .as("20 from the proposal, within 24").isFalse();
    }

    @Test
    void aForecastOfAnotherRoundOrCommitteeIsRefused() {
        CommitteeForecast february = new CommitteeForecast("HSN", MARCH.minusMonths(1), m("0"), "",
                CommitteeForecast.Confidence.HIGH, List.of(), List.of());
        assertThatThrownBy(() -> ForecastRound.of(march(), List.of(february), BigDecimal.ZERO))
                .hasMessageContaining("2027-02");
        CommitteeForecast unknown = new CommitteeForecast("KS", MARCH, m("0"), "", CommitteeForecast.Confidence.HIGH,
                List.of(), List.of());
        assertThatThrownBy(() -> ForecastRound.of(march(), List.of(unknown), BigDecimal.ZERO)).hasMessageContaining("KS");
    }

    @Test
    void aSmallCommitteesSmallDifferenceIsBelowTheFloor() {
        // RS: frame 300, proposal 310 (a deficit of 10); it forecasts −20, 10 from the proposal: more than 2 % of
        // its frame (6), so flagged — but not with a floor of 15.
        CommitteeForecast rs = new CommitteeForecast("RS", MARCH, m("-20"), "", CommitteeForecast.Confidence.HIGH,
                List.of(), List.of());
        assertThat(ForecastRound.of(march(), List.of(rs), new BigDecimal("0.02")).committees().get(1).flagged())
                .isTrue();
        assertThat(ForecastRound.of(march(), List.of(rs), new BigDecimal("0.02"), m("15")).committees().get(1)
                .flagged()).isFalse();
    }
}

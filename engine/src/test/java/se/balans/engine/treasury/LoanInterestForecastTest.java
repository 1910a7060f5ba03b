package se.balans.engine.treasury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.balans.engine.InvalidInputException;
import se.balans.engine.money.Money;

/**
 * The interest cost of 2026 from a register as of 2026-06-30, on portfolios small enough to compute
 * by hand: cost = amount × rate × days / 365, rounded to the öre per line. 2026 has 365 days; up to
 * and including 2026-06-30 are 181 of them (31 + 28 + 31 + 30 + 31 + 30), after it 184.
 */
class LoanInterestForecastTest {

    static final int YEAR = 2026;
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    static Money m(String mnkr) {
        return Money.ofMnkr(mnkr);
    }

    static Money sek(String sek) {
        return Money.ofSek(new BigDecimal(sek));
    }

    static BigDecimal pct(String percent) {
        return new BigDecimal(percent).movePointLeft(2);
    }

    static Loan fixed(String id, String mnkr, LocalDate start, LocalDate maturity, String percent) {
        return Loan.fixed(id, "Kommuninvest", m(mnkr), start, maturity, pct(percent));
    }

    /** 100 at 3 % from 2024 to 2029. */
    static final Loan WHOLE_YEAR = fixed("WHOLE", "100", LocalDate.of(2024, 1, 15), LocalDate.of(2029, 1, 15), "3");
    /** 300 at 1.5 %, maturing 2026-09-15, after the as-of date: 257 days in 2026 (to 2026-09-15), then 108. */
    static final Loan MATURING_LATER = fixed("LATER", "300", LocalDate.of(2021, 9, 15), LocalDate.of(2026, 9, 15),
            "1.5");
    /** 200 floating at 2 % all year, next fixing 2026-07-15. */
    static final Loan FLOATING = Loan.floating("R", "SEB", m("200"), LocalDate.of(2025, 1, 15),
            LocalDate.of(2029, 1, 15), pct("2"), LocalDate.of(2026, 7, 15));

    static LoanInterestForecast forecast(List<Loan> loans) {
        return LoanInterestForecast.of(LoanPortfolio.of(loans), AS_OF, YEAR);
    }

    @Test
    void aFixedLoanOverTheWholeYearCostsItsRateOnItsAmount() {
        LoanInterestForecast f = forecast(List.of(WHOLE_YEAR));

        // 100 000 000 × 3 % = 3 000 000; accrued 3 000 000 × 181 / 365 = 1 487 671.2329 → 1 487 671.23
        assertThat(f.total()).isEqualTo(sek("3000000.00"));
        assertThat(f.accrued()).isEqualTo(sek("1487671.23"));
        assertThat(f.remaining()).isEqualTo(sek("1512328.77"));
        assertThat(f.lines()).containsExactly(new LoanInterestForecast.Line("WHOLE", LoanInterestForecast.Kind.LOAN,
                m("100"), pct("3"), 365, sek("3000000.00"), sek("1487671.23")));
        assertThat(f.assumptions()).isEmpty();
    }

    @Test
    void aLoanStartingMidYearCostsFromItsStartDate() {
        // 200 at 2.5 % from 2026-04-15: 16 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 31 = 261 days in 2026,
        // 77 of them (16 + 31 + 30) up to the as-of date
        Loan started = fixed("NEW", "200", LocalDate.of(2026, 4, 15), LocalDate.of(2031, 4, 15), "2.5");
        LoanInterestForecast f = forecast(List.of(started));

        // 5 000 000 × 261 / 365 = 3 575 342.4658; accrued 5 000 000 × 77 / 365 = 1 054 794.5205
        LoanInterestForecast.Line line = f.lines().get(0);
        assertThat(line.daysInYear()).isEqualTo(261);
        assertThat(line.cost()).isEqualTo(sek("3575342.47"));
        assertThat(line.accrued()).isEqualTo(sek("1054794.52"));
        assertThat(f.total()).isEqualTo(sek("3575342.47"));
        assertThat(f.remaining()).isEqualTo(sek("2520547.95"));
    }

    @Test
    void aLoanThatMaturedBeforeTheAsOfDateCostsUntilItsMaturityAndIsNotRefinancedByAssumption() {
        // 150 at 1 % to 2026-03-16: 31 + 28 + 15 = 74 days; 1 500 000 × 74 / 365 = 304 109.589, all accrued.
        // Its successor, if any, is in the register.
        Loan matured = fixed("OLD", "150", LocalDate.of(2021, 3, 15), LocalDate.of(2026, 3, 16), "1");
        LoanInterestForecast f = forecast(List.of(matured));

        assertThat(f.lines()).singleElement().satisfies(l -> {
            assertThat(l.daysInYear()).isEqualTo(74);
            assertThat(l.isAssumedRefinancing()).isFalse();
        });
        assertThat(f.total()).isEqualTo(sek("304109.59"));
        assertThat(f.accrued()).isEqualTo(f.total());
        assertThat(f.remaining()).isEqualTo(Money.ZERO);
        assertThat(f.assumptions()).isEmpty();
    }

    @Test
    void aLoanMaturingAfterTheAsOfDateIsRefinancedAtTheRateGiven() {
        LoanInterestForecast f = LoanInterestForecast.of(LoanPortfolio.of(List.of(MATURING_LATER)), AS_OF, YEAR,
                Optional.of(pct("3")));

        // the loan: 4 500 000 × 257 / 365 = 3 168 493.1507, accrued 4 500 000 × 181 / 365 = 2 231 506.8493
        // its assumed successor, 300 at 3 % from 2026-09-15: 9 000 000 × 108 / 365 = 2 663 013.6986, none accrued
        assertThat(f.lines()).containsExactly(
                new LoanInterestForecast.Line("LATER", LoanInterestForecast.Kind.LOAN, m("300"), pct("1.5"), 257,
                        sek("3168493.15"), sek("2231506.85")),
                new LoanInterestForecast.Line("LATER", LoanInterestForecast.Kind.ASSUMED_REFINANCING, m("300"),
                        pct("3"), 108, sek("2663013.70"), Money.ZERO));
        assertThat(f.total()).isEqualTo(sek("5831506.85"));
        assertThat(f.accrued()).isEqualTo(sek("2231506.85"));
        assertThat(f.assumptions()).containsExactly(new LoanInterestForecast.Refinancing("LATER",
                LocalDate.of(2026, 9, 15), m("300"), pct("3"), Optional.empty()));
        assertThat(f.assumptions().get(0).text()).isEqualTo("LATER maturing 2026-09-15 refinanced at 3 % (the rate given)");
    }

    @Test
    void withoutARateGivenTheRefinancingTakesTheRateOfTheLatestBorrowingUpToTheAsOfDate() {
        // the latest borrowing up to 2026-06-30 is NEW at 2.5 % (2026-04-15); FORWARD starts after the
        // as-of date and is counted as registered, but is not the region's latest borrowing
        Loan earlier = fixed("EARLIER", "100", LocalDate.of(2025, 11, 1), LocalDate.of(2030, 11, 1), "3.4");
        Loan latest = fixed("NEW", "200", LocalDate.of(2026, 4, 15), LocalDate.of(2031, 4, 15), "2.5");
        Loan forward = fixed("FORWARD", "100", LocalDate.of(2026, 8, 1), LocalDate.of(2031, 8, 1), "4");
        LoanInterestForecast f = forecast(List.of(MATURING_LATER, latest, earlier, forward));

        // 300 at 2.5 % for 108 days: 7 500 000 × 108 / 365 = 2 219 178.0822
        assertThat(f.lines()).filteredOn(LoanInterestForecast.Line::isAssumedRefinancing).singleElement()
                .satisfies(l -> {
                    assertThat(l.instrument()).isEqualTo("LATER");
                    assertThat(l.rate()).isEqualByComparingTo("0.025");
                    assertThat(l.cost()).isEqualTo(sek("2219178.08"));
                });
        assertThat(f.lines()).extracting(LoanInterestForecast.Line::instrument)
                .containsExactly("LATER", "LATER", "NEW", "EARLIER", "FORWARD");
        assertThat(f.assumptions()).containsExactly(new LoanInterestForecast.Refinancing("LATER",
                LocalDate.of(2026, 9, 15), m("300"), pct("2.5"), Optional.of("NEW")));
        assertThat(f.assumptions().get(0).text())
                .isEqualTo("LATER maturing 2026-09-15 refinanced at 2.5 % (the rate of NEW, the latest borrowing)");
    }

    @Test
    void aRefinancingWithNeitherARateNorAnEarlierLoanIsRefused() {
        // the only loan starts after the as-of date and matures within the year
        Loan forward = fixed("FORWARD", "100", LocalDate.of(2026, 8, 1), LocalDate.of(2026, 10, 1), "4");
        assertThatThrownBy(() -> forecast(List.of(forward))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("FORWARD matures on 2026-10-01, after the as-of date 2026-06-30, and no "
                        + "refinancing rate is given");
    }

    @Test
    void aLoanMaturingBetweenTheAsOfDateAndTheYearIsRefinancedForTheWholeYear() {
        // forecasting 2027 as of 2026-06-30: LATER matures 2026-09-15 and its successor, 300 at 3 %, runs all
        // 2027: 9 000 000 × 365 / 365, none of it accrued
        LoanInterestForecast f = LoanInterestForecast.of(LoanPortfolio.of(List.of(MATURING_LATER)), AS_OF, 2027,
                Optional.of(pct("3")));
        assertThat(f.lines()).singleElement().satisfies(l -> {
            assertThat(l.isAssumedRefinancing()).isTrue();
            assertThat(l.daysInYear()).isEqualTo(365);
            assertThat(l.cost()).isEqualTo(sek("9000000.00"));
        });
        assertThat(f.accrued()).isEqualTo(Money.ZERO);
    }

    @Test
    void aFloatingLoanCostsItsCurrentRateForTheWholeYear() {
        Loan floating = Loan.floating("R", "SEB", m("100"), LocalDate.of(2025, 5, 15), LocalDate.of(2028, 5, 15),
                pct("2"), LocalDate.of(2026, 8, 15));
        LoanInterestForecast f = forecast(List.of(floating));

        // 100 000 000 × 2 % = 2 000 000, also after the fixing on 2026-08-15; accrued 2 000 000 × 181 / 365
        // = 991 780.8219
        assertThat(f.total()).isEqualTo(sek("2000000.00"));
        assertThat(f.accrued()).isEqualTo(sek("991780.82"));
        assertThat(f.assumptions()).containsExactly(new LoanInterestForecast.FloatingAtCurrentRate(List.of("R")));
        assertThat(f.assumptions().get(0).text())
                .isEqualTo("floating loans at their current rate for the whole year (R)");
    }

    @Test
    void aSwapOverPartOfTheYearMovesItsNotionalFromTheFloatingRateToItsFixedRate() {
        // 50 of the 200 floating at 2 % swapped to 3 % from 2026-03-01 to 2026-12-01 (275 days):
        //   2026-01-01 – 03-01   59 days  floating 200 × 2 %                     4 000 000 × 59
        //   2026-03-01 – 07-01  122 days  floating 150 × 2 %, swap 50 × 3 %      3 000 000 × 122, 1 500 000 × 122
        //   2026-07-01 – 12-01  153 days  the same                               3 000 000 × 153, 1 500 000 × 153
        //   2026-12-01 – 01-01   31 days  floating 200 × 2 %                     4 000 000 × 31
        // floating (360 + 825) 000 000 / 365 = 3 246 575.3425, accrued (236 + 366) 000 000 / 365 = 1 649 315.0685
        // swap 1 500 000 × 275 / 365 = 1 130 136.9863, accrued 1 500 000 × 122 / 365 = 501 369.8630
        // in all 4 000 000 without the swap plus 50 000 000 × (3 % − 2 %) × 275 / 365 = 376 712.33
        InterestRateSwap swap = new InterestRateSwap("S", "Nordea", m("50"), LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 12, 1), pct("3"));
        LoanInterestForecast f = LoanInterestForecast.of(new LoanPortfolio(List.of(FLOATING), List.of(swap)), AS_OF,
                YEAR);

        assertThat(f.lines()).containsExactly(
                new LoanInterestForecast.Line("R", LoanInterestForecast.Kind.LOAN, m("200"), pct("2"), 365,
                        sek("3246575.34"), sek("1649315.07")),
                new LoanInterestForecast.Line("S", LoanInterestForecast.Kind.SWAP, m("50"), pct("3"), 275,
                        sek("1130136.99"), sek("501369.86")));
        assertThat(f.total()).isEqualTo(sek("4376712.33"));
        assertThat(f.accrued()).isEqualTo(sek("2150684.93"));
        assertThat(f.assumptions()).containsExactly(new LoanInterestForecast.FloatingAtCurrentRate(List.of("R")),
                new LoanInterestForecast.SwapsProRata(List.of("S")));
    }

    @Test
    void aSwapExceedingTheFloatingVolumeIsRefused() {
        // the floating loan matured on 2026-03-16 (its successor would be in the register); from then on the
        // swap hedges nothing
        Loan floating = Loan.floating("R", "SEB", m("100"), LocalDate.of(2025, 3, 17), LocalDate.of(2026, 3, 16),
                pct("2"), LocalDate.of(2026, 3, 16));
        InterestRateSwap swap = new InterestRateSwap("S", "Nordea", m("50"), LocalDate.of(2025, 3, 17),
                LocalDate.of(2028, 3, 17), pct("3"));
        LoanPortfolio register = new LoanPortfolio(List.of(floating), List.of(swap));

        assertThatThrownBy(() -> LoanInterestForecast.of(register, AS_OF, YEAR))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("as of 2026-03-16 the swaps' notional 50 mnkr exceeds the floating-rate debt "
                        + "0 mnkr they hedge (swaps S)");
    }

    @Test
    void aFloatingLoanWhoseFixingHasPassedMeansTheRegisterIsOutOfDate() {
        Loan stale = Loan.floating("R", "SEB", m("100"), LocalDate.of(2025, 3, 31), LocalDate.of(2028, 3, 31),
                pct("2"), AS_OF);
        assertThatThrownBy(() -> forecast(List.of(stale)))
                .isInstanceOf(InvalidInstrumentException.class)
                .hasMessageContaining("R: the next fixing date 2026-06-30 is not after the as-of date 2026-06-30")
                .satisfies(e -> assertThat(((InvalidInstrumentException) e).field()).isEqualTo("next_fixing_date"));
    }

    @Test
    void theAccruedAndRemainingPartsSumToTheTotalToTheÖre() {
        // 100 at 1 % from 2026-05-23: 39 days up to the as-of date (9 + 30), 184 after, 223 in all.
        // total 1 000 000 × 223 / 365 = 610 958.9041 → 610 958.90; accrued 1 000 000 × 39 / 365 = 106 849.3151
        // → 106 849.32; remaining 610 958.90 − 106 849.32 = 504 109.58 (rounded on its own, 504 109.5890 would
        // give 504 109.59, one öre too many)
        Loan late = fixed("LATE", "100", LocalDate.of(2026, 5, 23), LocalDate.of(2031, 5, 23), "1");
        LoanInterestForecast f = forecast(List.of(late, WHOLE_YEAR, MATURING_LATER, FLOATING));

        assertThat(f.lines().get(0).cost()).isEqualTo(sek("610958.90"));
        assertThat(f.lines().get(0).accrued()).isEqualTo(sek("106849.32"));
        assertThat(f.lines().get(0).remaining()).isEqualTo(sek("504109.58"));
        assertThat(f.accrued().plus(f.remaining())).isEqualTo(f.total());
        assertThat(f.total()).isEqualTo(Money.sum(f.lines(), LoanInterestForecast.Line::cost));
        assertThat(f.remaining()).isEqualTo(Money.sum(f.lines(), LoanInterestForecast.Line::remaining));
    }

    @Test
    void aLeapYearHas366DaysButACT365StillDividesBy365() {
        // 2028 has 366 days: 100 at 3 % costs 3 000 000 × 366 / 365 = 3 008 219.1781, a day's interest more
        // than the annual rate; as of 2028-02-29, 31 + 29 = 60 days accrued: 3 000 000 × 60 / 365 = 493 150.6849
        LoanInterestForecast f = LoanInterestForecast.of(LoanPortfolio.of(List.of(WHOLE_YEAR)),
                LocalDate.of(2028, 2, 29), 2028);
        assertThat(f.lines().get(0).daysInYear()).isEqualTo(366);
        assertThat(f.total()).isEqualTo(sek("3008219.18"));
        assertThat(f.accrued()).isEqualTo(sek("493150.68"));
    }

    @Test
    void västerbottensRegisterAsOfMarch2026() {
        // from sample-data/region-vasterbotten/treasury/loans-2026-03-31.csv, 2026 as of 2026-03-31 (90 days
        // accrued); KI-2026-01 and KI-2026-02 both started 2026-02-16, the latest borrowing: KI-2026-01 is first
        LocalDate feb16 = LocalDate.of(2026, 2, 16);
        LocalDate sep15 = LocalDate.of(2026, 9, 15);
        List<Loan> loans = List.of(
                Loan.fixed("KI-2020-01", "Kommuninvest", m("250"), LocalDate.of(2020, 9, 15), sep15, pct("0.72")),
                Loan.floating("NDA-2023-01", "Nordea", m("200"), LocalDate.of(2023, 2, 15), feb16, pct("2.21"), feb16),
                Loan.fixed("SEB-2023-01", "SEB", m("220"), LocalDate.of(2023, 9, 15), sep15, pct("3.70")),
                Loan.fixed("KI-2026-01", "Kommuninvest", m("200"), feb16, LocalDate.of(2030, 12, 16), pct("2.84")),
                Loan.floating("KI-2026-02", "Kommuninvest", m("200"), feb16, LocalDate.of(2027, 2, 16), pct("2.24"),
                        LocalDate.of(2026, 5, 18)));
        LoanInterestForecast f = LoanInterestForecast.of(LoanPortfolio.of(loans), LocalDate.of(2026, 3, 31), YEAR);

        //                                            days  cost                                   accrued
        // KI-2020-01   250 × 0.72 %                   257  1 800 000 × 257 / 365 = 1 267 397.26   × 90 = 443 835.62
        //   refinanced 250 × 2.84 % from 2026-09-15   108  7 100 000 × 108 / 365 = 2 100 821.92
        // NDA-2023-01  200 × 2.21 % to 2026-02-16      46  4 420 000 ×  46 / 365 =   557 041.10   all
        // SEB-2023-01  220 × 3.70 %                   257  8 140 000 × 257 / 365 = 5 731 452.05   × 90 = 2 007 123.29
        //   refinanced 220 × 2.84 % from 2026-09-15   108  6 248 000 × 108 / 365 = 1 848 723.29
        // KI-2026-01   200 × 2.84 % from 2026-02-16   319  5 680 000 × 319 / 365 = 4 964 164.38   × 44 = 684 712.33
        // KI-2026-02   200 × 2.24 %                   319  4 480 000 × 319 / 365 = 3 915 397.26   × 44 = 540 054.79
        assertThat(f.lines()).extracting(LoanInterestForecast.Line::cost).containsExactly(sek("1267397.26"),
                sek("2100821.92"), sek("557041.10"), sek("5731452.05"), sek("1848723.29"), sek("4964164.38"),
                sek("3915397.26"));
        assertThat(f.total()).isEqualTo(sek("20384997.26"));
        assertThat(f.accrued()).isEqualTo(sek("4232767.13"));
        assertThat(f.remaining()).isEqualTo(sek("16152230.13"));
        assertThat(f.assumptions()).extracting(LoanInterestForecast.Assumption::text).containsExactly(
                "floating loans at their current rate for the whole year (NDA-2023-01, KI-2026-02)",
                "KI-2020-01 maturing 2026-09-15 refinanced at 2.84 % (the rate of KI-2026-01, the latest borrowing)",
                "SEB-2023-01 maturing 2026-09-15 refinanced at 2.84 % (the rate of KI-2026-01, the latest borrowing)");
    }
}

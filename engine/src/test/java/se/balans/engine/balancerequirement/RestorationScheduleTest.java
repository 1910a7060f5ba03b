package se.balans.engine.balancerequirement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import se.balans.engine.InvalidInputException;
import se.balans.engine.money.Money;

/** The restoration schedule, specified by the table in Regionplan 2025 §5.2 and by the law's rules. */
class RestorationScheduleTest {

    static Money m(String mnkr) {
        return Money.ofMnkr(mnkr);
    }

    /** A year whose balanskravsresultat is given directly (no adjustments). */
    static BalanceRequirementInput bkr(int year, String bkr, String specialReasons) {
        return BalanceRequirementInput.of(year, m(bkr)).withSpecialReasons(m(specialReasons));
    }

    @Nested
    class RegionplanTwentyFiveTable {
        // Prognos för återställande av negativa balanskravsresultat (seed 004 §5.2).
        final RestorationSchedule schedule = RestorationSchedule.compute(List.of(
                bkr(2023, "-753", "514"),
                bkr(2024, "-1210", "812"),
                bkr(2025, "48", "0"),
                bkr(2026, "348", "0"),
                bkr(2027, "241", "0")));

        @Test
        void closingUnrestoredIsAsPublished() {
            assertThat(schedule.years()).extracting(y -> y.closingUnrestored().toMnkr().intValueExact())
                    .containsExactly(-239, -637, -589, -241, 0);
        }

        @Test
        void openingBalanceIsLastYearsClosing() {
            assertThat(schedule.years()).extracting(y -> y.openingUnrestored().toMnkr().intValueExact())
                    .containsExactly(0, -239, -637, -589, -241);
        }

        @Test
        void splitByYearOfOriginIsAsPublished() {
            assertThat(schedule.years()).extracting(y -> y.unrestoredFrom(2023).toMnkr().intValueExact())
                    .containsExactly(-239, -239, -191, 0, 0);
            assertThat(schedule.years()).extracting(y -> y.unrestoredFrom(2024).toMnkr().intValueExact())
                    .containsExactly(0, -398, -398, -241, 0);
            assertThat(schedule.originYears()).containsExactly(2023, 2024);
        }

        @Test
        void deadlinesAreThreeYearsAfterOrigin() {
            assertThat(RestorationSchedule.deadline(2023)).isEqualTo(2026);
            assertThat(RestorationSchedule.deadline(2024)).isEqualTo(2027);
        }

        @Test
        void everyDeadlineIsMet() {
            assertThat(schedule.years()).noneMatch(RestorationYear::missedDeadline);
        }

        @Test
        void requiredResultIsWhatFallsDueEachYear() {
            // 2026 must restore what is left of 2023 (191); 2027 what is left of 2024 (241).
            assertThat(schedule.years()).extracting(y -> y.requiredResult().toMnkr().intValueExact())
                    .containsExactly(0, 0, 0, 191, 241);
        }

        @Test
        void surplusRestoresOldestFirst() {
            RestorationYear y2026 = schedule.year(2026).orElseThrow();
            assertThat(y2026.restored()).containsExactly(entry(2023, m("191")), entry(2024, m("157")));
        }
    }

    @Test
    void aDeficitLeftAtItsDeadlineIsFlaggedThatYearAndStaysOutstanding() {
        RestorationSchedule s = RestorationSchedule.compute(List.of(
                bkr(2020, "-100", "0"), bkr(2021, "10", "0"), bkr(2022, "10", "0"), bkr(2023, "10", "0"),
                bkr(2024, "100", "0")));
        assertThat(s.year(2023).orElseThrow().missedDeadline()).isTrue();
        assertThat(s.year(2023).orElseThrow().missedDeadlines()).containsExactly(2020);
        assertThat(s.year(2023).orElseThrow().unrestoredFrom(2020)).isEqualTo(m("-70"));
        assertThat(s.year(2022).orElseThrow().missedDeadline()).isFalse();
        // Overdue, it is still due: 2024 must restore it, and does.
        assertThat(s.year(2024).orElseThrow().requiredResult()).isEqualTo(m("70"));
        assertThat(s.year(2024).orElseThrow().missedDeadline()).isFalse();
        assertThat(s.year(2024).orElseThrow().closingUnrestored()).isEqualTo(Money.ZERO);
    }

    @Test
    void specialReasonsBeyondTheYearsOwnDeficitWaiveTheOldest() {
        RestorationSchedule s = RestorationSchedule.compute(List.of(
                bkr(2023, "-300", "0"), bkr(2024, "-100", "0"), bkr(2025, "0", "250")));
        RestorationYear y = s.year(2025).orElseThrow();
        assertThat(y.waived()).containsExactlyEntriesOf(Map.of(2023, m("250")));
        assertThat(y.unrestoredFrom(2023)).isEqualTo(m("-50"));
        assertThat(y.unrestoredFrom(2024)).isEqualTo(m("-100"));
    }

    @Test
    void specialReasonsCannotWaiveMoreThanThereIs() {
        assertThatThrownBy(() -> RestorationSchedule.compute(List.of(bkr(2023, "-100", "150"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("special_reasons")
                .satisfies(e -> assertThat(((InvalidInputException) e).year()).isEqualTo(2023));
    }

    @Test
    void aGapOrADuplicateYearIsRefused() {
        assertThatThrownBy(() -> RestorationSchedule.compute(List.of(bkr(2023, "1", "0"), bkr(2025, "1", "0"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("missing 2024");
        assertThatThrownBy(() -> RestorationSchedule.compute(List.of(bkr(2023, "1", "0"), bkr(2023, "1", "0"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("twice");
    }

    @Test
    void balanskravsutredningAddsTheAdjustmentsAsPrinted() {
        BalanceRequirementInput in = BalanceRequirementInput.of(2025, m("218"))
                .with(BalanceRequirementLine.REALISATION_GAINS, m("-12"))
                .with(BalanceRequirementLine.EXEMPT_REALISATION_GAINS, m("2"))
                .with(BalanceRequirementLine.EXEMPT_REALISATION_LOSSES, m("3"))
                .with(BalanceRequirementLine.UNREALISED_SECURITIES, m("-170"))
                .with(BalanceRequirementLine.UNREALISED_REVERSAL, m("7"))
                .with(BalanceRequirementLine.RESERVE_ALLOCATION, m("-10"))
                .with(BalanceRequirementLine.RESERVE_USE, m("4"));
        assertThat(in.resultAfterAdjustments()).isEqualTo(m("48"));
        assertThat(in.balanceRequirementResult()).isEqualTo(m("42"));
    }

    @Test
    void adjustmentsOfTheWrongSignAreRefusedNamingTheField() {
        assertThatThrownBy(() -> BalanceRequirementInput.of(2025, m("1"))
                .with(BalanceRequirementLine.REALISATION_GAINS, m("5")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("realisation_gains"));
        assertThatThrownBy(() -> BalanceRequirementInput.of(2025, m("1"))
                .with(BalanceRequirementLine.RESERVE_USE, m("-5")))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("reserve_use"));
        assertThatThrownBy(() -> bkr(2025, "-1", "-1"))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("special_reasons"));
    }

    @Nested
    class TheResultReserve {
        BalanceRequirementInput allocation(int year, String result, String allocated) {
            return BalanceRequirementInput.of(year, m(result)).with(BalanceRequirementLine.RESERVE_ALLOCATION,
                    m(allocated));
        }

        BalanceRequirementInput use(int year, String result, String used) {
            return BalanceRequirementInput.of(year, m(result)).with(BalanceRequirementLine.RESERVE_USE, m(used));
        }

        @Test
        void startsFromItsOpeningBalanceAllocationsAddAndUsesDraw() {
            RestorationSchedule s = RestorationSchedule.compute(m("100"), List.of(
                    allocation(2022, "300", "-50"), use(2023, "-100", "120"), use(2024, "-40", "30")));
            assertThat(s.years()).extracting(y -> y.reserveBalance().toMnkr().intValueExact())
                    .containsExactly(150, 30, 0);
            assertThat(s.year(2023).orElseThrow().balanceRequirementResult()).isEqualTo(m("20"));
        }

        @Test
        void aUseWithNoReserveEverBuiltUpIsAnErrorNamingReserveUse() {
            assertThatThrownBy(() -> RestorationSchedule.compute(List.of(bkr(2022, "5", "0"), use(2023, "-100", "100"))))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("2023: reserve_use 100 is more than the result reserve holds: no reserve has been built "
                            + "up since 2022 (give the reserve's balance at the start of 2022 in reserve_opening)")
                    .satisfies(e -> {
                        assertThat(((InvalidInputException) e).field()).isEqualTo("reserve_use");
                        assertThat(((InvalidInputException) e).year()).isEqualTo(2023);
                    });
        }

        @Test
        void usingMoreThanItHoldsIsAnErrorSayingWhatItHolds() {
            assertThatThrownBy(() -> RestorationSchedule.compute(m("100"), List.of(
                    allocation(2022, "300", "-50"), use(2023, "-200", "151"))))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("2023: reserve_use 151 is more than the result reserve holds at the start of 2023, 150 "
                            + "(the opening balance 100 at the start of 2022 plus reservations less uses since)");
        }

        @Test
        void aReservationIsUsedFromTheYearAfterNotTheSameYear() {
            BalanceRequirementInput both = allocation(2023, "300", "-50").with(BalanceRequirementLine.RESERVE_USE, m("50"));
            assertThatThrownBy(() -> RestorationSchedule.compute(List.of(both)))
                    .hasMessageContaining("reserve_use 50 is more than the result reserve holds");
        }

        @Test
        void aNegativeOpeningBalanceIsRefused() {
            assertThatThrownBy(() -> RestorationSchedule.compute(m("-1"), List.of(bkr(2023, "1", "0"))))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("reserve_opening"));
        }

        @Test
        void theOpeningBalanceCountsTowardsTheFivePercentCap() {
            BalanceRequirementInput in = allocation(2025, "800", "-100").withReserveBase(m("11357"), m("100"));
            assertThat(RestorationSchedule.compute(m("400"), List.of(in)).years().get(0).reserveBalance())
                    .isEqualTo(m("500"));
            assertThatThrownBy(() -> RestorationSchedule.compute(m("500"), List.of(in)))
                    .hasMessageContaining("cap of 5 %");
        }
    }
}

package se.balans.engine.balancerequirement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.balans.engine.InvalidInputException;
import se.balans.engine.money.Money;

/**
 * The balance-requirement forecast of a small region (illustrative, hand-computed): 2023 −100; 2024 −50
 * with 30 of unrealised gains removed and synnerliga skäl 20; 2025 +40, which restores 40 of 2023.
 * So 2026 opens with −60 from 2023 (due by the end of 2026) and −60 from 2024 (due 2027).
 */
class BalanceRequirementForecastTest {
    static Money m(String mnkr) {
        return Money.ofMnkr(mnkr);
    }

    static final List<BalanceRequirementInput> HISTORY = List.of(
            BalanceRequirementInput.of(2023, m("-100")),
            BalanceRequirementInput.of(2024, m("-50")).with(BalanceRequirementLine.UNREALISED_SECURITIES, m("-30"))
                    .withSpecialReasons(m("20")),
            BalanceRequirementInput.of(2025, m("40")),
            // a plan row for the year followed up: the forecast replaces it
            BalanceRequirementInput.of(2026, m("500")));

    @Test
    void aForecastBelowWhatTheDeadlineNeedsIsFlaggedWithItsShortfall() {
        // June 2026: årets resultat +25 to date, +50 forecast; 20 of unrealised gains booked to date.
        BalanceRequirementForecast f = BalanceRequirementForecast.of(HISTORY, Money.ZERO, 2026, m("25"), m("50"),
                java.util.Optional.of(Map.of(BalanceRequirementLine.UNREALISED_SECURITIES, m("-20"))));

        assertThat(f.openingByOrigin()).containsExactlyEntriesOf(new java.util.TreeMap<>(
                Map.of(2023, m("-60"), 2024, m("-60"))));
        assertThat(f.openingUnrestored()).isEqualTo(m("-120"));
        assertThat(f.toDate().balanceRequirementResult()).isEqualTo(m("5"));
        assertThat(f.forecastResult()).as("50 − 20: the gains to date are not forecast to grow").isEqualTo(m("30"));
        assertThat(f.requiredResult()).as("2023's remainder is due this year").isEqualTo(m("60"));
        assertThat(f.meetsDeadlines()).isFalse();
        assertThat(f.forecast().missedDeadlines()).containsExactly(2023);
        assertThat(f.shortfall()).isEqualTo(m("30"));
        assertThat(f.forecast().unrestoredByOrigin()).containsEntry(2023, m("-30")).containsEntry(2024, m("-60"));
        assertThat(f.closingUnrestored()).isEqualTo(m("-90"));
    }

    /**
     * June 2026 with a forecast round: its result of record 90 replaces the computed 50, and the unrealised return
     * of 35 it states replaces the 20 booked to date as the unrealised change taken out: 90 − 35 = 55.
     */
    @Test
    void theForecastOfRecordIsTheYearsResultAndItsUnrealisedReturnIsTakenOut() {
        BalanceRequirementForecast f = BalanceRequirementForecast.of(HISTORY, Money.ZERO, 2026, m("25"), m("50"),
                java.util.Optional.of(Map.of(BalanceRequirementLine.UNREALISED_SECURITIES, m("-20"))),
                java.util.Optional.of(new BalanceRequirementForecast.OfRecord(m("90"), m("35"))));

        assertThat(f.ofRecord()).isTrue();
        assertThat(f.forecastResult()).isEqualTo(m("55"));
        assertThat(f.toDate().balanceRequirementResult()).as("to date, the outcome as booked").isEqualTo(m("5"));
        assertThat(f.shortfall()).as("60 due this year").isEqualTo(m("5"));

        BalanceRequirementForecast noUnrealised = BalanceRequirementForecast.of(HISTORY, Money.ZERO, 2026, m("25"),
                m("50"), java.util.Optional.of(Map.of(BalanceRequirementLine.UNREALISED_SECURITIES, m("-20"))),
                java.util.Optional.of(new BalanceRequirementForecast.OfRecord(m("90"), Money.ZERO)));
        assertThat(noUnrealised.forecastResult()).as("90 − the 20 booked to date").isEqualTo(m("70"));
    }

    @Test
    void aForecastThatRestoresTheOldestFirstMeetsTheDeadline() {
        BalanceRequirementForecast f = BalanceRequirementForecast.of(HISTORY, Money.ZERO, 2026, m("10"), m("100"),
                java.util.Optional.empty());

        assertThat(f.meetsDeadlines()).isTrue();
        assertThat(f.shortfall()).isEqualTo(Money.ZERO);
        assertThat(f.forecast().restored()).containsEntry(2023, m("60")).containsEntry(2024, m("40"));
        assertThat(f.closingUnrestored()).isEqualTo(m("-20"));
    }

    @Test
    void aHistoryThatStopsBeforeLastYearIsRefusedRatherThanForgettingItsDeficits() {
        assertThatThrownBy(() -> BalanceRequirementForecast.of(HISTORY.subList(0, 2), Money.ZERO, 2026, m("0"),
                m("0"), java.util.Optional.empty())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("ends with 2024, but the forecast of 2026 continues from 2025");
    }

    @Test
    void aReserveUseTheBudgetDecidedCountsInTheForecastWithItsUnrealisedGainsRemoved() {
        // The reserve held 40 at the start of 2023; the 2026 budget decided to use 30 of it (plan row).
        List<BalanceRequirementInput> history = List.of(HISTORY.get(0), HISTORY.get(1), HISTORY.get(2),
                BalanceRequirementInput.of(2026, m("500")).with(BalanceRequirementLine.RESERVE_USE, m("30")));
        // June 2026: +25 to date, +50 forecast, 20 of unrealised gains in the pension fund booked to date.
        BalanceRequirementForecast f = BalanceRequirementForecast.of(history, m("40"), 2026, m("25"), m("50"),
                java.util.Optional.of(Map.of(BalanceRequirementLine.UNREALISED_SECURITIES, m("-20"))));

        // 50 − 20 = 30 after adjustments, + 30 from the reserve = 60: exactly 2023's remainder, due this year.
        assertThat(f.forecast().input().amount(BalanceRequirementLine.RESERVE_USE)).isEqualTo(m("30"));
        assertThat(f.forecastResult()).isEqualTo(m("60"));
        assertThat(f.requiredResult()).isEqualTo(m("60"));
        assertThat(f.meetsDeadlines()).isTrue();
        assertThat(f.toDate().amount(BalanceRequirementLine.RESERVE_USE)).as("decided for the year, not booked to date")
                .isEqualTo(Money.ZERO);
        assertThat(f.closingUnrestored()).isEqualTo(m("-60"));
    }

    @Test
    void aReserveUseBeyondWhatTheReserveHoldsIsRefusedNamingTheField() {
        List<BalanceRequirementInput> history = List.of(HISTORY.get(0), HISTORY.get(1), HISTORY.get(2),
                BalanceRequirementInput.of(2026, m("500")).with(BalanceRequirementLine.RESERVE_USE, m("30")));
        assertThatThrownBy(() -> BalanceRequirementForecast.of(history, m("10"), 2026, m("25"), m("50"),
                java.util.Optional.empty())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("reserve_use 30");
    }
}

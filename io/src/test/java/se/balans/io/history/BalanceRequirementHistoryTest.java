package se.balans.io.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.engine.balancerequirement.RestorationSchedule;
import se.balans.io.InputFileException;
import se.balans.io.Repo;

class BalanceRequirementHistoryTest {

    @TempDir
    Path dir;

    Path file(String text) throws IOException {
        Path f = dir.resolve("history.csv");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void theSampleHistoryGivesThePublishedTable() {
        RestorationSchedule s = BalanceRequirementHistory.read(
                Repo.path("sample-data/fixtures/regionplan-2025-balance-requirement.csv")).schedule();
        assertThat(s.years()).extracting(y -> y.balanceRequirementResult().toMnkr().intValueExact())
                .containsExactly(-753, -1210, 48, 348, 241);
        assertThat(s.years()).extracting(y -> y.closingUnrestored().toMnkr().intValueExact())
                .containsExactly(-239, -637, -589, -241, 0);
    }

    @Test
    void rowsMayComeInAnyOrderAndExcelsSemicolonsAndDecimalCommasAreRead() throws IOException {
        RestorationSchedule s = BalanceRequirementHistory.read(file(
                "\uFEFFyear;result;special_reasons\n2024;-10,5;0\n2023;-1;1\n")).schedule();
        assertThat(s.years()).extracting(y -> y.year()).containsExactly(2023, 2024);
        assertThat(s.year(2024).orElseThrow().closingUnrestored().toMnkr().toPlainString()).isEqualTo("-10.5");
    }

    @Test
    void aWrongSignNamesLineAndColumn() throws IOException {
        Path f = file("year,result,reserve_use\n2023,10,0\n2024,10,-5\n");
        assertThatThrownBy(() -> BalanceRequirementHistory.read(f))
                .isInstanceOf(InputFileException.class)
                .hasMessageStartingWith(f + ":3: column reserve_use:")
                .hasMessageContaining("≥ 0");
    }

    @Test
    void aGapNamesTheLineAfterIt() throws IOException {
        Path f = file("year,result\n2023,1\n2025,1\n");
        assertThatThrownBy(() -> BalanceRequirementHistory.read(f))
                .hasMessageStartingWith(f + ":3: column year:").hasMessageContaining("2024 missing");
    }

    @Test
    void aDuplicateYearIsRefused() throws IOException {
        Path f = file("year,result\n2023,1\n2023,2\n");
        assertThatThrownBy(() -> BalanceRequirementHistory.read(f))
                .hasMessageContaining(":3: column year:").hasMessageContaining("twice");
    }

    @Test
    void aNonNumberIsRefused() throws IOException {
        Path f = file("year,result\n2023,abc\n");
        assertThatThrownBy(() -> BalanceRequirementHistory.read(f))
                .hasMessageStartingWith(f + ":2: column result:").hasMessageContaining("abc");
    }

    @Test
    void anUnknownColumnIsRefusedRatherThanReadAsZero() throws IOException {
        Path f = file("year,result,reserve_alocation\n2023,1,-5\n");
        assertThatThrownBy(() -> BalanceRequirementHistory.read(f))
                .hasMessageStartingWith(f + ":1: column reserve_alocation: unknown column");
    }

    @Test
    void aMissingRequiredColumnIsRefused() throws IOException {
        Path f = file("year,special_reasons\n2023,1\n");
        assertThatThrownBy(() -> BalanceRequirementHistory.read(f)).hasMessageContaining("column result:");
    }

    @Test
    void aReservationOverTheCeilingPointsAtItsLine() throws IOException {
        Path f = file("year,result,reserve_allocation,taxes_and_grants,equity_incl_pension_commitments\n"
                + "2024,100,0,10000,5\n2025,300,-250,10000,5\n");
        assertThatThrownBy(() -> BalanceRequirementHistory.read(f).schedule())
                .hasMessageStartingWith(f + ":3: column reserve_allocation:").hasMessageContaining("ceiling");
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        assertThatThrownBy(() -> BalanceRequirementHistory.read(file(""))).hasMessageContaining("empty file");
        assertThatThrownBy(() -> BalanceRequirementHistory.read(file("year,result\n"))).hasMessageContaining("no years");
    }

    @Test
    void aYearOutsideThePlansRangeIsRefusedBeforeTheScheduleGrowsWithIt() throws IOException {
        Path f = file("year,result\n1899,-5\n1900,3\n");
        assertThatThrownBy(() -> BalanceRequirementHistory.read(f))
                .hasMessage(f + ":2: column year: expected a year from 1900 to 2200, got 1899");

        StringBuilder ages = new StringBuilder("year,result\n");
        for (int y = 1000; y < 9999; y++) {
            ages.append(y).append(y % 3 == 0 ? ",-5\n" : ",3\n");
        }
        Path centuries = file(ages.toString());
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(
                () -> BalanceRequirementHistory.read(centuries).schedule()).isInstanceOf(InputFileException.class)
                .hasMessage(centuries + ":2: column year: expected a year from 1900 to 2200, got 1000"));
    }

    @Test
    void aReserveUseWithNoReserveEverBuiltUpNamesItsLineAndColumn() throws IOException {
        Path f = file("year,result,reserve_use\n2023,-50,0\n2024,-20,30\n");
        assertThatThrownBy(() -> BalanceRequirementHistory.read(f).schedule()).isInstanceOf(InputFileException.class)
                .hasMessage(f + ":3: column reserve_use: 2024: reserve_use 30 is more than the result reserve holds: no "
                        + "reserve has been built up since 2023 (give the reserve's balance at the start of 2023 in "
                        + "reserve_opening)");
    }

    @Test
    void theReserveOpensWithTheFirstYearsBalanceAndUsingMoreThanItHoldsNamesTheLine() throws IOException {
        Path f = file("year,result,reserve_allocation,reserve_use,reserve_opening\n2023,100,-10,0,120\n"
                + "2024,-200,0,100,\n2025,-200,0,31,\n");
        BalanceRequirementHistory h = BalanceRequirementHistory.read(f);
        assertThat(h.openingReserve().toMnkr()).isEqualByComparingTo("120");
        assertThatThrownBy(h::schedule).isInstanceOf(InputFileException.class)
                .hasMessage(f + ":4: column reserve_use: 2025: reserve_use 31 is more than the result reserve holds at the "
                        + "start of 2025, 30 (the opening balance 120 at the start of 2023 plus reservations less uses "
                        + "since)");

        Files.writeString(f, "year,result,reserve_allocation,reserve_use,reserve_opening\n2023,100,-10,0,120\n"
                + "2024,-200,0,100,\n2025,-200,0,30,\n");
        assertThat(BalanceRequirementHistory.read(f).schedule().years())
                .extracting(y -> y.reserveBalance().toMnkr().intValueExact()).containsExactly(130, 30, 0);
    }

    @Test
    void theOpeningBalanceBelongsOnTheFirstYearsRowAndIsNeverNegative() throws IOException {
        Path later = file("year,result,reserve_opening\n2024,-20,120\n2023,100,\n");
        assertThatThrownBy(() -> BalanceRequirementHistory.read(later)).isInstanceOf(InputFileException.class)
                .hasMessage(later + ":2: column reserve_opening: the reserve's opening balance belongs on the first year's "
                        + "row (2023, line 3); later balances follow from the reservations and uses");
        Path negative = file("year,result,reserve_opening\n2023,100,-5\n");
        assertThatThrownBy(() -> BalanceRequirementHistory.read(negative))
                .hasMessage(negative + ":2: column reserve_opening: the result reserve's opening balance must be ≥ 0, "
                        + "got -5");
    }

    @Test
    void withoutReserveColumnsTheReserveStartsAtZero() throws IOException {
        assertThat(BalanceRequirementHistory.read(file("year,result\n2023,1\n")).openingReserve().isZero()).isTrue();
    }
}

package se.balans.io.plan;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.io.InputFileException;

/**
 * Plan files the fuzz tests found a reader stumbling on: each is now refused naming the file and
 * the property or the line and column.
 */
class PlanBadInputTest {
    @TempDir
    Path dir;

    private Path properties(String text) throws IOException {
        return Files.writeString(dir.resolve("plan.properties"), "region=R\nplan_year=2025\n" + text);
    }

    @Test
    void aMalformedUnicodeEscapeInThePropertiesIsRefusedNotThrownAsAnArgumentError() throws IOException {
        Path f = properties("region=Region V\\u00");

        assertThatThrownBy(() -> PlanDirectoryReader.read(dir)).isInstanceOf(InputFileException.class)
                .hasMessage(f + ": a malformed \\u escape (Malformed \\uxxxx encoding.): write the character itself, the "
                        + "file is UTF-8");
    }

    @Test
    void aBorrowingLimitFinerThanOneOreIsRefusedNamingTheProperty() throws IOException {
        Path f = properties("borrowing_limit_mnkr=4000.000000001\n");

        assertThatThrownBy(() -> PlanDirectoryReader.read(dir)).isInstanceOf(InputFileException.class)
                .hasMessage(f + ":3: column borrowing_limit_mnkr: amount 4000.000000001 mnkr is finer than one öre "
                        + "(8 decimals)");
    }

    @Test
    void aHugeExponentIsRefusedAtOnceRatherThanExpandedToABillionDigits() throws IOException {
        Path f = properties("published_rounding_mnkr=1e999999999\n");

        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(
                () -> PlanDirectoryReader.read(dir)).isInstanceOf(InputFileException.class)
                .hasMessage(f + ":3: column published_rounding_mnkr: expected an amount in mnkr: expected a number with "
                        + "'.' as decimal point, got \"1e999999999\""));
    }

    @Test
    void aFrameForAYearOutsideTheEnginesRangeNamesItsLineAndColumn() throws IOException {
        properties("");
        Files.writeString(dir.resolve("committees.csv"), "code,name\nRS,Regionstyrelsen\n");
        Path frames = Files.writeString(dir.resolve("frames.csv"), "# frames\nyear,committee,amount\n4024,RS,10\n");

        assertThatThrownBy(() -> PlanDirectoryReader.read(dir)).isInstanceOf(InputFileException.class)
                .hasMessage(frames + ":3: column year: year 4024 is outside 1900–2200");
    }

    @Test
    void aGoalGivenTwiceIsRefused() throws IOException {
        properties("");
        Path goals = Files.writeString(dir.resolve("goals.csv"), "id,year,metric,comparison,target,text\n"
                + "g1,2025,operating_result_share,at_least,3,Mål\ng1,2025,operating_result_share,at_least,2,Mål\n");

        assertThatThrownBy(() -> PlanDirectoryReader.read(dir)).isInstanceOf(InputFileException.class)
                .hasMessage(goals + ":3: column id: goal g1 is given twice");
    }

    @Test
    void aMisspeltKeyIsRefusedNamingItsLineAndTheKeysThereAre() throws IOException {
        Path f = properties("# the council's limit\nborrowing_limit=4000\n");

        assertThatThrownBy(() -> PlanDirectoryReader.read(dir)).isInstanceOf(InputFileException.class)
                .hasMessage(f + ":4: column borrowing_limit: unknown key; the keys are region, plan_year, "
                        + "published_rounding_mnkr, borrowing_limit_mnkr, adopted and year.YYYY");
    }

    @Test
    void aMisspeltKeyIsRefusedAlsoWhenOnlyTheAdoptionDateIsAskedFor() throws IOException {
        Path f = properties("adopted=2024-11-26\nadoped=2024-11-26\n");

        assertThatThrownBy(() -> PlanDirectoryReader.adopted(dir)).isInstanceOf(InputFileException.class)
                .hasMessageStartingWith(f + ":4: column adoped: unknown key");
    }

    @Test
    void aKeyGivenTwiceIsRefusedRatherThanTheLastSilentlyWinning() throws IOException {
        Path f = properties("borrowing_limit_mnkr=4000\n\nborrowing_limit_mnkr = 400\n");

        assertThatThrownBy(() -> PlanDirectoryReader.read(dir)).isInstanceOf(InputFileException.class)
                .hasMessage(f + ":5: column borrowing_limit_mnkr: given twice (also on line 3)");
    }

    @Test
    void aYearStatusForSomethingOtherThanAYearNamesItsLine() throws IOException {
        Path f = properties("year.2025=budget\nyear.25=plan\n");

        assertThatThrownBy(() -> PlanDirectoryReader.read(dir)).isInstanceOf(InputFileException.class)
                .hasMessage(f + ":4: column year.25: expected year.YYYY, e.g. year.2025=budget");
    }

    @Test
    void lineNumbersCountContinuedLinesCommentsAndEveryKindOfLineBreak() throws IOException {
        Path f = Files.writeString(dir.resolve("plan.properties"),
                "! comment\r\nregion=Region \\\n    V\u00e4sterbotten\rplan_year=2025\n\n  regoin=R\n");

        assertThatThrownBy(() -> PlanDirectoryReader.read(dir)).isInstanceOf(InputFileException.class)
                .hasMessageStartingWith(f + ":6: column regoin: unknown key");
    }


    @Test
    void costsEnteredPositiveAreRefusedAtTheirLineInsteadOfGivingAResultOfTwiceTheTaxes() throws IOException {
        properties("");
        Path is = Files.writeString(dir.resolve("income-statement.csv"), "year,line,amount\n"
                + "2025,operating_revenue,2420\n2025,operating_costs,12762.4\n2025,depreciation,-616\n");

        assertThatThrownBy(() -> PlanDirectoryReader.read(dir)).isInstanceOf(InputFileException.class)
                .hasMessage(is + ":3: column amount: operating_costs is a cost, entered negative as printed: expected ≤ 0, "
                        + "got 12762.4 (did you mean -12762.4?)");
    }

    @Test
    void depreciationAndFinancialCostsEnteredPositiveAreRefusedToo() throws IOException {
        properties("");
        Path is = Files.writeString(dir.resolve("income-statement.csv"), "year,line,amount\n2025,depreciation,616\n");
        assertThatThrownBy(() -> PlanDirectoryReader.read(dir)).hasMessageStartingWith(is + ":2: column amount: "
                + "depreciation is a cost");

        Files.writeString(is, "year,line,amount\n2025,financial_income,112.3\n2025,financial_costs,293.3\n");
        assertThatThrownBy(() -> PlanDirectoryReader.read(dir)).hasMessageStartingWith(is + ":3: column amount: "
                + "financial_costs is a cost");
    }

    @Test
    void aNegativeAssetOrAPositiveInvestmentIsRefused() throws IOException {
        properties("");
        Path bs = Files.writeString(dir.resolve("balance-sheet.csv"), "year,line,amount\n2025,fixed_assets,-8022\n");
        assertThatThrownBy(() -> PlanDirectoryReader.read(dir)).hasMessage(bs + ":2: column amount: fixed_assets is "
                + "an asset and is never negative as printed: expected ≥ 0, got -8022");
        Files.delete(bs);

        Path cf = Files.writeString(dir.resolve("cash-flow.csv"), "year,line,amount\n2025,investments,893\n");
        assertThatThrownBy(() -> PlanDirectoryReader.read(dir)).hasMessageStartingWith(cf + ":2: column amount: "
                + "investments is an outflow");
    }
}

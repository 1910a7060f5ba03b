package se.balans.io.plan;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.io.InputFileException;
import se.balans.io.Repo;

/**
 * Bad driver files are refused naming the file, the line and the column, and saying what was
 * expected. Each test starts from a copy of the Västerbotten sample drivers with one file damaged.
 */
class PlanDriversBadInputTest {
    @TempDir
    Path dir;

    @BeforeEach
    void copySample() throws IOException {
        Path sample = Repo.path("sample-data/region-vasterbotten/drivers");
        try (Stream<Path> files = Files.list(sample)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        String props = Files.readString(dir.resolve(PlanDriverFiles.PROPERTIES))
                .replace("base_plan=..", "base_plan=" + Repo.path("sample-data/region-vasterbotten"));
        Files.writeString(dir.resolve(PlanDriverFiles.PROPERTIES), props);
    }

    private Path write(String file, String text) throws IOException {
        return Files.writeString(dir.resolve(file), text);
    }

    @Test
    void theCopyReadsAndComputes() {
        PlanDriverFiles.read(dir).compute();
    }

    @Test
    void aDecimalCommaInACommaSeparatedFileNamesLineAndColumn() throws IOException {
        Path f = write(PlanDriverFiles.PRICE_INDEX, "# index\nyear,index_percent,source\n2025,\"3,2\",SKR\n");

        assertThatThrownBy(() -> PlanDriverFiles.read(dir)).isInstanceOf(InputFileException.class)
                .hasMessage(f + ":3: column index_percent: expected a number with '.' as decimal point, got \"3,2\"");
    }

    @Test
    void aTaxBaseGivenBothAsAmountAndAsGrowthIsRefused() throws IOException {
        Path f = write(PlanDriverFiles.TAX_BASE, "year,tax_base,growth_percent,tax_rate\n2024,70000,,11.35\n"
                + "2025,74962.1,5.7,11.35\n");

        assertThatThrownBy(() -> PlanDriverFiles.read(dir)).isInstanceOf(InputFileException.class)
                .hasMessage(f + ":3: column tax_base: 2025: give the tax base either as an amount or as growth, not "
                        + "both");
    }

    @Test
    void aTaxRateInPercentOfOneIsRefused() throws IOException {
        Path f = write(PlanDriverFiles.TAX_BASE, "year,tax_base,tax_rate\n2024,70000,113.5\n");

        assertThatThrownBy(() -> PlanDriverFiles.read(dir)).isInstanceOf(InputFileException.class)
                .hasMessage(f + ":2: column tax_rate: 2024: the tax rate is kronor per hundred, from 0 to 100, got "
                        + "113.5");
    }

    @Test
    void anIndexUpliftCannotBeDecidedItIsComputed() throws IOException {
        Path f = write(PlanDriverFiles.DECISIONS, "year,committee,kind,amount,reason\n2025,RS,index_uplift,10,x\n");

        assertThatThrownBy(() -> PlanDriverFiles.read(dir)).isInstanceOf(InputFileException.class)
                .hasMessage(f + ":2: column kind: index_uplift is computed from the drivers; a decision is addition, "
                        + "reduction, reallocation or targeted_state_grant");
    }

    @Test
    void aReductionEnteredPositiveIsRefused() throws IOException {
        Path f = write(PlanDriverFiles.DECISIONS, "year,committee,kind,amount,reason\n2025,RS,reduction,21,x\n");

        assertThatThrownBy(() -> PlanDriverFiles.read(dir)).isInstanceOf(InputFileException.class)
                .hasMessage(f + ":2: column amount: reduction must not be positive, got 21 mnkr");
    }

    @Test
    void anUnknownCommitteeNamesTheBasePlansCommittees() throws IOException {
        Path f = write(PlanDriverFiles.COMMITTEES, "committee,payroll\nKN,10\n");

        assertThatThrownBy(() -> PlanDriverFiles.read(dir)).isInstanceOf(InputFileException.class)
                .hasMessage(f + ":2: column committee: unknown committee \"KN\"; the base plan lists FHS, HSN, PN, "
                        + "REV, RF, RS, RUN");
    }

    @Test
    void aUsefulLifeInPartYearsIsRefused() throws IOException {
        Path f = write(PlanDriverFiles.INVESTMENTS, "year,category,amount,useful_life\n2025,it,100,2.5\n");

        assertThatThrownBy(() -> PlanDriverFiles.read(dir)).isInstanceOf(InputFileException.class)
                .hasMessage(f + ":2: column useful_life: expected whole years from 1 to 100, got 2.5");
    }

    @Test
    void aNegativePensionCostIsRefused() throws IOException {
        Path f = write(PlanDriverFiles.PENSIONS, "year,operating,financial\n2024,-1522.9,635\n");

        assertThatThrownBy(() -> PlanDriverFiles.read(dir)).isInstanceOf(InputFileException.class)
                .hasMessage(f + ":2: column operating: expected an amount ≥ 0 in mnkr, got -1522.9");
    }

    @Test
    void aYearGivenTwiceNamesTheSecondLine() throws IOException {
        Path f = write(PlanDriverFiles.DEPRECIATION, "year,existing\n2025,616\n2025,600\n");

        assertThatThrownBy(() -> PlanDriverFiles.read(dir)).isInstanceOf(InputFileException.class)
                .hasMessage(f + ":3: column year: 2025 is given twice (also on line 2)");
    }

    @Test
    void anUnknownScenarioChangeListsTheKnownOnes() throws IOException {
        Path f = write(PlanDriverFiles.SCENARIOS, "scenario,change,value\nx,rent_pp,1\n");

        assertThatThrownBy(() -> PlanDriverFiles.read(dir)).isInstanceOf(InputFileException.class)
                .hasMessage(f + ":2: column change: unknown scenario change 'rent_pp'; expected one of "
                        + "tax_base_percent, tax_base, tax_growth_percent, index_pp, interest_pp, pay_percent, "
                        + "prices_percent, addition");
    }

    @Test
    void aScenarioAdditionWithoutACommitteeNamesTheColumn() throws IOException {
        Path f = write(PlanDriverFiles.SCENARIOS, "scenario,change,year,value\nx,addition,2025,100\n");

        assertThatThrownBy(() -> PlanDriverFiles.read(dir)).isInstanceOf(InputFileException.class)
                .hasMessage(f + ":2: column committee: addition needs a committee");
    }

    @Test
    void aMissingDriverFileIsNamed() throws IOException {
        Files.delete(dir.resolve(PlanDriverFiles.FINANCING));

        assertThatThrownBy(() -> PlanDriverFiles.read(dir)).isInstanceOf(InputFileException.class)
                .hasMessage(dir.resolve(PlanDriverFiles.FINANCING) + ": missing: the drivers directory needs this file "
                        + "(columns existing_interest, new_rate_percent, year)");
    }

    @Test
    void aYearMissingFromADriverFileIsNamedWithTheFile() throws IOException {
        Path f = write(PlanDriverFiles.FINANCING, "year,existing_interest,new_rate_percent\n2025,63.3,3\n");

        assertThatThrownBy(() -> PlanDriverFiles.read(dir).compute()).isInstanceOf(InputFileException.class)
                .hasMessage(f + ": no financing driver for 2026");
    }

    @Test
    void amortisingMoreThanTheLoansNamesTheColumn() throws IOException {
        Path f = write(PlanDriverFiles.FINANCING, "year,existing_interest,new_rate_percent,amortisation\n"
                + "2025,63.3,3,2000\n2026,63.3,3,300\n2027,0,3,0\n2028,0,3,0\n");

        assertThatThrownBy(() -> PlanDriverFiles.read(dir).compute()).isInstanceOf(InputFileException.class)
                .hasMessage(f + ":3: column amortisation: 2026: amortisation exceeds the existing loans by 80 mnkr");
    }

    @Test
    void anUnknownPropertyIsRefusedWithItsLine() throws IOException {
        Files.writeString(dir.resolve(PlanDriverFiles.PROPERTIES), "base_plan=" + Repo.path(
                "sample-data/region-vasterbotten") + "\nbase_year=2024\nlast_year=2028\npension_committee=RS\n"
                + "depreciation_committee=RS\nfirst_year=2025\n");

        assertThatThrownBy(() -> PlanDriverFiles.read(dir)).isInstanceOf(InputFileException.class)
                .hasMessageStartingWith(dir.resolve(PlanDriverFiles.PROPERTIES) + ":6:");
    }
}

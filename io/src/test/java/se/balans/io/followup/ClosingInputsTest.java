package se.balans.io.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.engine.trace.SourceFile;
import se.balans.io.InputFileException;
import se.balans.io.Repo;
import se.balans.io.closing.ClosingSetup;

/** The follow-up files a closing records beside its configuration, checked before it records them. */
class ClosingInputsTest {
    static final Path REGION = Repo.path("sample-data/region-vasterbotten");

    @Test
    void theSampleRegionsInvestmentAndCostTypeFilesAreRecordedVerbatim() throws IOException {
        ClosingSetup setup = ClosingInputs.read(REGION);

        assertThat(setup.files()).extracting(SourceFile::name).contains("investment-accounts.csv",
                "investment-budget.csv", "investment-carryover.csv", "investment-forecast.csv",
                "investment-projects.csv", "cost-types.csv", "account-mapping.csv");
        SourceFile budget = setup.files().stream().filter(f -> f.name().equals("investment-budget.csv")).findFirst()
                .orElseThrow();
        assertThat(budget.content()).isEqualTo(Files.readString(REGION.resolve("investment-budget.csv")));
        assertThat(ClosingInputs.recorded(setup.files())).containsOnlyKeys("investment-accounts.csv",
                "investment-budget.csv", "investment-carryover.csv", "investment-forecast.csv",
                "investment-projects.csv", "cost-types.csv");
    }

    @Test
    void aBrokenFollowUpFileIsRefusedBeforeTheClosingRecordsIt(@TempDir Path dir) throws IOException {
        for (String name : new String[] {"committees.csv", "account-mapping.csv", "cost-centre-mapping.csv",
                "investment-accounts.csv"}) {
            Files.copy(REGION.resolve(name), dir.resolve(name));
        }
        Files.writeString(dir.resolve("investment-budget.csv"), "year,category,amount\n2026,vehicles,5\n");

        assertThatThrownBy(() -> ClosingInputs.read(dir)).isInstanceOf(InputFileException.class)
                .hasMessageStartingWith(dir.resolve("investment-budget.csv") + ":2: column category: unknown "
                        + "investment category \"vehicles\"");
    }

    @Test
    void aFolderWithoutThemRecordsNone(@TempDir Path dir) throws IOException {
        for (String name : new String[] {"committees.csv", "account-mapping.csv", "cost-centre-mapping.csv"}) {
            Files.copy(REGION.resolve(name), dir.resolve(name));
        }
        assertThat(ClosingInputs.recorded(ClosingInputs.read(dir).files())).isEmpty();
    }
}

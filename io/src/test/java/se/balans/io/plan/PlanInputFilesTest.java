package se.balans.io.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.io.InputFileException;

/** What a report fingerprints and dates: the plan's files and its adoption date. */
class PlanInputFilesTest {

    @Test
    void theInputFilesAreThosePresentInTheDocumentedOrder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("goals.csv"), "id,year,metric,comparison,target,text\n");
        Files.writeString(dir.resolve("plan.properties"), "region=R\nplan_year=2025\n");
        Files.writeString(dir.resolve("frames.csv"), "year,committee,amount\n");
        Files.writeString(dir.resolve("notes.txt"), "not a plan file");
        assertThat(PlanDirectoryReader.inputFiles(dir)).containsExactly(dir.resolve("plan.properties"),
                dir.resolve("frames.csv"), dir.resolve("goals.csv"));
    }

    @Test
    void theAdoptionDateIsOptionalAndMustBeADate(@TempDir Path dir) throws IOException {
        Path props = Files.writeString(dir.resolve("plan.properties"), "region=R\nplan_year=2025\n");
        assertThat(PlanDirectoryReader.adopted(dir)).isEmpty();
        Files.writeString(props, "adopted=2024-11-26\n", java.nio.file.StandardOpenOption.APPEND);
        assertThat(PlanDirectoryReader.adopted(dir)).contains(LocalDate.of(2024, 11, 26));
        Files.writeString(props, "region=R\nplan_year=2025\nadopted=26/11/2024\n");
        assertThatThrownBy(() -> PlanDirectoryReader.adopted(dir)).isInstanceOf(InputFileException.class)
                .hasMessageContaining("plan.properties").hasMessageContaining("adopted")
                .hasMessageContaining("26/11/2024");
    }
}

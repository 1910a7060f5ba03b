package se.balans.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code balans} script archives the classes of this run once per build; a step that stops working would
 * leave every command without the archive, silently (the script ignores a failed run). So each step is run here.
 */
class ClassDataTrainingTest {
    @TempDir
    Path dir;

    private String workspaceBefore;
    private String homeBefore;

    @BeforeEach
    void home() {
        workspaceBefore = System.getProperty("balans.workspace");
        homeBefore = System.getProperty("balans.home");
        System.setProperty("balans.home", CliRun.repo().toString());
    }

    @AfterEach
    void restore() {
        restore("balans.workspace", workspaceBefore);
        restore("balans.home", homeBefore);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    @Test
    void everyStepOfTheTrainingRunSucceedsAndItWritesOnlyInItsFolder() {
        StringWriter err = new StringWriter();

        int code = ClassDataTraining.run(dir.resolve("workspace"), new PrintWriter(err, true));

        assertThat(code).as(err.toString()).isZero();
        assertThat(dir.resolve("workspace/store.mv.db")).exists();
        assertThat(dir.resolve("workspace/reports/manadsrapport-2025-12.pdf")).exists();
        assertThat(System.getProperty("balans.workspace")).isEqualTo(workspaceBefore);
    }

    @Test
    void aFailingStepIsNamedWithItsExitCode() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");

        StringWriter err = new StringWriter();
        int code = ClassDataTraining.run(notAFolder, new PrintWriter(err, true));

        assertThat(code).isNotZero();
        assertThat(err.toString()).startsWith("class-data training: ");
    }
}

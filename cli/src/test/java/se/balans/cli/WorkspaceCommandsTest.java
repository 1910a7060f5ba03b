package se.balans.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One organisation per workspace, from the command line: {@code balans init}, and the refusals that
 * keep another organisation's ledger, store and configuration out (issue 10, "organisations mix").
 */
class WorkspaceCommandsTest {
    @TempDir
    Path dir;

    @AfterEach
    void backToTheSampleWorkspace() {
        CliRun.useSampleWorkspace();
    }

    private static String h2(Path file) {
        return "jdbc:h2:file:" + file;
    }

    private Path sie(String name, String fnamn, String orgnr) throws IOException {
        return Files.writeString(dir.resolve(name), """
                #FLAGGA 0
                #SIETYP 4
                #FNAMN "%s"
                #ORGNR %s
                #RAR 0 20260101 20261231
                #VER A 1 20260115
                {
                #TRANS 4010 {} 10.00
                #TRANS 1930 {} -10.00
                }
                """.formatted(fnamn, orgnr));
    }

    @Test
    void initCreatesTheWorkspaceOnceAndChecksTheOrganisationNumber() {
        Path ws = dir.resolve("region-x");
        CliRun r = CliRun.of("init", ws.toString(), "--name", "Region X", "--org-number", "2120002270", "--year", "2026");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Arbetsyta skapad för Region X (212000-2270), räkenskapsår 2026",
                "plan.properties", "account-mapping.csv");
        assertThat(ws.resolve("balans.properties")).exists();

        CliRun again = CliRun.of("init", ws.toString(), "--name", "Region X", "--org-number", "212000-2270");
        assertThat(again.exitCode()).isEqualTo(ExitCode.CONFLICT);
        assertThat(again.err()).contains("already is a workspace, of Region X (212000-2270)");

        CliRun typo = CliRun.of("init", dir.resolve("y").toString(), "--name", "Region Y", "--org-number", "212000-2271");
        assertThat(typo.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(typo.err()).contains("wrong check digit");
    }

    @Test
    void anotherOrganisationsLedgerIsRefusedNamingBothAndTheStoreIsUntouched() throws IOException {
        String db = h2(dir.resolve("store"));
        Path norrbotten = sie("nb.se", "Region Norrbotten", "232100-0164");

        CliRun r = CliRun.of("import", norrbotten.toString(), "--db", db);

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.CONFLICT);
        assertThat(r.err()).contains("nb.se is the ledger of Region Norrbotten (232100-0164), not of this workspace's "
                + "organisation Region Västerbotten (232100-0222)");
        assertThat(CliRun.of("status", "--db", db, "--format", "csv").out()).doesNotContain("nb.se");
    }

    @Test
    void theFilesOfOneImportLandTogetherOrNotAtAll() throws IOException {
        String db = h2(dir.resolve("store"));
        Path mine = sie("vb.se", "Region Västerbotten", "232100-0222");
        Path theirs = sie("nb.se", "Region Norrbotten", "232100-0164");

        CliRun r = CliRun.of("import", mine.toString(), theirs.toString(), "--db", db);

        assertThat(r.exitCode()).isEqualTo(ExitCode.CONFLICT);
        assertThat(r.out()).as("nothing is reported imported").doesNotContain("vb.se");
        assertThat(CliRun.of("status", "--db", db, "--format", "csv").out()).doesNotContain("vb.se");
    }

    @Test
    void aStoreBoundToAnotherOrganisationIsRefusedByEveryCommand() throws IOException {
        String db = h2(dir.resolve("store"));
        assertThat(CliRun.of("import", sie("vb.se", "Region Västerbotten", "232100-0222").toString(), "--db", db)
                .exitCode()).isZero();
        Path other = dir.resolve("norrbotten");
        assertThat(CliRun.of("init", other.toString(), "--name", "Region Norrbotten", "--org-number", "232100-0164")
                .exitCode()).isZero();
        System.setProperty("balans.workspace", other.toString());

        CliRun status = CliRun.of("status", "--db", db);
        CliRun imported = CliRun.of("import", sie("nb.se", "Region Norrbotten", "232100-0164").toString(), "--db", db);

        assertThat(status.exitCode()).isEqualTo(ExitCode.CONFLICT);
        assertThat(status.err()).contains("the store belongs to Region Västerbotten (232100-0222), not to this "
                + "workspace's organisation Region Norrbotten (232100-0164)");
        assertThat(imported.exitCode()).isEqualTo(ExitCode.CONFLICT);
    }

    @Test
    void theSameNumberUnderAnotherNameIsImportedWithAWarning() throws IOException {
        Path f = sie("vll.se", "Västerbottens läns landsting", "232100-0222");

        CliRun r = CliRun.of("import", f.toString(), "--db", h2(dir.resolve("store")));

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("balans: warning: " + f + ":3: #FNAMN: the file names the organisation "
                + "\"Västerbottens läns landsting\" where the workspace has \"Region Västerbotten\"");
    }

    /** A number that fails its check digit, under the workspace's name: imported, the warning naming the line. */
    @Test
    void anInvalidNumberUnderTheWorkspacesNameIsImportedWithAWarningAtItsLine() throws IOException {
        Path f = sie("rvb.se", "Region Västerbotten", "232100-0223");

        CliRun r = CliRun.of("import", f.toString(), "--db", h2(dir.resolve("store")));

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("balans: warning: " + f + ":4: #ORGNR: \"232100-0223\" is not an organisation "
                + "number; the file's name \"Region Västerbotten\" is the workspace's, so it is imported");
    }

    @Test
    void aClosingConfigurationOfAnotherRegionIsRefused() throws IOException {
        Path config = dir.resolve("config");
        Files.createDirectories(config);
        Path region = Path.of(CliRun.sample("region-vasterbotten"));
        try (var files = Files.list(region)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, config.resolve(f.getFileName()));
            }
        }
        Files.writeString(config.resolve("plan.properties"), Files.readString(config.resolve("plan.properties"))
                .replace("region=Region Västerbotten", "region=Region Norrbotten"));

        CliRun r = CliRun.of("close", "2026-03", "--config", config.toString(), "--db", h2(dir.resolve("store")));

        assertThat(r.exitCode()).isEqualTo(ExitCode.CONFLICT);
        assertThat(r.err()).contains("is Region Norrbotten's (region=Region Norrbotten in plan.properties), not this "
                + "workspace's organisation Region Västerbotten (232100-0222)");
    }

    @Test
    void aWorkspaceThatIsNotThereIsAUsageErrorNotTheSampleRegion() {
        System.setProperty("balans.workspace", dir.toString());

        CliRun r = CliRun.of("plan", "show");

        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("-Dbalans.workspace names " + dir.toAbsolutePath().normalize()
                + ", which is not a Balans workspace");
    }

    @Test
    void statusNamesTheWorkspace() {
        CliRun r = CliRun.of("status", "--db", h2(dir.resolve("store")));

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Arbetsyta: Region Västerbotten (232100-0222), räkenskapsår 2026");
    }
}

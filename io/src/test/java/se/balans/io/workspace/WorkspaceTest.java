package se.balans.io.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.engine.organisation.Organisation;
import se.balans.io.InputFileException;

class WorkspaceTest {
    @TempDir
    Path dir;

    private static final Organisation VB = Organisation.of("Region Västerbotten", "232100-0222");

    private Workspace written(Path root) throws IOException {
        Workspace ws = new Workspace(root, VB, 2026, root, root, root.resolve("treasury"),
                root.resolve("balance-requirement.csv"), "balans-data/balans", root.resolve("out"));
        ws.write();
        return ws;
    }

    @Test
    void whatInitWritesReadsBackTheSame() throws IOException {
        Workspace ws = written(dir);

        Workspace read = Workspace.read(dir);

        assertThat(read).isEqualTo(ws);
        assertThat(Files.readString(dir.resolve(Workspace.FILE))).contains("organisation=Region Västerbotten",
                "organisation_number=232100-0222", "fiscal_year=2026", "plan=.", "treasury=treasury",
                "store=balans-data/balans");
        assertThat(read.storeUrl(";AUTO_SERVER=TRUE"))
                .isEqualTo("jdbc:h2:file:" + dir.toAbsolutePath().normalize().resolve("balans-data/balans") + ";AUTO_SERVER=TRUE");
    }

    @Test
    void anExistingWorkspaceIsNeverOverwritten() throws IOException {
        written(dir);
        assertThatThrownBy(() -> written(dir)).isInstanceOf(FileAlreadyExistsException.class);
    }

    @Test
    void aCommandFindsItsWorkspaceFromAnyFolderBelowItAsGitFindsItsRepository() throws IOException {
        written(dir);
        Path deep = Files.createDirectories(dir.resolve("ledger/2026/mars"));

        assertThat(Workspace.find(deep)).map(Workspace::root).contains(dir.toAbsolutePath().normalize());
        assertThat(Workspace.findRoot(dir.getParent())).isNotEqualTo(java.util.Optional.of(dir));
    }

    @Test
    void aPostgresStoreIsKeptAsItsUrlAndPathsAreRelativeToTheWorkspace() throws IOException {
        Files.writeString(dir.resolve(Workspace.FILE), """
                organisation=Region Västerbotten
                organisation_number=2321000222
                fiscal_year=2026
                plan=plan
                store=jdbc:postgresql://db.example/balans
                """);

        Workspace ws = Workspace.read(dir);

        assertThat(ws.organisation().number()).isEqualTo("232100-0222");
        assertThat(ws.plan()).isEqualTo(dir.toAbsolutePath().normalize().resolve("plan"));
        assertThat(ws.closing()).isEqualTo(dir.toAbsolutePath().normalize());
        assertThat(ws.storeUrl(";X=1")).isEqualTo("jdbc:postgresql://db.example/balans");
    }

    @Test
    void aMisspeltKeyIsRefusedWithItsLineRatherThanIgnored() throws IOException {
        Files.writeString(dir.resolve(Workspace.FILE), """
                organisation=Region Västerbotten
                organisation_number=232100-0222
                fiscal_year=2026
                tresury=finans
                """);

        assertThatThrownBy(() -> Workspace.read(dir)).isInstanceOf(InputFileException.class)
                .hasMessageContaining(Workspace.FILE + ":4: column tresury: unknown key; the keys are organisation, ");
    }

    @Test
    void aWrongOrganisationNumberOrYearIsRefusedNamingTheKey() throws IOException {
        Files.writeString(dir.resolve(Workspace.FILE), """
                organisation=Region Västerbotten
                organisation_number=232100-0223
                fiscal_year=2026
                """);
        assertThatThrownBy(() -> Workspace.read(dir)).isInstanceOf(InputFileException.class)
                .hasMessageContaining(":2: column organisation_number: organisation number 232100-0223 has a wrong "
                        + "check digit");

        Files.writeString(dir.resolve(Workspace.FILE), """
                organisation=Region Västerbotten
                organisation_number=232100-0222
                fiscal_year=26
                """);
        assertThatThrownBy(() -> Workspace.read(dir)).hasMessageContaining(":3: column fiscal_year: expected a year");

        Files.writeString(dir.resolve(Workspace.FILE), "organisation=Region Västerbotten\n");
        assertThatThrownBy(() -> Workspace.read(dir))
                .hasMessageContaining("column organisation_number: required property is missing");
    }
}

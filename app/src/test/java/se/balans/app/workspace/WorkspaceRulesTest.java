package se.balans.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.app.ConflictException;
import se.balans.app.InvalidRequestException;
import se.balans.app.SampleWorkspace;
import se.balans.app.demo.DemoWorkspace;
import se.balans.engine.organisation.Organisation;
import se.balans.io.ledger.LedgerHeader;
import se.balans.io.workspace.Workspace;

/** One organisation per workspace: what is accepted, warned about and refused. */
class WorkspaceRulesTest {
    private static final Organisation VB = DemoWorkspace.SAMPLE;
    private static final Path FILE = Path.of("ledger.se");

    @TempDir
    Path dir;

    private static LedgerHeader header(String name, String number) {
        return new LedgerHeader("PC8", "4", "Raindance", "1", LocalDate.of(2026, 4, 2), name, number,
                java.util.List.of());
    }

    @Test
    void aLedgerOfAnotherOrganisationNumberIsRefusedNamingBoth() {
        assertThatThrownBy(() -> OrganisationCheck.ledger(VB, FILE, header("Region Norrbotten", "232100-0164")))
                .isInstanceOf(ConflictException.class)
                .hasMessage("ledger.se is the ledger of Region Norrbotten (232100-0164), not of this workspace's "
                        + "organisation Region Västerbotten (232100-0222): import it in that organisation's workspace");
    }

    @Test
    void withoutANumberTheNameDecides() {
        assertThatThrownBy(() -> OrganisationCheck.ledger(VB, FILE, header("Region Norrbotten", "")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("\"Region Norrbotten\" (no organisation number)");
        assertThat(OrganisationCheck.ledger(VB, FILE, header("REGION VÄSTERBOTTEN", ""))).isEmpty();
    }

    @Test
    void theSameNumberUnderAnotherNameIsImportedWithAWarning() {
        assertThat(OrganisationCheck.ledger(VB, FILE, header("Västerbottens läns landsting", "2321000222")))
                .hasValueSatisfying(w -> assertThat(w.message()).contains("Västerbottens läns landsting",
                        "its number 232100-0222 is the workspace's"));
    }

    @Test
    void aFileThatNamesNoOrganisationIsTakenAsTheWorkspacesWithAWarning() {
        assertThat(OrganisationCheck.ledger(VB, FILE, header("", "")))
                .hasValueSatisfying(w -> assertThat(w.message()).contains("does not name its organisation"));
    }

    @Test
    void aCsvLedgerWhichHasNoPlaceForItsOrganisationIsTakenAsTheWorkspacesWithAWarningSayingSo() {
        assertThat(OrganisationCheck.ledger(VB, Path.of("ledger.csv"), LedgerHeader.of("CSV")))
                .hasValueSatisfying(w -> {
                    assertThat(w.field()).isEmpty();
                    assertThat(w.message()).isEqualTo("a CSV ledger does not name its organisation; it is taken to "
                            + "be Region Västerbotten's, the workspace's");
                });
    }

    @Test
    void aClosingConfigurationOfAnotherRegionIsRefused() {
        var setup = SampleWorkspace.setup();
        Organisation other = Organisation.of("Region Norrbotten", "232100-0164");

        assertThatThrownBy(() -> OrganisationCheck.setup(other, SampleWorkspace.region(), setup))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("is Region Västerbotten's (region=Region Västerbotten in plan.properties), not "
                        + "this workspace's organisation Region Norrbotten (232100-0164)");
        assertThat(OrganisationCheck.setup(VB, SampleWorkspace.region(), setup).organisation())
                .isEqualTo("Region Västerbotten");
    }

    @Test
    void initWritesTheWorkspaceAndCopiesATemplateWithoutOverwriting() throws IOException {
        Path root = dir.resolve("region-x");
        Files.createDirectories(root);
        Files.writeString(root.resolve("committees.csv"), "code,name\nKS,Kommunstyrelsen\n");
        Organisation x = Organisation.of("Region X", "212000-2270");

        InitWorkspace.Created c = InitWorkspace.run(new InitWorkspace.Request(root, x, 2026,
                Optional.of(SampleWorkspace.region()), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()));

        assertThat(Workspace.read(root).organisation()).isEqualTo(x);
        assertThat(root.resolve("plan.properties")).exists();
        assertThat(root.resolve("treasury/loans-2026-02-28.csv")).exists();
        assertThat(Files.readString(root.resolve("committees.csv"))).as("never over a file")
                .isEqualTo("code,name\nKS,Kommunstyrelsen\n");
        assertThat(c.missing()).isEmpty();
        assertThat(c.notes()).singleElement().asString().contains("names Region Västerbotten (region=)",
                "change it to Region X");

        assertThatThrownBy(() -> InitWorkspace.run(new InitWorkspace.Request(root, x, 2026, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already is a workspace, of Region X");
    }

    @Test
    void anEmptyWorkspaceSaysWhatItLacks() throws IOException {
        InitWorkspace.Created c = InitWorkspace.run(new InitWorkspace.Request(dir, VB, 2026, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));

        assertThat(c.missing()).anySatisfy(m -> assertThat(m).endsWith("plan.properties"))
                .anySatisfy(m -> assertThat(m).endsWith("account-mapping.csv"));
        assertThat(dir.resolve("treasury")).isDirectory();
    }

    @Test
    void aTemplateGoesWithoutFoldersElsewhere() {
        assertThatThrownBy(() -> InitWorkspace.run(new InitWorkspace.Request(dir, VB, 2026,
                Optional.of(SampleWorkspace.region()), Optional.of(dir), Optional.empty(), Optional.empty(),
                Optional.empty()))).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void theDemoMakesItsOwnWorkspaceAndNeverJoinsAnotherOrganisations() throws IOException {
        Workspace demo = DemoWorkspace.ensure(dir.resolve("balans"));
        assertThat(demo.organisation()).isEqualTo(VB);
        assertThat(DemoWorkspace.ensure(dir.resolve("balans"))).isEqualTo(demo);

        Path other = dir.resolve("other");
        InitWorkspace.run(new InitWorkspace.Request(other, Organisation.of("Region X", "212000-2270"), 2026,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        assertThatThrownBy(() -> DemoWorkspace.ensure(other)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("is the workspace of Region X (212000-2270)");
    }
}

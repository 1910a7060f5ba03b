package se.balans.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code balans plan compute}: Region Västerbotten's plan computed from the sample drivers reproduces the published
 * 2025 bridge and result to the published rounding, flags no plan year, writes a plan directory that
 * {@code plan check} passes, and gives the scenarios and the sensitivity table in text, CSV and JSON.
 */
class PlanComputeCommandTest {
    @TempDir
    Path dir;

    static String drivers() {
        return CliRun.sample("region-vasterbotten/drivers");
    }

    @Test
    void theSampleDriversGiveThePublishedPlanAndAPlanDirectoryThatChecks() {
        Path out = dir.resolve("plan");
        CliRun r = CliRun.of("plan", "compute", drivers(), "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out())
                .containsPattern("Ramar föregående år\\s+10 801,1")
                .containsPattern("Indexuppräkning \\(landstingsprisindex\\)\\s+272,6")
                .containsPattern("\\nRamar\\s+10 958,5")
                .containsPattern("Årets resultat\\s+217,9")
                .contains("Känslighetsanalys: effekt på årets resultat (mnkr)")
                .containsPattern("Skatteunderlaget \\+1 %\\s+85,1")
                .containsPattern("Planen: soliditet\\s+−12,9 %")
                .containsPattern("Planen: mål som nås\\s+4 av 4")
                .contains("Den beräknade planen är skriven till " + out);
        CliRun check = CliRun.of("plan", "check", "--plan", out.toString());
        assertThat(check.exitCode()).as(check.out() + check.err()).isEqualTo(ExitCode.OK);
        CliRun show = CliRun.of("plan", "show", "--plan", out.toString(), "--year", "2025");
        assertThat(show.exitCode()).as(show.err()).isEqualTo(ExitCode.OK);
    }

    @Test
    void csvAndJsonCarryTheBridgeTheScenariosAndTheSensitivityUnrounded() {
        CliRun csv = CliRun.of("plan", "compute", drivers(), "--format", "csv");
        assertThat(csv.exitCode()).as(csv.err()).isEqualTo(ExitCode.OK);
        assertThat(csv.out()).startsWith("section,scenario,year,item,value,unit\n")
                .contains("\nsensitivity,plan,2025,tax_base +1 %,")
                .contains("\nscenario,skr-april,2025,result,")
                .contains("\nrequired_result,plan,2026,least_result,");
        CliRun json = CliRun.of("plan", "compute", drivers(), "--format", "json", "--lang", "en");
        assertThat(json.exitCode()).as(json.err()).isEqualTo(ExitCode.OK);
        assertThat(json.out()).contains("\"bridge\" : [").contains("\"rule\" : \"index\"")
                .contains("\"sensitivity\" : [").contains("\"falls_short\" : false");
    }

    @Test
    void aDriversDirectoryThatIsNotThereIsBadInputNamingIt() {
        CliRun r = CliRun.of("plan", "compute", dir.resolve("none").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("none");
    }
}

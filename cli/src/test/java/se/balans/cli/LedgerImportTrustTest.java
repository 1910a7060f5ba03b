package se.balans.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the finance unit sees of a ledger it imports: warnings for what was tolerated, a refusal for
 * a file with nothing in it, a usage error for a store Balans cannot have.
 */
class LedgerImportTrustTest {
    @org.junit.jupiter.api.BeforeAll
    static void inTheSampleWorkspace() {
        CliRun.useSampleWorkspace();
    }


    @TempDir
    Path dir;

    private String[] args(String... a) {
        String[] out = new String[a.length + 2];
        System.arraycopy(a, 0, out, 0, a.length);
        out[a.length] = "--db";
        out[a.length + 1] = "jdbc:h2:file:" + dir.resolve("store");
        return out;
    }

    @Test
    void whatWasToleratedIsListedOnStderrAfterTheFilesSummary() throws IOException {
        Path f = Files.writeString(dir.resolve("orgnr.se"), """
                #FLAGGA 0
                #SIETYP 4
                #ORGNR
                #RAR 0 20250101 20251231
                #KONTO 2440 "Leverantörsskulder "gamla""
                #VER A 1 20250115
                {
                #TRANS 2440 {} -10.00
                #TRANS 1930 {} 10.00
                }
                """);

        CliRun r = CliRun.of(args("import", f.toString()));

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("orgnr.se");
        assertThat(r.err().lines().filter(l -> l.startsWith("balans: warning: "))).containsExactly(
                "balans: warning: " + f + ": #FNAMN: the file does not name its organisation (no #FNAMN, no #ORGNR); "
                        + "it is taken to be Region Västerbotten's, the workspace's",
                "balans: warning: " + f + ":3: #ORGNR: missing: the record ends before this field; the organisation "
                        + "number is left empty",
                "balans: warning: " + f + ":5: #KONTO: a quote inside a field that SIE writes as \\\" (or an unclosed "
                        + "quote): read as part of the text; the record does not change the ledger");
    }

    /** A program that writes one fault on every account line: the first five are shown, the rest counted. */
    @Test
    void aFaultRepeatedOnEveryLineIsShownFiveTimesAndTheRestCounted() throws IOException {
        StringBuilder accounts = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            accounts.append("#KONTO ").append(3010 + i).append(" \"Intäkter \"typ ").append(i).append("\"\"\n");
        }
        Path f = Files.writeString(dir.resolve("quotes.se"), "#FLAGGA 0\n#SIETYP 4\n#FNAMN \"Region Västerbotten\"\n"
                + "#ORGNR 232100-0222\n#RAR 0 20250101 20251231\n" + accounts
                + "#VER A 1 20250115\n{\n#TRANS 3010 {} -10.00\n#TRANS 1930 {} 10.00\n}\n");

        CliRun r = CliRun.of(args("import", f.toString()));

        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> warnings = r.err().lines().filter(l -> l.startsWith("balans: warning: ")).toList();
        assertThat(warnings).hasSize(6);
        assertThat(warnings.subList(0, 5)).allSatisfy(w -> assertThat(w).contains(": #KONTO: a quote inside a field"));
        assertThat(warnings.get(5)).isEqualTo("balans: warning: " + f + ": 3 more like these on #KONTO (lines 11–13)");
    }

    @Test
    void aLedgerWithNothingInItIsRefusedAsBadInputAndNotRecorded() throws IOException {
        Path f = Files.writeString(dir.resolve("empty.csv"), "date,voucher,account,amount\n");

        CliRun r = CliRun.of(args("import", f.toString()));

        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains(f + ": no vouchers and no period balances");
        CliRun status = CliRun.of(args("status", "--format", "csv"));
        assertThat(status.out()).doesNotContain("empty.csv");
    }

    @Test
    void aDatabaseUrlOfAnotherKindIsAUsageErrorNamingTheKindsAccepted() {
        for (String url : new String[] {"jdbc:mysql://db.example/balans", "postgres://db.example/balans", "balans.db"}) {
            CliRun r = CliRun.of("status", "--db", url);

            assertThat(r.exitCode()).as(url).isEqualTo(ExitCode.USAGE);
            assertThat(r.err()).as(url).startsWith("balans: --db: unsupported database URL")
                    .contains("expected jdbc:h2:").contains("or jdbc:postgresql:")
                    .doesNotContain("internal error");
        }
        assertThat(CliRun.of("status", "--db", "jdbc:mysql://db.example/balans").err()).contains("(jdbc:mysql:…)");
    }
}

package se.balans.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger path as the finance unit runs it — sample ledger, import, close, outcome, verify —
 * with the store's promises: refused repeats, whole-or-nothing imports, immutable closings.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LedgerToClosingTest {

    // Kept when a test fails: H2 writes its error trace (store.trace.db) beside the database.
    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS)
    static Path dir;
    static String db;
    static List<Path> ledgers = new ArrayList<>();

    @BeforeAll
    static void importAndClose() throws IOException {
        CliRun.useSampleWorkspace();
        db = "jdbc:h2:file:" + dir.resolve("store");
        CliRun gen = CliRun.of("sample-ledger", "--out", dir.resolve("ledger").toString(), "--rows-per-year", "12000");
        assertThat(gen.exitCode()).as(gen.err()).isZero();
        gen.out().lines().forEach(l -> ledgers.add(Path.of(l)));
        assertThat(ledgers).hasSize(3);
        CliRun imp = CliRun.of(args("import", ledgers.get(0).toString(), ledgers.get(1).toString(),
                ledgers.get(2).toString()));
        assertThat(imp.exitCode()).as(imp.err()).isZero();
        for (String m : List.of("2025-07", "2026-03")) {
            CliRun c = CliRun.of(args("close", m));
            assertThat(c.exitCode()).as(c.err()).isZero();
        }
        CliRun status = CliRun.of(args("status", "--format", "csv"));
        assertThat(status.out().lines().filter(l -> l.startsWith("closing,"))).as(status.out() + status.err()).hasSize(2);
    }

    static String[] args(String... a) {
        List<String> l = new ArrayList<>(List.of(a));
        l.add("--db");
        l.add(db);
        return l.toArray(String[]::new);
    }

    /** The region-level row of `outcome --format csv` for a line. */
    static List<String> region(String month, String line) {
        CliRun r = CliRun.of(args("outcome", "--month", month, "--format", "csv"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        String header = r.out().lines().findFirst().orElseThrow();
        assertThat(header).isEqualTo("month,level,committee,line,month_amount,ytd,ytd_last_year,budget_ytd,budget_year,"
                + "deviation_ytd,forecast_year,growth");
        return List.of(r.out().lines().filter(l -> l.startsWith(month + ",region,," + line + ",")).findFirst()
                .orElseThrow().split(","));
    }

    @Test
    @Order(1)
    void marchTwentySixReproducesTheBoardSummary() {
        // columns: month,level,committee,line,month_amount,ytd,ytd_last_year,...
        assertThat(region("2026-03", "operating_result").get(5)).isEqualTo("75");
        assertThat(region("2026-03", "net_financial_items").get(5)).isEqualTo("-111");
        assertThat(region("2026-03", "net_financial_items").get(4)).isEqualTo("-282");
        assertThat(region("2026-03", "result_for_year").get(5)).isEqualTo("-36");
        assertThat(region("2026-03", "result_for_year").get(4)).isEqualTo("-248");
        assertThat(region("2026-03", "result_for_year").get(6)).isEqualTo("-350");
        assertThat(region("2026-03", "operating_result").get(8)).isEqualTo("327");
    }

    @Test
    @Order(1)
    void julyTwentyFiveReproducesTheBoardSummary() {
        assertThat(region("2025-07", "operating_result").get(5)).isEqualTo("54");
        assertThat(region("2025-07", "operating_result").get(4)).isEqualTo("255");
        assertThat(region("2025-07", "operating_result").get(6)).isEqualTo("-255");
        assertThat(region("2025-07", "net_financial_items").get(5)).isEqualTo("-226");
        assertThat(region("2025-07", "result_for_year").get(5)).isEqualTo("-172");
        assertThat(region("2025-07", "result_for_year").get(6)).isEqualTo("-100");
        assertThat(region("2025-07", "operating_result").get(8)).isEqualTo("406");
    }

    @Test
    @Order(1)
    void marchTwentySixCarriesTheBalanceSheetInCsvJsonAndExplain() {
        CliRun csv = CliRun.of(args("outcome", "--month", "2026-03", "--format", "csv"));
        // The ledger's loans at the month end, as the register of 2026-03-31 has them; the sheet ties.
        assertThat(csv.out().lines().filter(l -> l.startsWith("2026-03,balance_sheet,,interest_bearing_debt,"))
                .findFirst().orElseThrow().split(",")[5]).isEqualTo("3020");
        assertThat(csv.out().lines().filter(l -> l.startsWith("2026-03,balance_sheet,,cash,"))
                .findFirst().orElseThrow().split(",")[5]).isEqualTo("290");
        assertThat(csv.out()).contains("2026-03,balance_sheet,,equity_ratio,");
        CliRun json = CliRun.of(args("outcome", "--month", "2026-03", "--format", "json"));
        assertThat(json.out()).contains("\"balance_sheet\"").contains("\"ties\" : true")
                .contains("\"opening\" : \"file\"");
        CliRun explain = CliRun.of(args("explain", "balance-sheet", "2026-03", "räntebärande-låneskuld"));
        assertThat(explain.exitCode()).as(explain.err()).isZero();
        assertThat(explain.out()).contains("konto 2310").contains("3 020 000 000,00 kr");
        assertThat(CliRun.of(args("explain", "balance-sheet", "2026-03", "no-such-line")).exitCode())
                .isNotZero();
    }

    @Test
    @Order(1)
    void outcomeTableIsSwedishWithTheNarrative() {
        CliRun r = CliRun.of(args("outcome", "--month", "2026-03"));
        assertThat(r.out()).contains("Efter tre månader är verksamhetens resultat positivt med 75 miljoner kronor.")
                .contains("Finansnettot är negativt ackumulerat mars med 111 miljoner kronor varav minus 282 "
                        + "miljoner kronor i mars.")
                .contains("Prognosens träffsäkerhet 2025");
    }

    @Test
    @Order(1)
    void explainTracesAnOutcomeToItsClosingCommitteesAndAccounts() {
        CliRun vr = CliRun.of(args("explain", "outcome", "2026-03", "verksamhetens-resultat"));
        assertThat(vr.exitCode()).as(vr.err()).isZero();
        assertThat(vr.out().lines().findFirst().orElseThrow())
                .startsWith("Verksamhetens resultat, ackumulerat mars 2026").endsWith("75,0 mnkr");
        assertThat(vr.out()).contains("summa av Verksamhetens nettokostnader + Skatteintäkter + Generella statsbidrag")
                .contains("bokslut #").contains("konto 8011").contains("konton 82–83").contains("import #");
        CliRun fin = CliRun.of(args("explain", "outcome", "2026-03", "finansnetto", "--lang", "en"));
        assertThat(fin.out().lines().findFirst().orElseThrow()).endsWith("−111.0 SEK m");
        CliRun hsn = CliRun.of(args("explain", "outcome", "2026-03", "nettokostnad", "--committee", "HSN"));
        assertThat(hsn.exitCode()).as(hsn.err()).isZero();
        assertThat(hsn.out()).contains("Nettokostnad HSN");
        CliRun result = CliRun.of(args("explain", "outcome", "2026-03", "Årets resultat"));
        assertThat(result.out().lines().findFirst().orElseThrow()).endsWith("−36,0 mnkr");
        assertThat(CliRun.of(args("explain", "outcome", "2026-03", "no-such-figure")).exitCode())
                .isEqualTo(ExitCode.USAGE);
    }

    @Test
    @Order(1)
    void everyImportClosingAndReportIsInTheAuditLog() {
        CliRun report = CliRun.of(args("report", "monthly", "--month", "2026-03", "--format", "pdf", "--out",
                dir.resolve("reports").toString()));
        assertThat(report.exitCode()).as(report.err()).isZero();
        CliRun audit = CliRun.of(args("audit", "--format", "csv"));
        List<String> actions = audit.out().lines().skip(1).map(l -> l.split(",")[3]).toList();
        assertThat(actions).containsSubsequence("import", "import", "import", "close", "close", "report");
        assertThat(audit.out()).contains("monthly report 2026-03 from closing #").contains("manadsrapport-2026-03.pdf");
        assertThat(CliRun.of(args("audit", "--format", "json")).out()).startsWith("[").contains("\"action\" : \"report\"");
        String user = System.getProperty("user.name");
        assertThat(audit.out().lines().skip(1)).allSatisfy(l -> assertThat(l).contains("," + user + ","));
    }

    @Test
    @Order(2)
    void theSameFileTwiceIsRefusedAndChangesNothing() throws SQLException {
        String before = dump();
        CliRun r = CliRun.of(args("import", ledgers.get(2).toString()));
        assertThat(r.exitCode()).isEqualTo(ExitCode.CONFLICT);
        assertThat(r.err()).contains("already imported").contains("--replace");
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    @Order(2)
    void aFailedImportLeavesTheStoreExactlyAsBefore() throws IOException, SQLException {
        // The 2026 ledger with its last voucher made unbalanced: the reader refuses it at the very end.
        String text = Files.readString(ledgers.get(2), java.nio.charset.Charset.forName("IBM437"));
        int last = text.lastIndexOf("#TRANS 1930");
        if (last < 0) {
            last = text.lastIndexOf("#TRANS");
        }
        int end = text.indexOf('\n', last);
        String broken = text.substring(0, end) + "\n   #TRANS 5010 {1 \"2100\"} 1.00" + text.substring(end);
        Path f = dir.resolve("broken-2027.se");
        Files.writeString(f, broken.replace("#RAR 0 20260101 20261231", "#RAR 0 20260101 20261231"),
                java.nio.charset.Charset.forName("IBM437"));
        String before = dump();
        CliRun r = CliRun.of(args("import", "--replace", f.toString()));
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("does not balance");
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    @Order(2)
    void aClosedMonthIsRefusedAndReopeningIsRecorded() {
        CliRun again = CliRun.of(args("close", "2025-07"));
        assertThat(again.exitCode()).isEqualTo(ExitCode.CONFLICT);
        assertThat(again.err()).contains("already closed").contains("--reopen");
        CliRun reopen = CliRun.of(args("close", "2025-07", "--reopen"));
        assertThat(reopen.exitCode()).as(reopen.err()).isZero();
        CliRun status = CliRun.of(args("status", "--format", "csv"));
        assertThat(status.out()).contains(",2025-07,").contains("reopened");
        assertThat(region("2025-07", "result_for_year").get(5)).isEqualTo("-172");
    }

    @Test
    @Order(3)
    void unmappedAccountsStopTheClosingAndAreListed() throws IOException {
        Path csv = dir.resolve("unmapped-2027.csv");
        Files.writeString(csv, "date,voucher,account,cost_centre,amount,text\n"
                + "2027-01-15,1,8120,1000,100.00,Unknown grant\n2027-01-15,1,1930,,-100.00,Bank\n"
                + "2027-01-20,2,5010,9900,50.00,Unknown cost centre\n2027-01-20,2,1930,,-50.00,Bank\n",
                StandardCharsets.UTF_8);
        assertThat(CliRun.of(args("import", csv.toString())).exitCode()).isZero();
        Path config = Files.createDirectories(dir.resolve("config-2027"));
        Path region = CliRun.repo().resolve("sample-data/region-vasterbotten");
        for (String f : List.of("committees.csv", "account-mapping.csv", "cost-centre-mapping.csv",
                "monthly-profiles.csv")) {
            Files.copy(region.resolve(f), config.resolve(f));
        }
        Files.copy(region.resolve("budget-2026.csv"), config.resolve("budget-2027.csv"));
        CliRun r = CliRun.of(args("close", "2027-01", "--config", config.toString()));
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("cannot close 2027-01").contains("accounts no line is mapped to: 8120")
                .contains("cost centres no committee is mapped to: 9900");
        // No closing of 2027-01 was stored (the month itself is listed among the periods, as imported).
        assertThat(CliRun.of(args("status", "--format", "csv")).out()).doesNotContainPattern("(?m)^closing,\\d+,2027-01,");
    }

    @Test
    @Order(3)
    void verifyFailsWhileTheImportedFilesAreGoneAndPassesWhenTheyAreBack() throws IOException {
        for (Path ledger : ledgers) {
            Files.move(ledger, ledger.resolveSibling(ledger.getFileName() + ".moved"));
        }
        CliRun gone;
        try {
            gone = CliRun.of(args("verify"));
        } finally {
            for (Path ledger : ledgers) {
                Files.move(ledger.resolveSibling(ledger.getFileName() + ".moved"), ledger);
            }
        }
        assertThat(gone.exitCode()).as(gone.out() + gone.err()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(gone.out()).contains(": finns inte längre på sin plats").contains("Kontrollen fann avvikelser")
                .doesNotContain("inga avvikelser");
        CliRun back = CliRun.of(args("verify"));
        assertThat(back.exitCode()).as(back.out() + back.err()).isZero();
    }

    @Test
    @Order(4)
    void verifyFindsNothingThenExactlyTheFigureAlteredByHand() throws SQLException {
        CliRun ok = CliRun.of(args("verify"));
        assertThat(ok.exitCode()).as(ok.out() + ok.err()).isZero();
        assertThat(ok.out()).contains("inga avvikelser");
        try (Connection c = DriverManager.getConnection(db); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE closing_outcome SET ytd = ytd + 0.01 WHERE committee = 'RUN' "
                    + "AND line = 'operating_revenue' AND closing_id = (SELECT closing_id FROM closed_period "
                    + "WHERE period = '2026-03')");
        }
        CliRun bad = CliRun.of(args("verify"));
        assertThat(bad.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
        // Twice over: the closing's rows no longer match the audit entry that recorded them (the hash chain), and the
        // figure no longer matches its recomputation — and nothing else.
        List<String> differences = bad.out().lines().filter(l -> l.startsWith("  ")).toList();
        assertThat(differences).hasSize(2);
        assertThat(differences.get(0)).contains("bokslut #").contains("stämmer inte längre med post #")
                .contains("(close 2026-03)");
        assertThat(differences.get(1)).contains("RUN operating_revenue ytd");
        assertThat(bad.out()).contains("2026-03");
    }

    /** The whole database as SQL: equal dumps mean an identical store. */
    static String dump() throws SQLException {
        StringBuilder sb = new StringBuilder();
        try (Connection c = DriverManager.getConnection(db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SCRIPT NOPASSWORDS NOSETTINGS")) {
            while (rs.next()) {
                sb.append(rs.getString(1)).append('\n');
            }
        }
        return sb.toString();
    }
}

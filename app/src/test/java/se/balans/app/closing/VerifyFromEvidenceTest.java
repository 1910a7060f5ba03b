package se.balans.app.closing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.app.ledger.ImportLedger;
import se.balans.engine.closing.ClosingComparison.Difference;
import se.balans.engine.money.Money;
import se.balans.store.ChainCheck;
import se.balans.store.jooq.JooqStore;

/**
 * {@code verify} from the evidence: the balances of every current import are re-derived from its source file (after
 * its SHA-256 has matched) and compared with the store's to the öre. Region Fjällbo's small ledger, tampered with
 * through plain SQL as issue 15 did it.
 */
class VerifyFromEvidenceTest {
    @TempDir
    Path dir;
    String url = "jdbc:h2:mem:verify-evidence-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    JooqStore store;

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    /** Given Fjällbo's ledger of January and February 2027 imported: 900 of taxes, 800 of salaries at 2100. */
    Path imported() throws IOException {
        Path f = dir.resolve("fjallbo-2027.se");
        Files.writeString(f, """
                #FLAGGA 0
                #FORMAT PC8
                #SIETYP 4
                #FNAMN "Region Fjällbo"
                #RAR 0 20270101 20271231
                #DIM 1 "Kostnadsställe"
                #OBJEKT 1 "2100" "Sjukhuset"
                #IB 0 1930 500.00
                #IB 0 2010 -500.00
                #VER A 1 20270115 "Skatt januari"
                {
                #TRANS 8011 {} -900.00
                #TRANS 1930 {} 900.00
                }
                #VER A 2 20270225 "Löner februari"
                {
                #TRANS 5010 {1 "2100"} 800.00
                #TRANS 1930 {} -800.00
                }
                """, Charset.forName("IBM437"));
        store = JooqStore.open(url, null, null, "revisor",
                Clock.fixed(Instant.parse("2027-03-05T08:00:00Z"), ZoneOffset.UTC));
        ImportLedger.run(store, new ImportLedger.Request(f, false), (d, t) -> { });
        return f;
    }

    /** A million kronor added to the stored balance of 5010 in February. */
    void tamper() throws SQLException {
        try (Connection c = DriverManager.getConnection(url)) {
            se.balans.store.testing.BalanceTamper.add(c, "period = '2027-02' AND account = '5010'",
                    new java.math.BigDecimal("1000000"));
        }
    }

    void sql(String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.executeUpdate(statement);
        }
    }

    @Test
    void anUntouchedImportReDerivesBalanceForBalanceFromItsFile() throws IOException {
        imported();
        VerifyClosings.Result r = VerifyClosings.run(store, Optional.empty());
        assertThat(r.ok()).isTrue();
        assertThat(r.files()).singleElement().satisfies(f -> {
            assertThat(f.state()).isEqualTo(VerifyClosings.FileCheck.State.MATCHES);
            assertThat(f.rederived()).hasValueSatisfying(d -> {
                assertThat(d.ok()).isTrue();
                assertThat(d.balances()).as("8011, 1930 in January; 5010/2100, 1930 in February").isEqualTo(4);
            });
        });
        assertThat(r.chain()).hasValueSatisfying(c -> assertThat(c.ok()).isTrue());
    }

    @Test
    void aMillionAddedToAStoredBalanceIsReportedToTheOreWithWhereItIs() throws IOException, SQLException {
        imported();
        tamper();
        sql("UPDATE ledger_opening_balance SET amount = 400 WHERE account = '1930'");

        VerifyClosings.Result r = VerifyClosings.run(store, Optional.empty());
        assertThat(r.ok()).isFalse();
        assertThat(r.files().get(0).rederived().orElseThrow().differences()).containsExactly(
                new Difference("import #1 2027-02 5010 / 2100", Money.ofSek(new java.math.BigDecimal("1000800.00")),
                        Money.ofSek(new java.math.BigDecimal("800.00"))),
                new Difference("import #1 2027 #IB 1930", Money.ofSek(new java.math.BigDecimal("400.00")),
                        Money.ofSek(new java.math.BigDecimal("500.00"))));
        assertThat(r.chain().orElseThrow().breaks()).extracting(ChainCheck.Break::kind)
                .containsExactly(ChainCheck.Kind.RECORD_CHANGED);
    }

    @Test
    void theQuickCheckDoesNotReDeriveAndSaysSoButTheChainStillCatchesTheChange() throws IOException, SQLException {
        imported();
        tamper();

        VerifyClosings.Result r = VerifyClosings.run(store, Optional.empty(), VerifyClosings.Mode.QUICK);
        assertThat(r.mode()).isEqualTo(VerifyClosings.Mode.QUICK);
        assertThat(r.files()).singleElement().satisfies(f -> assertThat(f.rederived()).isEmpty());
        assertThat(r.ok()).as("the chain").isFalse();
    }

    @Test
    void aSourceFileThatIsGoneFailsTheCheckRatherThanBeingSkipped() throws IOException {
        Files.delete(imported());
        VerifyClosings.Result r = VerifyClosings.run(store, Optional.empty());
        assertThat(r.files()).singleElement().satisfies(f -> {
            assertThat(f.state()).isEqualTo(VerifyClosings.FileCheck.State.MISSING);
            assertThat(f.rederived()).isEmpty();
        });
        assertThat(r.ok()).isFalse();
    }
}

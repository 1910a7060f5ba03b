package se.balans.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.balans.engine.ledger.LedgerBalance;
import se.balans.engine.money.Money;
import se.balans.engine.trace.SourceFile;
import se.balans.store.jooq.JooqStore;

/**
 * Which import supplies each month: a re-export replaces, a file of late vouchers adds, and nothing
 * ever leaves a month silently without its ledger.
 */
class ImportModesTest {
    static int stores;
    final JooqStore store = JooqStore.open("jdbc:h2:mem:import-modes-" + (++stores) + ";DB_CLOSE_DELAY=-1", null,
            null, "tester", Clock.systemUTC());

    static final YearMonth JAN = YearMonth.of(2026, 1);
    static final YearMonth FEB = YearMonth.of(2026, 2);
    static final YearMonth MAR = YearMonth.of(2026, 3);
    static final YearMonth APR = YearMonth.of(2026, 4);

    @AfterEach
    void close() {
        store.close();
    }

    /** A file with {@code rows} rows of 100 kr in each month. */
    static LedgerImport file(String name, long rows, YearMonth... months) {
        List<LedgerBalance> balances = new ArrayList<>();
        for (YearMonth m : months) {
            balances.add(new LedgerBalance(m, "5010", "2100", "", Money.ofSek(100 * rows), rows));
        }
        return new LedgerImport(name, "/data/" + name, SourceFile.sha256(name.getBytes(StandardCharsets.UTF_8)), 1,
                "SIE 4", "CP437", rows, rows * months.length, balances, Map.of());
    }

    Money ytd(YearMonth through) {
        return store.ledger(through.getYear(), through).amounts().stream().map(a -> a.amount())
                .reduce(Money.ZERO, Money::plus);
    }

    @Test
    void aReplacementThatWouldLeaveMonthsWithoutALedgerIsRefusedNamingThem() {
        store.importLedger(file("q1.se", 10, JAN, FEB, MAR), ImportMode.NEW);

        assertThatThrownBy(() -> store.importLedger(file("mar-apr.se", 10, MAR, APR), ImportMode.replace(Set.of())))
                .isInstanceOf(StoreConflictException.class)
                .hasMessageContaining("would leave 2026-01, 2026-02 without a ledger")
                .hasMessageContaining("--drop 2026-01,2026-02");
        assertThat(ytd(MAR)).isEqualTo(Money.ofSek(3_000));
    }

    @Test
    void monthsNamedToDropMayBeLeftEmptyButNoOthers() {
        store.importLedger(file("q1.se", 10, JAN, FEB, MAR), ImportMode.NEW);

        assertThatThrownBy(() -> store.importLedger(file("mar-apr.se", 10, MAR, APR), ImportMode.replace(Set.of(JAN))))
                .isInstanceOf(StoreConflictException.class).hasMessageContaining("2026-02 without a ledger");
        assertThatThrownBy(() -> store.importLedger(file("mar-apr.se", 10, MAR, APR),
                ImportMode.replace(Set.of(JAN, FEB, APR)))).hasMessageContaining("--drop 2026-04");

        store.importLedger(file("mar-apr.se", 10, MAR, APR), ImportMode.replace(Set.of(JAN, FEB)));
        assertThat(store.monthsByImport().values()).contains(new java.util.TreeSet<>(List.of(MAR, APR)));
    }

    @Test
    void aReExportOfTheYearToDateReplacesThePreviousOneAndJustWorks() {
        store.importLedger(file("jan-feb.se", 10, JAN, FEB), ImportMode.NEW);
        ImportReceipt r = store.importLedger(file("jan-mar.se", 11, JAN, FEB, MAR), ImportMode.replace(Set.of()));

        assertThat(r.superseded()).extracting(ImportInfo::fileName).containsExactly("jan-feb.se");
        assertThat(ytd(MAR)).isEqualTo(Money.ofSek(3_300));
    }

    @Test
    void aFileOfLateVouchersIsAddedNotReplacing() {
        store.importLedger(file("jan.se", 100, JAN), ImportMode.NEW);
        LedgerImport febWithALateJanuaryVoucher = new LedgerImport("feb.se", "/data/feb.se", "f".repeat(64), 1,
                "SIE 4", "CP437", 2, 101, List.of(new LedgerBalance(JAN, "5010", "2100", "", Money.ofSek(50), 1),
                new LedgerBalance(FEB, "5010", "2100", "", Money.ofSek(10_000), 100)), Map.of());

        assertThatThrownBy(() -> store.importLedger(febWithALateJanuaryVoucher, ImportMode.NEW))
                .isInstanceOf(StoreConflictException.class).hasMessageContaining("2026-01")
                .hasMessageContaining("--add");
        assertThatThrownBy(() -> store.importLedger(febWithALateJanuaryVoucher, ImportMode.replace(Set.of())))
                .isInstanceOf(StoreConflictException.class)
                .hasMessageContaining("would replace 2026-01's 100 rows with 1");

        store.importLedger(febWithALateJanuaryVoucher, ImportMode.ADD);
        assertThat(ytd(FEB)).isEqualTo(Money.ofSek(10_000 + 50 + 10_000));
        assertThat(store.monthsByImport()).hasSize(2);
    }
}

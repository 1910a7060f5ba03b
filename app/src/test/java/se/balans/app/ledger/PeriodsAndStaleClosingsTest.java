package se.balans.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.app.ConflictException;
import se.balans.app.MissingInputException;
import se.balans.app.SampleWorkspace;
import se.balans.app.closing.CloseMonth;
import se.balans.app.closing.ReopenMonth;
import se.balans.app.closing.Staleness;
import se.balans.app.closing.VerifyClosings;
import se.balans.app.history.ShowStatus;
import se.balans.app.report.DocumentFormat;
import se.balans.app.report.ReportOutput;
import se.balans.app.report.WriteMonthlyReport;
import se.balans.engine.money.Money;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.reports.history.PeriodRecord;
import se.balans.reports.text.Language;
import se.balans.store.ImportMode;
import se.balans.store.Store;
import se.balans.store.StoreConflictException;

/**
 * The cases of issue 10 where Balans computed from the wrong ledger without a word: months dropped by a
 * replacement, a late voucher replacing a month, a gap in the year, closings left stale by a correction.
 * Each now gives a clear refusal or the right figure.
 */
class PeriodsAndStaleClosingsTest {
    static final YearMonth JAN = YearMonth.of(2026, 1);
    static final YearMonth FEB = YearMonth.of(2026, 2);
    static final YearMonth MAR = YearMonth.of(2026, 3);

    @TempDir
    Path dir;
    final Store store = SampleWorkspace.emptyStore();

    @AfterEach
    void close() {
        store.close();
    }

    /** A CSV ledger: per month, {@code vouchers} vouchers of {@code sek} kronor of HSN's personnel costs. */
    Path ledger(String name, int vouchers, long sek, YearMonth... months) throws IOException {
        StringBuilder sb = new StringBuilder("date,series,voucher,account,cost_centre,amount\n");
        int n = 0;
        for (YearMonth m : months) {
            for (int v = 0; v < vouchers; v++) {
                n++;
                String date = m.atDay(15).toString();
                sb.append(date).append(",A,").append(n).append(",5010,2100,").append(sek).append(".00\n");
                sb.append(date).append(",A,").append(n).append(",1930,,-").append(sek).append(".00\n");
            }
        }
        return Files.writeString(dir.resolve(name), sb.toString());
    }

    ImportLedger.Imported importFile(Path file, ImportMode mode) {
        return ImportLedger.run(store, new ImportLedger.Request(file, mode), (d, t) -> { });
    }

    CloseMonth.Closed close(YearMonth m) {
        return CloseMonth.run(store, new CloseMonth.Request(m, SampleWorkspace.setup()));
    }

    static Money costsYtd(CloseMonth.Closed c) {
        return c.closing().line(IncomeStatementLine.OPERATING_COSTS).ytd();
    }

    @Test
    void aReplacementThatWouldDropJanuaryAndFebruaryIsRefusedNamingThem() throws IOException {
        importFile(ledger("q1.csv", 2, 1000, JAN, FEB, MAR), ImportMode.NEW);

        assertThatThrownBy(() -> importFile(ledger("mar-apr.csv", 2, 1000, MAR, MAR.plusMonths(1)),
                ImportMode.replace(Set.of())))
                .isInstanceOf(StoreConflictException.class)
                .hasMessageContaining("would leave 2026-01, 2026-02 without a ledger");
        assertThat(costsYtd(close(MAR))).isEqualTo(Money.ofSek(-6_000));
    }

    @Test
    void aFebruaryFileWithALateJanuaryVoucherIsAddedAndFebruarysYearToDateIsWhole() throws IOException {
        importFile(ledger("jan.csv", 4, 1000, JAN), ImportMode.NEW);
        Path feb = Files.writeString(dir.resolve("feb.csv"), "date,series,voucher,account,cost_centre,amount\n"
                + "2026-01-31,B,1,5010,2100,500.00\n2026-01-31,B,1,1930,,-500.00\n"
                + "2026-02-15,B,2,5010,2100,3000.00\n2026-02-15,B,2,1930,,-3000.00\n"
                + "2026-02-16,B,3,5010,2100,3000.00\n2026-02-16,B,3,1930,,-3000.00\n");

        assertThatThrownBy(() -> importFile(feb, ImportMode.NEW)).hasMessageContaining("--add");
        assertThatThrownBy(() -> importFile(feb, ImportMode.replace(Set.of())))
                .hasMessageContaining("would replace 2026-01's 8 rows with 2");
        importFile(feb, ImportMode.ADD);

        assertThat(costsYtd(close(FEB))).isEqualTo(Money.ofSek(-(4_000 + 500 + 6_000)));
        assertThat(ShowStatus.run(store).periods()).extracting(PeriodRecord::month, p -> p.importIds().size())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(JAN, 2), org.assertj.core.groups.Tuple.tuple(FEB, 1));
    }

    /**
     * A small organisation's export (or a hand-made ledger) with no voucher in February: the file covers January to
     * March, so February is supplied with nothing in it, and March closes with February's month at zero. A file
     * with a voucher in February is then refused as covering a month already imported.
     */
    @Test
    void aQuietMonthInsideAnExportIsSuppliedByItAndMarchCloses() throws IOException {
        importFile(ledger("q1.csv", 2, 1000, JAN, MAR), ImportMode.NEW);

        assertThat(ShowStatus.run(store).periods()).extracting(PeriodRecord::month, PeriodRecord::importIds)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(JAN, List.of(1L)),
                        org.assertj.core.groups.Tuple.tuple(FEB, List.of(1L)),
                        org.assertj.core.groups.Tuple.tuple(MAR, List.of(1L)));
        close(FEB);
        CloseMonth.Closed march = close(MAR);
        assertThat(costsYtd(march)).isEqualTo(Money.ofSek(-4_000));
        assertThat(march.closing().line(IncomeStatementLine.OPERATING_COSTS).month()).isEqualTo(Money.ofSek(-2_000));
        assertThatThrownBy(() -> importFile(ledger("feb.csv", 1, 500, FEB), ImportMode.NEW))
                .isInstanceOf(StoreConflictException.class).hasMessageContaining("covers 2026-02, already imported");
    }

    /** A file of late vouchers covers its vouchers' months only: it does not fill the gap between them. */
    @Test
    void aFileOfLateVouchersDoesNotStandInForTheMonthsBetweenItsVouchers() throws IOException {
        importFile(ledger("jan.csv", 1, 1000, JAN), ImportMode.NEW);
        importFile(ledger("late.csv", 1, 100, JAN, MAR), ImportMode.ADD);

        assertThatThrownBy(() -> close(MAR)).isInstanceOf(MissingInputException.class)
                .hasMessageContaining("no ledger is imported for 2026-02");
    }

    @Test
    void aMonthIsNotClosedOverAGapInItsYear() throws IOException {
        importFile(ledger("jan.csv", 1, 1000, JAN), ImportMode.NEW);
        importFile(ledger("mar.csv", 1, 1000, MAR), ImportMode.NEW);

        assertThatThrownBy(() -> close(MAR)).isInstanceOf(MissingInputException.class)
                .hasMessageContaining("cannot close 2026-03: no ledger is imported for 2026-02");
        assertThat(ShowStatus.run(store).periods()).extracting(PeriodRecord::month, PeriodRecord::importIds)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(JAN, List.of(1L)),
                        org.assertj.core.groups.Tuple.tuple(FEB, List.of()),
                        org.assertj.core.groups.Tuple.tuple(MAR, List.of(2L)));
    }

    @Test
    void aCorrectedReExportMakesTheClosingsItChangesStaleAndTheyAreNeverSilent() throws IOException {
        importFile(ledger("q1.csv", 2, 1000, JAN, FEB, MAR), ImportMode.NEW);
        close(JAN);
        close(FEB);
        close(MAR);
        // February corrected: January is exported again unchanged.
        String corrected = Files.readString(ledger("q1-corrected.csv", 2, 1000, JAN, FEB, MAR))
                .replace("2026-02-15,A,3,5010,2100,1000.00\n2026-02-15,A,3,1930,,-1000.00",
                        "2026-02-15,A,3,5010,2100,1700.00\n2026-02-15,A,3,1930,,-1700.00");
        Path file = Files.writeString(dir.resolve("q1-corrected.csv"), corrected);

        ImportLedger.Imported r = importFile(file, ImportMode.replace(Set.of()));

        assertThat(r.madeStale()).extracting(s -> s.closing().period()).containsExactly(FEB, MAR);
        assertThat(r.madeStale().get(0).changedBy()).containsExactly(r.receipt().imported().id());
        assertThat(r.madeStale().get(0).months()).containsExactly(FEB);
        VerifyClosings.Result verified = VerifyClosings.run(store, Optional.empty());
        assertThat(verified.ok()).isFalse();
        assertThat(verified.stale()).extracting(s -> s.closing().period()).containsExactly(FEB, MAR);
        assertThat(ShowStatus.run(store).closings()).filteredOn(c -> c.valid()).extracting(c -> c.stale())
                .containsExactly(false, true, true);
        assertThatThrownBy(() -> WriteMonthlyReport.run(store, new WriteMonthlyReport.Request(MAR,
                SampleWorkspace.region(), Language.SV, new ReportOutput(dir.resolve("out"), Set.of(DocumentFormat.xlsx)))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("2026-03").hasMessageContaining("stale")
                .hasMessageContaining("--reopen");

        CloseMonth.Closed february = ReopenMonth.run(store, new CloseMonth.Request(FEB, SampleWorkspace.setup()));
        assertThat(costsYtd(february)).isEqualTo(Money.ofSek(-4_700));
        assertThat(february.laterStale()).extracting(s -> s.closing().period()).containsExactly(MAR);
        ReopenMonth.run(store, new CloseMonth.Request(MAR, SampleWorkspace.setup()));
        assertThat(VerifyClosings.run(store, Optional.empty()).ok()).isTrue();
        assertThat(Staleness.of(store)).isEmpty();
    }

    @Test
    void aReExportOfTheYearToDateLeavingEarlierMonthsAsTheyWereStalesNoClosing() throws IOException {
        importFile(ledger("jan.csv", 2, 1000, JAN), ImportMode.NEW);
        close(JAN);

        ImportLedger.Imported r = importFile(ledger("jan-feb.csv", 2, 1000, JAN, FEB), ImportMode.replace(Set.of()));

        assertThat(r.madeStale()).isEmpty();
        assertThat(VerifyClosings.run(store, Optional.empty()).ok()).isTrue();
    }
}

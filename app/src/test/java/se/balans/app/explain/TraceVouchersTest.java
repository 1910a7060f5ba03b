package se.balans.app.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.app.MissingInputException;
import se.balans.app.SampleWorkspace;
import se.balans.app.closing.CloseMonth;
import se.balans.app.ledger.ImportLedger;
import se.balans.engine.closing.ClosingFigure;
import se.balans.engine.closing.MonthlyClosing;
import se.balans.engine.money.Money;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.reports.explain.TracedVoucher;
import se.balans.reports.explain.VoucherTrace;
import se.balans.store.Store;

/** A closed month's figure down to its vouchers, read again from the imported files. */
class TraceVouchersTest {
    static final YearMonth MAR = YearMonth.of(2026, 3);

    @TempDir
    Path dir;
    final Store store = SampleWorkspace.emptyStore();

    @AfterEach
    void close() {
        store.close();
    }

    /** January to March: each month HSN's salaries (2100) and RS's rent (1000), and one voucher of both. */
    Path ledger() throws IOException {
        StringBuilder sb = new StringBuilder("date,series,voucher,account,cost_centre,amount,text\n");
        int n = 0;
        for (int m = 1; m <= 3; m++) {
            String d = "2026-0" + m + "-15";
            sb.append(d).append(",A,").append(++n).append(",5010,2100,").append(1000 * m).append(".00,Löner\n");
            sb.append(d).append(",A,").append(n).append(",1930,,-").append(1000 * m).append(".00,\n");
            sb.append(d).append(",A,").append(++n).append(",5010,1000,300.00,Hyra\n");
            sb.append(d).append(",A,").append(n).append(",5010,2100,50.00,\n");
            sb.append(d).append(",A,").append(n).append(",1930,,-350.00,\n");
        }
        return Files.writeString(dir.resolve("q1.csv"), sb.toString());
    }

    MonthlyClosing closeMarch(Path file) {
        ImportLedger.run(store, new ImportLedger.Request(file, false), (d, t) -> { });
        return CloseMonth.run(store, new CloseMonth.Request(MAR, SampleWorkspace.setup())).closing();
    }

    @Test
    void theVouchersOfAFigureAddUpToItLargestFirst() throws IOException {
        MonthlyClosing c = closeMarch(ledger());

        VoucherTrace costs = TraceVouchers.run(store, MAR, ClosingFigure.line(IncomeStatementLine.OPERATING_COSTS),
                "costs");

        assertThat(costs.vouchers()).hasSize(6);
        assertThat(costs.vouchers().get(0)).isEqualTo(new TracedVoucher("q1.csv", 12, "A", "5",
                java.time.LocalDate.of(2026, 3, 15), "Löner", Money.ofSek(-3000)));
        assertThat(costs.total()).isEqualTo(c.line(IncomeStatementLine.OPERATING_COSTS).ytd())
                .isEqualTo(costs.figure()).isEqualTo(Money.ofSek(-(6000 + 3 * 350)));
    }

    @Test
    void aCommitteesNetCostHasOnlyItsPartOfEachVoucherShownPositive() throws IOException {
        MonthlyClosing c = closeMarch(ledger());

        VoucherTrace hsn = TraceVouchers.run(store, MAR, ClosingFigure.netCost("HSN"), "HSN");

        assertThat(hsn.total()).isEqualTo(c.committeeNetCost("HSN").ytd()).isEqualTo(Money.ofSek(6000 + 150));
        assertThat(hsn.vouchers()).filteredOn(v -> v.text().equals("Hyra"))
                .extracting(TracedVoucher::amount).containsOnly(Money.ofSek(50));
    }

    @Test
    void aFileThatChangedOrIsGoneIsNamedAndNothingIsListed() throws IOException {
        Path file = ledger();
        closeMarch(file);
        ClosingFigure costs = ClosingFigure.line(IncomeStatementLine.OPERATING_COSTS);

        Files.writeString(file, Files.readString(file).replace("Hyra", "Hyror"));
        assertThatThrownBy(() -> TraceVouchers.run(store, MAR, costs, "costs"))
                .isInstanceOf(MissingInputException.class).hasMessageContaining("q1.csv has changed since it was imported");
        Files.delete(file);
        assertThatThrownBy(() -> TraceVouchers.run(store, MAR, costs, "costs"))
                .isInstanceOf(MissingInputException.class).hasMessageContaining("q1.csv is gone");
    }
}

package se.balans.app.explain;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;

import se.balans.app.MissingInputException;
import se.balans.app.closing.StoredClosings;
import se.balans.engine.closing.ClosingFigure;
import se.balans.engine.ledger.LedgerMapping;
import se.balans.engine.money.Money;
import se.balans.io.Fingerprint;
import se.balans.io.ledger.LedgerFiles;
import se.balans.io.ledger.LedgerReadOptions;
import se.balans.io.ledger.LedgerRow;
import se.balans.io.ledger.LedgerSink;
import se.balans.io.ledger.LedgerVoucher;
import se.balans.reports.explain.TracedVoucher;
import se.balans.reports.explain.VoucherTrace;
import se.balans.store.ImportInfo;
import se.balans.store.Store;
import se.balans.store.StoredClosing;

/**
 * Use case: a closed month's figure down to its vouchers (verifikationer). The store keeps monthly
 * balances, not vouchers, so the files the closing read are read again — each after its SHA-256 is
 * checked against the one recorded at import, so that the vouchers listed are the ones the closing
 * summed. Each voucher's rows are placed by the closing's own mapping ({@link LedgerMapping#place}) and
 * kept if the figure contains them ({@link ClosingFigure#contains}); the part of the voucher in the
 * figure is their sum, in the result statement's sign.
 */
public final class TraceVouchers {
    private TraceVouchers() {
    }

    /**
     * @param title the figure's name for the trace's title
     * @throws MissingInputException when the month is not closed, or a file the closing read is gone or
     *                               has changed since it was imported
     */
    public static VoucherTrace run(Store store, YearMonth month, ClosingFigure figure, String title) {
        StoredClosing stored = StoredClosings.require(store, month,
                () -> month + " is not closed; close it with: balans close " + month);
        LedgerMapping mapping = StoredClosings.setup(stored).mapping();
        Map<Long, SortedSet<YearMonth>> months = store.monthsByImport();
        Set<Long> read = new java.util.HashSet<>();
        stored.imports().forEach(ref -> read.add(ref.importId()));
        LocalDate from = LocalDate.of(month.getYear(), 1, 1);
        LocalDate through = month.atEndOfMonth();
        List<TracedVoucher> vouchers = new ArrayList<>();
        // A committee's net cost is shown positive, the other figures as the result statement signs them.
        boolean netCost = figure instanceof ClosingFigure.NetCost;
        for (ImportInfo i : store.imports()) {
            if (!read.contains(i.id()) || months.getOrDefault(i.id(), new java.util.TreeSet<>()).stream()
                    .noneMatch(m -> m.getYear() == month.getYear() && !m.isAfter(month))) {
                continue;
            }
            Path file = intact(i);
            LedgerFiles.read(file, new LedgerSink() {
                @Override
                public void voucher(LedgerVoucher v) {
                    Money part = Money.ZERO;
                    boolean in = false;
                    for (LedgerRow r : v.rows()) {
                        if (r.date().isBefore(from) || r.date().isAfter(through)) {
                            continue;
                        }
                        if (mapping.place(r.account(), r.costCentre()) instanceof LedgerMapping.Placement.Mapped m
                                && figure.contains(m.key())) {
                            Money inStatement = Money.ofSek(r.amount()).negated();
                            part = part.plus(netCost ? inStatement.negated() : inStatement);
                            in = true;
                        }
                    }
                    if (in) {
                        vouchers.add(new TracedVoucher(i.fileName(), v.line(), v.series(), v.number(), v.date(),
                                v.text(), part));
                    }
                }
            }, LedgerReadOptions.DEFAULTS);
        }
        return new VoucherTrace(title, figure.measuresIn(stored.closing()).ytd(), vouchers);
    }

    /** The imported file at its recorded path, if it is still there with the bytes that were imported. */
    private static Path intact(ImportInfo i) {
        Path file = i.filePath().map(Path::of).orElseThrow(() -> new MissingInputException("import #" + i.id()
                + " (" + i.fileName() + ") was recorded without its path; its vouchers cannot be read again"));
        if (!Files.isRegularFile(file)) {
            throw new MissingInputException("import #" + i.id() + ": " + file + " is gone; the vouchers behind the "
                    + "figure are in that file — put it back where it was imported from");
        }
        String now = Fingerprint.sha256(file);
        if (!now.equals(i.sha256())) {
            throw new MissingInputException("import #" + i.id() + ": " + file + " has changed since it was imported "
                    + "(SHA-256 " + now + ", imported " + i.sha256() + "); its vouchers are not the ones the closing "
                    + "summed");
        }
        return file;
    }
}

package se.balans.cli.service;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import se.balans.cli.ExitCode;
import se.balans.cli.UserException;
import se.balans.cli.output.Progress;
import se.balans.engine.money.Money;
import se.balans.io.Fingerprint;
import se.balans.io.ledger.BalanceRecord;
import se.balans.io.ledger.CsvLedgerReader;
import se.balans.io.ledger.LedgerFileSummary;
import se.balans.io.ledger.LedgerReadOptions;
import se.balans.io.ledger.LedgerRow;
import se.balans.io.ledger.LedgerSink;
import se.balans.io.ledger.LedgerVoucher;
import se.balans.io.sie.SieReader;
import se.balans.store.ImportInfo;
import se.balans.store.ImportReceipt;
import se.balans.store.LedgerImport;
import se.balans.store.Store;

/**
 * Imports a ledger file: hashes it, streams it through its reader into monthly balances per
 * account, cost centre and dimensions, and stores the lot in one transaction.
 *
 * <p>Memory grows with the number of distinct month × account × cost-centre × dimension keys — the
 * size of the chart — never with the number of transaction rows. A file that fails anywhere
 * (checksum, an unbalanced voucher at the end) never reaches the store.
 */
public final class LedgerImporter {
    private LedgerImporter() {
    }

    /** What an import did. */
    public record Imported(ImportReceipt receipt, LedgerFileSummary summary) {
    }

    public static Imported importFile(Store store, Path file, boolean replace, Progress progress) {
        return importFile(CompletableFuture.completedFuture(store), file, replace, progress);
    }

    /**
     * Imports with the store still opening: opening a database and warming its SQL layer costs about
     * as much as parsing a year's ledger, so on a machine with two cores the two overlap. The store's
     * answer on a duplicate file stops the parse as soon as it is known; nothing is written before
     * the whole file has been read.
     */
    public static Imported importFile(CompletableFuture<Store> opening, Path file, boolean replace,
                                      Progress progress) {
        String sha256 = Fingerprint.sha256(file);
        java.util.concurrent.atomic.AtomicReference<RuntimeException> refusal =
                new java.util.concurrent.atomic.AtomicReference<>();
        CompletableFuture<Void> duplicateCheck = replace ? CompletableFuture.completedFuture(null)
                : opening.thenAccept(store -> duplicate(store, file, sha256).ifPresent(refusal::set));
        Aggregator agg = new Aggregator(progress, refusal);
        LedgerFileSummary summary;
        try {
            summary = isSie(file) ? SieReader.read(file, agg, LedgerReadOptions.DEFAULTS)
                    : CsvLedgerReader.read(file, agg, LedgerReadOptions.DEFAULTS);
        } catch (Cancelled c) {
            throw refusal.get();
        } finally {
            progress.done();
        }
        Store store = join(opening);
        join(duplicateCheck);
        if (refusal.get() != null) {
            throw refusal.get();
        }
        LedgerImport ledger = new LedgerImport(file.getFileName().toString(),
                file.toAbsolutePath().normalize().toString(), sha256, summary.bytes(), summary.format(),
                summary.charset().name(), summary.vouchers(), summary.rows(), agg.balances(), agg.accountNames);
        return new Imported(store.importLedger(ledger, replace), summary);
    }

    /** The refusal of a file the store already has, if it has it. */
    static java.util.Optional<RuntimeException> duplicate(Store store, Path file, String sha256) {
        for (ImportInfo i : store.imports()) {
            if (i.current() && i.sha256().equals(sha256)) {
                return java.util.Optional.of(new UserException(ExitCode.CONFLICT, file + " is already imported (import #"
                        + i.id() + " of " + i.fileName() + " on " + i.importedAt().toLocalDate() + " by "
                        + i.importedBy() + ", same SHA-256); use --replace to import it again"));
            }
        }
        return java.util.Optional.empty();
    }

    /** The value of a future, with its own exception unwrapped (a store that could not open, a refusal). */
    public static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** Stops a parse whose file the store turned out to have already. */
    private static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super(null, null, false, false);
        }
    }

    /** SIE files by their customary extensions (.se, .si, .sie) or a first byte of '#'; the rest is CSV. */
    static boolean isSie(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".se") || name.endsWith(".si") || name.endsWith(".sie")) {
            return true;
        }
        if (name.endsWith(".csv")) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == '#';
        } catch (IOException e) {
            return false;
        }
    }

    /** Sums rows by month, account, cost centre and dimensions, in öre. */
    static final class Aggregator implements LedgerSink {
        private record Key(int month, String account, String costCentre, String dimensions) {
        }

        /** A running sum: exact whole öre in a long (an amount has at most two decimals). */
        private static final class Sum {
            long ore;
            long rows;
        }

        private final Map<Key, Sum> sums = new HashMap<>();
        /** #PSALDO of the current year: per month and account, the total and the cost-centre parts. */
        private final Map<Key, Sum> periodBalances = new HashMap<>();
        private long vouchers;
        final Map<String, String> accountNames = new TreeMap<>();
        private final Progress progress;
        private final java.util.concurrent.atomic.AtomicReference<RuntimeException> refusal;
        private LocalDate lastDate;
        private int lastMonth;

        Aggregator(Progress progress, java.util.concurrent.atomic.AtomicReference<RuntimeException> refusal) {
            this.progress = progress;
            this.refusal = refusal;
        }

        @Override
        public void voucher(LedgerVoucher v) {
            if (refusal.get() != null) {
                throw new Cancelled();
            }
            vouchers++;
            for (LedgerRow r : v.rows()) {
                Sum s = sums.computeIfAbsent(new Key(month(r.date()), r.account(), r.costCentre(), r.dimensions()),
                        k -> new Sum());
                s.ore += r.amount().unscaledValue().longValueExact();
                s.rows++;
            }
        }

        private int month(LocalDate d) {
            if (!d.equals(lastDate)) {
                lastDate = d;
                lastMonth = d.getYear() * 12 + d.getMonthValue() - 1;
            }
            return lastMonth;
        }

        /**
         * A SIE 2 or 3 file states period balances (#PSALDO) instead of vouchers. The account's total
         * (no objects) and its cost-centre parts (dimension 1 only) are kept; parts by other dimensions
         * are another split of the same total and are left out.
         */
        @Override
        public void balance(BalanceRecord b) {
            if (b.kind() != BalanceRecord.Kind.PSALDO || b.yearIndex() != 0 || b.period() == null
                    || !b.dimensions().isEmpty()) {
                return;
            }
            int month = b.period().getYear() * 12 + b.period().getMonthValue() - 1;
            Sum s = periodBalances.computeIfAbsent(new Key(month, b.account(), b.costCentre(), ""), k -> new Sum());
            s.ore += b.amount().movePointRight(2).longValueExact();
            s.rows++;
        }

        @Override
        public void account(String number, String name, String type) {
            if (!name.isEmpty()) {
                accountNames.put(number, name);
            }
        }

        private Map<Key, Sum> fromPeriodBalances() {
            Map<Key, Sum> out = new HashMap<>();
            Map<Key, Long> partsByAccount = new HashMap<>();
            periodBalances.forEach((k, s) -> {
                if (!k.costCentre().isEmpty()) {
                    out.put(k, s);
                    partsByAccount.merge(new Key(k.month(), k.account(), "", ""), s.ore, Long::sum);
                }
            });
            periodBalances.forEach((k, s) -> {
                if (k.costCentre().isEmpty()) {
                    Sum rest = new Sum();
                    rest.ore = s.ore - partsByAccount.getOrDefault(k, 0L);
                    rest.rows = s.rows;
                    out.put(k, rest);
                }
            });
            return out;
        }

        @Override
        public void progress(long bytesRead, long bytesTotal) {
            progress.bytes(bytesRead, bytesTotal);
        }

        /**
         * The month × account × cost-centre sums: the vouchers' when the file has vouchers, else its
         * period balances — each account's cost-centre parts, and what of its total they leave
         * without a cost centre — so that nothing is counted twice.
         */
        List<LedgerImport.Balance> balances() {
            Map<Key, Sum> source = vouchers > 0 || periodBalances.isEmpty() ? sums : fromPeriodBalances();
            List<LedgerImport.Balance> out = new ArrayList<>(source.size());
            source.forEach((k, s) -> {
                if (s.ore != 0 || s.rows > 0) {
                    out.add(new LedgerImport.Balance(YearMonth.of(k.month / 12, k.month % 12 + 1), k.account,
                            k.costCentre, k.dimensions, Money.ofSek(BigDecimal.valueOf(s.ore, 2)), s.rows));
                }
            });
            out.removeIf(b -> b.amount().isZero() && b.rowCount() == 0);
            out.sort(java.util.Comparator.comparing(LedgerImport.Balance::period)
                    .thenComparing(LedgerImport.Balance::account).thenComparing(LedgerImport.Balance::costCentre)
                    .thenComparing(LedgerImport.Balance::dimensions));
            return out;
        }
    }

}

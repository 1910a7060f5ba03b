package se.balans.io.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

import se.balans.engine.ledger.LedgerBalance;
import se.balans.engine.ledger.OpeningBalance;
import se.balans.engine.money.Money;

/**
 * Sums a ledger file as it streams into monthly balances per account, cost centre and further
 * dimensions, exact in öre: what an import stores. Memory grows with the number of distinct keys —
 * the size of the chart — never with the number of rows.
 *
 * <p>The accounting rule of a file without vouchers (SIE 2 and 3): it states period balances
 * ({@code #PSALDO}) instead. Each account's cost-centre parts are kept, and what of the account's
 * total they leave without a cost centre, so that nothing is counted twice; parts by other
 * dimensions are another split of the same total and are left out.
 */
public final class LedgerAggregator implements LedgerSink {

    /** Bytes of the file read so far, for a progress bar. */
    @FunctionalInterface
    public interface Progress {
        void bytes(long done, long total);
    }

    /** Thrown from inside a read when {@code stop} asked the aggregator to stop: the read is abandoned. */
    public static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("the read was stopped", null, false, false);
        }
    }

    /** A cell's sum, to be sorted. */
    private record Total(LedgerCell cell, long ore, long rows) implements Comparable<Total> {
        @Override
        public int compareTo(Total t) {
            return cell.compareTo(t.cell);
        }
    }

    /** A running sum: exact whole öre in a long (an amount has at most two decimals). */
    private static final class Sum {
        long ore;
        long rows;
    }

    /** The cells of the file, shared with the parts read ahead. */
    private final LedgerCells cells;
    /** The cells this reader has met, by packed key: what a row looks up first. */
    private final CellIndex index = new CellIndex();
    /** The vouchers' sums in öre and their rows, by cell index. */
    private long[] ore = new long[1024];
    private long[] rowCounts = new long[1024];
    /** A part's rows, by cell index and amount in öre, until they are absorbed (null if not a part). */
    private int[] partCells;
    private long[] partOre;
    private int partRows;
    /** #PSALDO of the current year: per month and account, the total and the cost-centre parts. */
    private final Map<LedgerCell, Sum> periodBalances = new HashMap<>();
    private final Map<String, String> accountNames = new TreeMap<>();
    /** #IB 0 by account, in öre: the opening balances of the file's fiscal year. */
    private final Map<String, Long> openings = new TreeMap<>();
    /** The calendar year the file's fiscal year (#RAR 0) starts in; null when it names none. */
    private Integer fiscalYear;
    private long openingLine;
    private final Progress progress;
    private final BooleanSupplier stop;
    private long vouchers;
    private LocalDate lastDate;
    private int lastMonth;

    /**
     * @param progress told about every MiB read
     * @param stop     asked before each voucher; when it answers true the read stops with {@link Stopped}
     *                 (the store already has the file, say — nothing is gained by reading on)
     */
    public LedgerAggregator(Progress progress, BooleanSupplier stop) {
        this(progress, stop, new LedgerCells(), false);
    }

    private LedgerAggregator(Progress progress, BooleanSupplier stop, LedgerCells cells, boolean part) {
        this.progress = Objects.requireNonNull(progress, "progress");
        this.stop = Objects.requireNonNull(stop, "stop");
        this.cells = cells;
        if (part) {
            partCells = new int[1024];
            partOre = new long[1024];
        }
    }

    /** An aggregator without progress that reads to the end. */
    public static LedgerAggregator plain() {
        return new LedgerAggregator((d, t) -> { }, () -> false);
    }

    /**
     * An aggregator for a part of the file read ahead, in parallel, to be {@linkplain #absorb absorbed}
     * into this one: it stops when this one would, and tells no progress.
     */
    public LedgerAggregator part() {
        cells.share();
        return new LedgerAggregator((d, t) -> { }, stop, cells, true);
    }

    /**
     * Adds the vouchers' sums of a {@linkplain #part part} as if its vouchers had come here: sums are
     * exact, so their order does not matter. Asks {@code stop} first, as before a voucher.
     *
     * @throws IllegalArgumentException if the part received anything but vouchers
     */
    public void absorb(LedgerAggregator part) {
        if (part.cells != cells || part.partCells == null || !part.periodBalances.isEmpty() || !part.openings.isEmpty()
                || !part.accountNames.isEmpty()) {
            throw new IllegalArgumentException("only a part of this aggregator with vouchers alone can be absorbed");
        }
        if (stop.getAsBoolean()) {
            throw new Stopped();
        }
        vouchers += part.vouchers;
        for (int i = 0; i < part.partRows; i++) {
            add(part.partCells[i], part.partOre[i]);
        }
    }

    @Override
    public void voucher(LedgerVoucher v) {
        if (stop.getAsBoolean()) {
            throw new Stopped();
        }
        vouchers++;
        for (LedgerRow r : v.rows()) {
            int id = cellId(month(r.date()), r.account(), r.costCentre(), r.dimensions());
            long amount = r.ore();
            if (partCells == null) {
                add(id, amount);
            } else {
                log(id, amount);
            }
        }
    }

    /** The cell's id, from this reader's own index when it has met the cell before, else from the shared one. */
    private int cellId(int month, String account, String costCentre, String dimensions) {
        long key = index.key(month, account, costCentre, dimensions);
        if (key == 0) {
            return cells.id(new LedgerCell(month, account, costCentre, dimensions));
        }
        int id = index.get(key);
        if (id == CellIndex.ABSENT) {
            id = cells.add(new LedgerCell(month, account, costCentre, dimensions));
            index.put(key, id);
        }
        return id;
    }

    private void add(int id, long amount) {
        if (id >= ore.length) {
            int n = Math.max(id + 1, 2 * ore.length);
            ore = Arrays.copyOf(ore, n);
            rowCounts = Arrays.copyOf(rowCounts, n);
        }
        ore[id] += amount;
        rowCounts[id]++;
    }

    private void log(int id, long amount) {
        if (partRows == partCells.length) {
            partCells = Arrays.copyOf(partCells, 2 * partRows);
            partOre = Arrays.copyOf(partOre, 2 * partRows);
        }
        partCells[partRows] = id;
        partOre[partRows++] = amount;
    }

    private int month(LocalDate d) {
        if (!d.equals(lastDate)) {
            lastDate = d;
            lastMonth = d.getYear() * 12 + d.getMonthValue() - 1;
        }
        return lastMonth;
    }

    @Override
    public void header(LedgerHeader h) {
        h.fiscalYear(0).ifPresent(y -> fiscalYear = y.start().getYear());
    }

    /**
     * Keeps the current year's opening balances ({@code #IB 0}: per account, objects have their own
     * {@code #OIB}) and period balances: the account's total (no objects) and its cost-centre parts.
     */
    @Override
    public void balance(BalanceRecord b) {
        if (b.kind() == BalanceRecord.Kind.IB && b.yearIndex() == 0) {
            if (openingLine == 0) {
                openingLine = b.line();
            }
            openings.merge(b.account(), b.amount().movePointRight(2).longValueExact(), Long::sum);
            return;
        }
        if (b.kind() != BalanceRecord.Kind.PSALDO || b.yearIndex() != 0 || b.period() == null
                || !b.dimensions().isEmpty()) {
            return;
        }
        int month = b.period().getYear() * 12 + b.period().getMonthValue() - 1;
        Sum s = periodBalances.computeIfAbsent(new LedgerCell(month, b.account(), b.costCentre(), ""), k -> new Sum());
        s.ore += b.amount().movePointRight(2).longValueExact();
        s.rows++;
    }

    @Override
    public void account(String number, String name, String type) {
        if (!name.isEmpty()) {
            accountNames.put(number, name);
        }
    }

    @Override
    public void progress(long bytesRead, long bytesTotal) {
        progress.bytes(bytesRead, bytesTotal);
    }

    /**
     * The opening balances of the file's fiscal year ({@code #IB 0}), by account; none when the file
     * states none.
     *
     * @throws se.balans.io.InputFileException when the file states opening balances but no fiscal year ({@code #RAR 0})
     *         to say which year they open
     */
    public List<OpeningBalance> openingBalances(java.nio.file.Path file) {
        if (openings.isEmpty()) {
            return List.of();
        }
        if (fiscalYear == null) {
            throw new se.balans.io.InputFileException(file, openingLine, null, "#IB 0 without a fiscal year: the file "
                    + "states opening balances but no #RAR 0 with its first and last day, so the year they open is unknown");
        }
        List<OpeningBalance> out = new ArrayList<>(openings.size());
        openings.forEach((account, ore) -> out.add(OpeningBalance.of(fiscalYear, account,
                Money.ofSek(BigDecimal.valueOf(ore, 2)))));
        return out;
    }

    /** Account names as the file gives them, by number. */
    public Map<String, String> accountNames() {
        return Map.copyOf(accountNames);
    }

    /**
     * The month × account × cost-centre × dimensions sums in that order: the vouchers' when the file
     * has vouchers, else its period balances split as the class comment says. Keys that sum nothing
     * are left out.
     */
    public List<LedgerBalance> balances() {
        List<Total> unsorted = new ArrayList<>(Math.min(cells.size(), ore.length));
        if (vouchers > 0 || periodBalances.isEmpty()) {
            LedgerCell[] all = cells.cells();
            for (int id = 0; id < Math.min(all.length, ore.length); id++) {
                // A cell numbered by a part that was read again in order may have no rows here.
                if (ore[id] != 0 || rowCounts[id] > 0) {
                    unsorted.add(new Total(all[id], ore[id], rowCounts[id]));
                }
            }
        } else {
            fromPeriodBalances().forEach((k, s) -> {
                if (s.ore != 0 || s.rows > 0) {
                    unsorted.add(new Total(k, s.ore, s.rows));
                }
            });
        }
        List<Total> totals = sorted(unsorted);
        List<LedgerBalance> out = new ArrayList<>(totals.size());
        YearMonth period = null;
        for (Total t : totals) {
            LedgerCell k = t.cell();
            if (period == null || period.getYear() * 12 + period.getMonthValue() - 1 != k.month) {
                period = YearMonth.of(k.month / 12, k.month % 12 + 1);
            }
            out.add(new LedgerBalance(period, k.account, k.costCentre, k.dimensions,
                    Money.ofSek(BigDecimal.valueOf(t.ore(), 2)), t.rows()));
        }
        return out;
    }

    /**
     * The totals in the order of their cells ({@link LedgerCell#compareTo}: month, account, cost centre,
     * dimensions), each text compared once: a wide ledger has a few hundred thousand cells but only some
     * hundred distinct accounts and cost centres, so each text is ranked among its kind, a cell becomes
     * one number, and the numbers sort as primitives — a tenth of comparing the texts cell by cell. A
     * ledger whose ranks do not fit in a long is sorted the plain way.
     */
    private static List<Total> sorted(List<Total> totals) {
        int n = totals.size();
        if (n < 2) {
            return totals;
        }
        // Each loop is a method of its own: this runs once, and the JIT, compiling a loop by itself rather than a
        // method of five with the sort inlined, spent a second core's 0.7 s less on it (wide ledger, JFR).
        long[] keys = packedKeys(totals);
        if (keys == null) {
            List<Total> plain = new ArrayList<>(totals);
            plain.sort(null);
            return plain;
        }
        Arrays.sort(keys);
        return inKeyOrder(totals, keys);
    }

    /** Each total's cell as one number in cell order, its index in the low part; null if the ranks overflow a long. */
    private static long[] packedKeys(List<Total> totals) {
        int n = totals.size();
        Ranks accounts = new Ranks(totals, c -> c.account);
        Ranks costCentres = new Ranks(totals, c -> c.costCentre);
        Ranks dimensions = new Ranks(totals, c -> c.dimensions);
        int firstMonth = firstMonth(totals);
        long[] keys = new long[n];
        try {
            for (int i = 0; i < n; i++) {
                LedgerCell c = totals.get(i).cell();
                long key = Math.addExact(Math.multiplyExact((long) c.month - firstMonth, accounts.size()),
                        accounts.of(c.account));
                key = Math.addExact(Math.multiplyExact(key, costCentres.size()), costCentres.of(c.costCentre));
                key = Math.addExact(Math.multiplyExact(key, dimensions.size()), dimensions.of(c.dimensions));
                keys[i] = Math.addExact(Math.multiplyExact(key, n), i);
            }
        } catch (ArithmeticException tooMany) {
            return null;
        }
        return keys;
    }

    private static int firstMonth(List<Total> totals) {
        int first = Integer.MAX_VALUE;
        for (Total t : totals) {
            first = Math.min(first, t.cell().month);
        }
        return first;
    }

    private static List<Total> inKeyOrder(List<Total> totals, long[] sortedKeys) {
        int n = totals.size();
        List<Total> out = new ArrayList<>(n);
        for (long k : sortedKeys) {
            out.add(totals.get((int) (k % n)));
        }
        return out;
    }

    /** Each distinct text of a kind with its rank in text order, found through the text's number. */
    private static final class Ranks {
        private final TextNumbers numbers = new TextNumbers();
        private final int[] rankByNumber;

        Ranks(List<Total> totals, java.util.function.Function<LedgerCell, String> text) {
            for (Total t : totals) {
                numbers.number(text.apply(t.cell()));
            }
            Integer[] byText = new Integer[numbers.size()];
            for (int n = 0; n < byText.length; n++) {
                byText[n] = n;
            }
            Arrays.sort(byText, java.util.Comparator.comparing(numbers::text));
            rankByNumber = new int[byText.length];
            for (int rank = 0; rank < byText.length; rank++) {
                rankByNumber[byText[rank]] = rank;
            }
        }

        int size() {
            return rankByNumber.length;
        }

        int of(String s) {
            return rankByNumber[numbers.number(s)];
        }
    }

    private Map<LedgerCell, Sum> fromPeriodBalances() {
        Map<LedgerCell, Sum> out = new HashMap<>();
        Map<LedgerCell, Long> partsByAccount = new HashMap<>();
        periodBalances.forEach((k, s) -> {
            if (!k.costCentre.isEmpty()) {
                out.put(k, s);
                partsByAccount.merge(new LedgerCell(k.month, k.account, "", ""), s.ore, Long::sum);
            }
        });
        periodBalances.forEach((k, s) -> {
            if (k.costCentre.isEmpty()) {
                Sum rest = new Sum();
                rest.ore = s.ore - partsByAccount.getOrDefault(k, 0L);
                rest.rows = s.rows;
                out.put(k, rest);
            }
        });
        return out;
    }
}

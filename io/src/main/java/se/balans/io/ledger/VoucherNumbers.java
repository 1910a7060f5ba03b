package se.balans.io.ledger;

import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The voucher numbers seen so far, per series, so that a number used twice in one file is refused.
 *
 * <p>Why not a {@code Set<String>}: a year's ledger has hundreds of thousands of vouchers and that
 * set would cost about 100 bytes each. Numbers are nearly always consecutive integers, so each
 * series keeps a {@link BitSet} (one bit per number up to 2<sup>24</sup>, at most 2 MiB and usually
 * a few KiB). Other numbers of up to nine ASCII characters are packed losslessly into a
 * {@code long} (7 bits each) in an open-addressing hash set of 16 bytes per number; only longer
 * ones fall back to a set of strings. Every tier is exact: a number is never taken for another.
 */
public final class VoucherNumbers {
    private static final int BITSET_LIMIT = 1 << 24;
    private static final int MAX_PACKED_CHARS = 9;

    private final Map<String, Series> bySeries = new HashMap<>();

    /**
     * Records a number; false if this series already had it. An empty number (numbering left to
     * the receiving system) is never a duplicate.
     */
    public boolean add(String series, String number) {
        if (number.isEmpty()) {
            return true;
        }
        return bySeries.computeIfAbsent(series, s -> new Series()).add(number);
    }

    private static final class Series {
        private final BitSet small = new BitSet();
        private LongSet packed;
        private Set<String> others;

        boolean add(String number) {
            int n = smallNumber(number);
            if (n >= 0) {
                if (small.get(n)) {
                    return false;
                }
                small.set(n);
                return true;
            }
            long p = pack(number);
            if (p != 0) {
                if (packed == null) {
                    packed = new LongSet();
                }
                return packed.add(p);
            }
            if (others == null) {
                others = new HashSet<>();
            }
            return others.add(number);
        }
    }

    /** The number if it is written canonically (no sign, no leading zero) and below the limit, else −1. */
    static int smallNumber(String s) {
        if (s.length() > 8 || s.length() > 1 && s.charAt(0) == '0') {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n < BITSET_LIMIT ? n : -1;
    }

    /** Up to nine characters 1–127 as 7-bit groups; 0 when the text does not fit. */
    static long pack(String s) {
        if (s.isEmpty() || s.length() > MAX_PACKED_CHARS) {
            return 0;
        }
        long p = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0 || c > 127) {
                return 0;
            }
            p = p << 7 | c;
        }
        return p;
    }

    /** An open-addressing set of non-zero longs (0 marks a free slot). */
    private static final class LongSet {
        private long[] slots = new long[64];
        private int size;

        boolean add(long value) {
            if (2 * (size + 1) > slots.length) {
                grow();
            }
            if (!insert(slots, value)) {
                return false;
            }
            size++;
            return true;
        }

        private static boolean insert(long[] table, long value) {
            int mask = table.length - 1;
            int i = (int) (value * 0x9E3779B97F4A7C15L >>> 32) & mask;
            while (table[i] != 0) {
                if (table[i] == value) {
                    return false;
                }
                i = (i + 1) & mask;
            }
            table[i] = value;
            return true;
        }

        private void grow() {
            long[] bigger = new long[slots.length * 2];
            for (long v : slots) {
                if (v != 0) {
                    insert(bigger, v);
                }
            }
            slots = bigger;
        }
    }
}

package se.balans.io.ledger;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The voucher numbers seen so far, per series, so that a number used twice in one file is refused.
 *
 * <p>Why not a {@code Set<String>}: a year's ledger has hundreds of thousands of vouchers and that
 * set would cost about 100 bytes each. Numbers are nearly always consecutive integers, so each
 * series keeps the plain numbers below 2<sup>24</sup> as bits, 64 to a block, the blocks in an
 * open-addressing table: a year of consecutive numbers costs a few hundred KiB at most, and memory
 * follows the numbers used, never the largest one (a dense bitset up to the largest number let a
 * 100 KB file of one voucher numbered 16 777 215 in each of 2 000 series take 4 GiB). Other
 * numbers of up to nine ASCII characters are packed losslessly into a {@code long} (7 bits each)
 * in an open-addressing hash set of 16 bytes per number; only longer ones fall back to a set of
 * strings. Every tier is exact: a number is never taken for another.
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
        private final BitBlocks small = new BitBlocks();
        private LongSet packed;
        private Set<String> others;

        boolean add(String number) {
            int n = smallNumber(number);
            if (n >= 0) {
                return small.add(n);
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

    /** Small numbers as bits, 64 to a block, the blocks in an open-addressing table keyed by block + 1 (0 marks a free slot). */
    private static final class BitBlocks {
        private long[] keys = new long[16];
        private long[] bits = new long[16];
        private int size;

        boolean add(int n) {
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            int i = slot(keys, (n >>> 6) + 1L);
            if (keys[i] == 0) {
                keys[i] = (n >>> 6) + 1L;
                size++;
            }
            long bit = 1L << (n & 63);
            if ((bits[i] & bit) != 0) {
                return false;
            }
            bits[i] |= bit;
            return true;
        }

        /** The slot holding {@code key}, or the free slot where it goes. */
        private static int slot(long[] keys, long key) {
            int mask = keys.length - 1;
            int i = (int) (key * 0x9E3779B97F4A7C15L >>> 32) & mask;
            while (keys[i] != 0 && keys[i] != key) {
                i = (i + 1) & mask;
            }
            return i;
        }

        private void grow() {
            long[] biggerKeys = new long[keys.length * 2];
            long[] biggerBits = new long[keys.length * 2];
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != 0) {
                    int j = slot(biggerKeys, keys[i]);
                    biggerKeys[j] = keys[i];
                    biggerBits[j] = bits[i];
                }
            }
            keys = biggerKeys;
            bits = biggerBits;
        }
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

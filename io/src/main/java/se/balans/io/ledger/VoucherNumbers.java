package se.balans.io.ledger;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

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
 *
 * <p>Each number keeps one {@code long} the caller chooses (the SIE reader: a fingerprint of the
 * voucher's content and its line, to tell a double export from a reused number). In a block the
 * values are held in the order of their bits, in an array that grows with the numbers used, so a
 * year of consecutive numbers costs about 8 bytes a voucher more, and a lone number in a block 16.
 */
public final class VoucherNumbers {
    private static final int BITSET_LIMIT = 1 << 24;
    private static final int MAX_PACKED_CHARS = 9;

    /** What {@link #add(String, String, long)} answers for a number not seen before. */
    public static final long ABSENT = LongMap.ABSENT;

    private final Map<String, Series> bySeries = new HashMap<>();

    /**
     * Records a number; false if this series already had it. An empty number (numbering left to
     * the receiving system) is never a duplicate.
     */
    public boolean add(String series, String number) {
        return add(series, number, 0) == ABSENT;
    }

    /**
     * Records a number with a value (anything but {@link #ABSENT}); answers {@link #ABSENT} if the
     * series did not have the number, else the value recorded with it the first time (which is kept).
     * An empty number (numbering left to the receiving system) is never recorded.
     */
    public long add(String series, String number, long value) {
        if (value == ABSENT) {
            throw new IllegalArgumentException("the value ABSENT cannot be recorded");
        }
        if (number.isEmpty()) {
            return ABSENT;
        }
        return bySeries.computeIfAbsent(series, s -> new Series()).add(number, value);
    }

    /** The value recorded with the number, or {@link #ABSENT} if the series does not have it; records nothing. */
    public long get(String series, String number) {
        Series s = number.isEmpty() ? null : bySeries.get(series);
        return s == null ? ABSENT : s.get(number);
    }

    private static final class Series {
        private final BitBlocks small = new BitBlocks();
        private LongMap packed;
        private Map<String, Long> others;

        long add(String number, long value) {
            int n = smallNumber(number);
            if (n >= 0) {
                return small.add(n, value);
            }
            long p = pack(number);
            if (p != 0) {
                if (packed == null) {
                    packed = new LongMap();
                }
                return packed.add(p, value);
            }
            if (others == null) {
                others = new HashMap<>();
            }
            Long before = others.putIfAbsent(number, value);
            return before == null ? ABSENT : before;
        }

        long get(String number) {
            int n = smallNumber(number);
            if (n >= 0) {
                return small.get(n);
            }
            long p = pack(number);
            if (p != 0) {
                return packed == null ? ABSENT : packed.get(p);
            }
            Long value = others == null ? null : others.get(number);
            return value == null ? ABSENT : value;
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

    /**
     * Small numbers as bits, 64 to a block, the blocks in an open-addressing table keyed by block + 1
     * (0 marks a free slot); each block's values in the order of its bits.
     */
    private static final class BitBlocks {
        private long[] keys = new long[16];
        private long[] bits = new long[16];
        private long[][] values = new long[16][];
        private int size;

        long add(int n, long value) {
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            int i = slot(keys, (n >>> 6) + 1L);
            if (keys[i] == 0) {
                keys[i] = (n >>> 6) + 1L;
                values[i] = new long[1];
                size++;
            }
            long bit = 1L << (n & 63);
            int rank = Long.bitCount(bits[i] & (bit - 1));
            if ((bits[i] & bit) != 0) {
                return values[i][rank];
            }
            int count = Long.bitCount(bits[i]);
            long[] v = values[i];
            if (count == v.length) {
                v = Arrays.copyOf(v, Math.min(64, count * 2));
                values[i] = v;
            }
            System.arraycopy(v, rank, v, rank + 1, count - rank);
            v[rank] = value;
            bits[i] |= bit;
            return ABSENT;
        }

        long get(int n) {
            int i = slot(keys, (n >>> 6) + 1L);
            long bit = 1L << (n & 63);
            if (keys[i] == 0 || (bits[i] & bit) == 0) {
                return ABSENT;
            }
            return values[i][Long.bitCount(bits[i] & (bit - 1))];
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
            long[][] biggerValues = new long[keys.length * 2][];
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != 0) {
                    int j = slot(biggerKeys, keys[i]);
                    biggerKeys[j] = keys[i];
                    biggerBits[j] = bits[i];
                    biggerValues[j] = values[i];
                }
            }
            keys = biggerKeys;
            bits = biggerBits;
            values = biggerValues;
        }
    }
}

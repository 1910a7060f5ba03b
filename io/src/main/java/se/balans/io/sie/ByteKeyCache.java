package se.balans.io.sie;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * A small direct-mapped cache from a byte string to what it means (an account's string, an
 * object list's cost centre and dimensions).
 *
 * <p>Why: a ledger repeats a few thousand accounts and object lists millions of times; decoding
 * each occurrence anew is most of the parsing cost, and sharing the results keeps the rows a
 * store buffers small. A slot holds the last key that hashed to it, so memory is fixed (two
 * arrays of 65 536 references): a wide ledger's object lists (cost centre × project) run to
 * thousands, and 4 096 slots evicted them by the row. The hash is mixed, since short digit
 * strings hashed by 31 cluster in the low bits.
 */
final class ByteKeyCache<V> {
    private static final int BITS = 16;
    private static final int SLOTS = 1 << BITS;

    private final byte[][] keys = new byte[SLOTS][];
    private final Object[] values = new Object[SLOTS];

    @SuppressWarnings("unchecked")
    V get(byte[] bytes, int start, int end, Supplier<V> compute) {
        int slot = hash(bytes, start, end) >>> (Integer.SIZE - BITS);
        byte[] key = keys[slot];
        if (key != null && Arrays.equals(key, 0, key.length, bytes, start, end)) {
            return (V) values[slot];
        }
        V value = compute.get();
        keys[slot] = Arrays.copyOfRange(bytes, start, end);
        values[slot] = value;
        return value;
    }

    private static int hash(byte[] bytes, int start, int end) {
        int h = 1;
        for (int i = start; i < end; i++) {
            h = 31 * h + bytes[i];
        }
        return h * 0x9E3779B9;
    }
}

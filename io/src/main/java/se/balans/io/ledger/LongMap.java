package se.balans.io.ledger;

/**
 * An open-addressing map from non-zero {@code long}s (0 marks a free slot) to {@code long}s, for the readers'
 * per-row lookups where boxed keys would cost an object each: packed voucher numbers ({@link VoucherNumbers}) and
 * packed cells ({@link CellIndex}). A key and its value sit side by side, so a lookup touches one cache line.
 */
final class LongMap {
    /** What {@link #add} and {@link #get} answer for a key not present. */
    static final long ABSENT = Long.MIN_VALUE;

    /** Key at {@code 2i}, value at {@code 2i + 1}. */
    private long[] slots = new long[2 * 64];
    private int size;

    /** Records the key's value unless it has one; answers that earlier value, else {@link #ABSENT}. */
    long add(long key, long value) {
        if (2 * (size + 1) > slots.length / 2) {
            grow();
        }
        int i = slot(slots, key);
        if (slots[i] == key) {
            return slots[i + 1];
        }
        slots[i] = key;
        slots[i + 1] = value;
        size++;
        return ABSENT;
    }

    long get(long key) {
        int i = slot(slots, key);
        return slots[i] == key ? slots[i + 1] : ABSENT;
    }

    /** The index of the slot holding {@code key}, or of the free slot where it goes. */
    private static int slot(long[] table, long key) {
        int mask = table.length / 2 - 1;
        int i = (int) (key * 0x9E3779B97F4A7C15L >>> 32) & mask;
        while (table[2 * i] != 0 && table[2 * i] != key) {
            i = (i + 1) & mask;
        }
        return 2 * i;
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (int i = 0; i < slots.length; i += 2) {
            if (slots[i] != 0) {
                int j = slot(bigger, slots[i]);
                bigger[j] = slots[i];
                bigger[j + 1] = slots[i + 1];
            }
        }
        slots = bigger;
    }
}

package se.balans.io.fuzz;

import java.util.List;
import java.util.Random;

/**
 * One input for a reader: the bytes of the file named {@code file} and how they were made, which
 * is what jqwik prints for a failing case (the bytes themselves are saved under
 * {@code target/fuzz-failures}).
 */
record FuzzInput(String file, String how, byte[] bytes) {

    /**
     * The largest input a mutation still works on: damaged files of a few MiB test the readers' size
     * rules well enough, and larger ones would fill the fuzz JVM's small heap with the test's own copies.
     */
    static final int MAX_BYTES = 2 << 20;

    /** A seed file damaged by the mutations in turn, their choices drawn from {@code seed}. */
    static FuzzInput mutate(Seed original, List<Mutation> mutations, long seed) {
        Random random = new Random(seed);
        byte[] b = original.bytes();
        for (Mutation m : mutations) {
            if (b.length > MAX_BYTES) {
                break;
            }
            b = m.apply(b, random);
        }
        return new FuzzInput(original.file(), original.label() + " " + mutations + " seed " + seed, b);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file).append(" <- ").append(how).append(", ").append(bytes.length)
                .append(" bytes: ");
        for (int i = 0; i < Math.min(bytes.length, 120); i++) {
            int c = bytes[i] & 0xFF;
            sb.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\x%02X", c));
        }
        return sb.append(bytes.length > 120 ? "…" : "").toString();
    }
}

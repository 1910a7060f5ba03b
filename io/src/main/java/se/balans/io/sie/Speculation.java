package se.balans.io.sie;

/**
 * Thrown when a part of a file read ahead, in parallel, meets something that only reading in file
 * order can judge (a record that changes the reader's state, the decision of the encoding): the part
 * is then read again in order. Never escapes the parallel read; no stack trace, as it carries none.
 */
final class Speculation extends RuntimeException {
    private static final long serialVersionUID = 1L;

    static final Speculation ABANDONED = new Speculation();

    private Speculation() {
        super("read in file order instead", null, false, false);
    }
}

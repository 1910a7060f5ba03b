package se.balans.io.ledger;

/**
 * Receives what a ledger reader finds, in file order, while it streams the file.
 *
 * <p>Why a sink rather than a list: a region's year is millions of rows and the reader holds only
 * one voucher at a time. The price is that a file can still be refused after the sink has seen
 * part of it (a SIE file's {@code #KSUMMA} is verified at its end; a voucher near the end may not
 * balance): when {@code read} throws, the sink must discard what it received, e.g. roll back its
 * transaction.
 */
public interface LedgerSink {

    /** A balanced voucher, in file order. */
    void voucher(LedgerVoucher v);

    /** What the file says about itself; called once, before any account, dimension, balance or voucher. */
    default void header(LedgerHeader h) {
    }

    /**
     * An account of the chart (kontoplan): {@code #KONTO} merged with its {@code #KTYP} when both
     * come in the account plan; type is T, S, K, I or {@code ""}. An account named again later is
     * passed again with what is then known.
     */
    default void account(String number, String name, String type) {
    }

    /** A dimension ({@code #DIM}, parent {@code ""}) or sub-dimension ({@code #UNDERDIM}). */
    default void dimension(String id, String name, String parent) {
    }

    /** An object (objekt) of a dimension, e.g. a cost centre of dimension 1. */
    default void object(String dimension, String id, String name) {
    }

    /** A balance record. */
    default void balance(BalanceRecord b) {
    }

    /** About every MiB, for a progress bar. */
    default void progress(long bytesRead, long bytesTotal) {
    }
}

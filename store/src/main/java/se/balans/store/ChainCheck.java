package se.balans.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What walking the audit log's hash chain found (kedjekontroll): how many entries were checked, the chain's head
 * — the newest entry and its SHA-256, which an auditor can note in the working papers and compare next time — and
 * every break, the first one first.
 *
 * @param entries how many entries the log holds
 * @param head    the newest entry's number and SHA-256, as the log's entries give it; empty when the log is empty
 * @param breaks  what does not hold, in the order of the log
 */
public record ChainCheck(long entries, Optional<Head> head, List<Break> breaks) {
    public ChainCheck {
        Objects.requireNonNull(head, "head");
        breaks = List.copyOf(breaks);
    }

    /** Whether the chain is whole and every entry's record matches. */
    public boolean ok() {
        return breaks.isEmpty();
    }

    /** The newest entry. */
    public record Head(long entry, String sha256) {
        public Head {
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    /**
     * One thing that does not hold.
     *
     * @param entry      the entry at which it shows (for a record with no entry, the record's own id)
     * @param kind       what kind of break
     * @param subject    the entry's action and subject ("close 2026-02"), {@code ""} for a record with no entry
     * @param recordKind the kind of record concerned ({@code import}, {@code closing}, {@code forecast},
     *                   {@code organisation}), {@code ""} when none
     * @param recordId   the record's id, 0 when none
     * @param what       the details, in English, naming the entry and record and the hashes that differ
     */
    public record Break(long entry, Kind kind, String subject, String recordKind, long recordId, String what) {
        public Break {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(recordKind, "recordKind");
            Objects.requireNonNull(what, "what");
        }
    }

    /** The kinds of break, each a different tampering. */
    public enum Kind {
        /** The entry's fields no longer give its hash: changed after it was written. */
        ALTERED,
        /** The entry does not name the hash of the entry before it: an entry before it was deleted or altered. */
        BROKEN_LINK,
        /** The entry has no hash: written behind the program's back. */
        UNCHAINED,
        /** The rows the entry recorded no longer give the hash it carries: a stored figure was changed. */
        RECORD_CHANGED,
        /** The rows the entry recorded are gone. */
        RECORD_GONE,
        /** An import, closing or forecast that no entry records: its entry was deleted, or it was added by hand. */
        UNRECORDED,
        /** The chain's head does not name the newest entry: entries were deleted from the end, or added. */
        HEAD
    }
}

package se.balans.io.ledger;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What a reader read: counts for the import log, and the checksum it verified.
 *
 * @param file        the file
 * @param format      {@code "SIE"} or {@code "CSV"}
 * @param charset     the encoding detected from the bytes (SIE) or required (CSV: UTF-8);
 *                    US-ASCII for a SIE file without any non-ASCII text
 * @param bytes       the file's size
 * @param lines       its lines
 * @param vouchers    balanced vouchers passed to the sink
 * @param rows        their rows
 * @param checksum    the verified {@code #KSUMMA}, empty when the file has none
 * @param balances    balance records passed to the sink
 * @param ignoredRows {@code #RTRANS} and {@code #BTRANS} rows left out of the vouchers
 * @param header      what the file says about itself
 * @param warnings    what was tolerated rather than refused, in file order: the first
 *                    {@value LedgerWarnings#KEPT} of {@code warningCount}
 * @param warningCount all warnings
 */
public record LedgerFileSummary(Path file, String format, Charset charset, long bytes, long lines, long vouchers,
                                long rows, OptionalLong checksum, long balances, long ignoredRows,
                                LedgerHeader header, List<LedgerWarning> warnings, long warningCount) {

    public LedgerFileSummary {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(checksum, "checksum");
        Objects.requireNonNull(header, "header");
        warnings = List.copyOf(warnings);
    }
}

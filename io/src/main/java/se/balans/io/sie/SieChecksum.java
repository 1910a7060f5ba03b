package se.balans.io.sie;

import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.zip.CRC32;

import se.balans.io.InputFileException;

/**
 * Kontrollsumma ({@code #KSUMMA}): a CRC-32 over the records between the opening {@code #KSUMMA}
 * and the closing {@code #KSUMMA <number>}.
 *
 * <p>For each record, the file's bytes of the label and then of each field value are added:
 * separators, the quotes around a field, braces and line breaks are left out, spaces inside a
 * quoted field are kept, and an escaped {@code \"} counts as the quote alone (see
 * {@link SieLine#addTo}). This is the standard CRC-32 of {@link CRC32}; the two SIE-Gruppen test
 * files that carry a checksum verify with exactly this rule. A mismatch refuses the file, and so
 * does anything after the closing record, since it would not be covered.
 */
final class SieChecksum {
    private enum State { NONE, OPEN, CLOSED }

    private final Path file;
    private final CRC32 crc = new CRC32();
    private State state = State.NONE;
    private long openedAt;
    private long verified = -1;

    SieChecksum(Path file) {
        this.file = file;
    }

    /** Called for every record; an opening or closing {@code #KSUMMA} changes the state. */
    void record(SieLine record, SieLabel label) {
        if (state == State.CLOSED) {
            throw new InputFileException(file, record.line(), label.text(), "record after the closing #KSUMMA: "
                    + "the checksum would not cover it; expected #KSUMMA to be the file's last record");
        }
        if (label == SieLabel.KSUMMA) {
            ksumma(record);
        } else if (state == State.OPEN) {
            record.addTo(crc);
        }
    }

    private void ksumma(SieLine record) {
        long line = record.line();
        if (record.fields() == 0) {
            if (state != State.NONE) {
                throw new InputFileException(file, line, "#KSUMMA", "a second opening #KSUMMA");
            }
            state = State.OPEN;
            openedAt = line;
            return;
        }
        if (state != State.OPEN) {
            throw new InputFileException(file, line, "#KSUMMA", "closing #KSUMMA without the opening #KSUMMA "
                    + "(expected a #KSUMMA without a number near the start of the file)");
        }
        long expected = parse(record, line);
        if (expected != crc.getValue()) {
            throw new InputFileException(file, line, "#KSUMMA", "checksum mismatch: #KSUMMA says " + expected
                    + " but lines " + openedAt + "–" + line + " give " + crc.getValue()
                    + "; the file was changed or damaged after it was written");
        }
        verified = expected;
        state = State.CLOSED;
    }

    private long parse(SieLine record, long line) {
        byte[] b = record.bytes();
        long value = 0;
        int s = record.start(0);
        int e = record.end(0);
        boolean ok = s < e && e - s <= 10 && !record.isList(0);
        for (int i = s; ok && i < e; i++) {
            ok = b[i] >= '0' && b[i] <= '9';
            value = value * 10 + (b[i] - '0');
        }
        if (!ok || value > 0xFFFF_FFFFL) {
            throw new InputFileException(file, line, "#KSUMMA checksum", "expected a CRC-32 from 0 to 4294967295");
        }
        return value;
    }

    /** Refuses a file that ends with the checksum still open. */
    void end(long lastLine) {
        if (state == State.OPEN) {
            throw new InputFileException(file, lastLine, "#KSUMMA", "the file ends without the closing #KSUMMA "
                    + "opened at line " + openedAt + ": truncated file?");
        }
    }

    /** Whether no {@code #KSUMMA} has been met: then records need not be read in order for the checksum. */
    boolean isIdle() {
        return state == State.NONE;
    }

    OptionalLong verified() {
        return verified < 0 ? OptionalLong.empty() : OptionalLong.of(verified);
    }
}

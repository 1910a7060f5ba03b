package se.balans.io.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The ways a real input file is damaged before a reader sees it: what a disk, a transfer, an editor
 * or a careless export does to a file. Each works on bytes, takes its choices from a seeded
 * {@link Random} (so that jqwik can replay and shrink a failing case), and never fails.
 */
enum Mutation {
    /** One bit flipped, as a bad disk or transfer does. */
    FLIP_BIT {
        @Override
        byte[] apply(byte[] b, Random r) {
            if (b.length == 0) {
                return b;
            }
            byte[] out = b.clone();
            out[r.nextInt(out.length)] ^= (byte) (1 << r.nextInt(8));
            return out;
        }
    },
    /** A few bytes overwritten, with random bytes or with bytes that mean something to a parser. */
    OVERWRITE_BYTES {
        @Override
        byte[] apply(byte[] b, Random r) {
            if (b.length == 0) {
                return b;
            }
            byte[] out = b.clone();
            for (int n = 1 + r.nextInt(4); n > 0; n--) {
                out[r.nextInt(out.length)] = interestingByte(r);
            }
            return out;
        }
    },
    INSERT_BYTES {
        @Override
        byte[] apply(byte[] b, Random r) {
            byte[] insert = new byte[1 + r.nextInt(8)];
            for (int i = 0; i < insert.length; i++) {
                insert[i] = interestingByte(r);
            }
            return splice(b, r.nextInt(b.length + 1), 0, insert);
        }
    },
    DELETE_BYTES {
        @Override
        byte[] apply(byte[] b, Random r) {
            if (b.length == 0) {
                return b;
            }
            int at = r.nextInt(b.length);
            return splice(b, at, Math.min(b.length - at, 1 + r.nextInt(16)), new byte[0]);
        }
    },
    /** The file cut off anywhere, as an interrupted copy or download leaves it. */
    TRUNCATE {
        @Override
        byte[] apply(byte[] b, Random r) {
            return Arrays.copyOf(b, b.length == 0 ? 0 : r.nextInt(b.length));
        }
    },
    DUPLICATE_LINE {
        @Override
        byte[] apply(byte[] b, Random r) {
            List<byte[]> lines = lines(b);
            int i = r.nextInt(lines.size());
            int copies = Math.min(r.nextInt(8) == 0 ? 2 + r.nextInt(50) : 1,
                    1 + FuzzInput.MAX_BYTES / Math.max(1, lines.get(i).length));
            for (int n = copies; n > 0; n--) {
                lines.add(i, lines.get(i));
            }
            return join(lines);
        }
    },
    /** A run of lines copied elsewhere: the same voucher, year or row twice. */
    DUPLICATE_BLOCK {
        @Override
        byte[] apply(byte[] b, Random r) {
            List<byte[]> lines = lines(b);
            int from = r.nextInt(lines.size());
            int to = Math.min(lines.size(), from + 1 + r.nextInt(12));
            List<byte[]> block = new ArrayList<>(lines.subList(from, to));
            lines.addAll(r.nextInt(lines.size() + 1), block);
            return join(lines);
        }
    },
    DELETE_LINE {
        @Override
        byte[] apply(byte[] b, Random r) {
            List<byte[]> lines = lines(b);
            lines.remove(r.nextInt(lines.size()));
            return join(lines);
        }
    },
    SWAP_LINES {
        @Override
        byte[] apply(byte[] b, Random r) {
            List<byte[]> lines = lines(b);
            int i = r.nextInt(lines.size());
            int j = r.nextInt(lines.size());
            byte[] t = lines.get(i);
            lines.set(i, lines.get(j));
            lines.set(j, t);
            return join(lines);
        }
    },
    /** Two fields of one line swapped, as a column mix-up in an export does. */
    SWAP_FIELDS {
        @Override
        byte[] apply(byte[] b, Random r) {
            List<byte[]> lines = lines(b);
            int i = r.nextInt(lines.size());
            String line = new String(lines.get(i), StandardCharsets.ISO_8859_1);
            List<String> parts = new ArrayList<>(Arrays.asList(line.split("(?<=[ \t,;])|(?=[ \t,;])", -1)));
            List<Integer> fields = new ArrayList<>();
            for (int p = 0; p < parts.size(); p++) {
                if (!parts.get(p).isEmpty() && " \t,;".indexOf(parts.get(p).charAt(0)) < 0) {
                    fields.add(p);
                }
            }
            if (fields.size() >= 2) {
                int x = fields.get(r.nextInt(fields.size()));
                int y = fields.get(r.nextInt(fields.size()));
                String t = parts.get(x);
                parts.set(x, parts.get(y));
                parts.set(y, t);
                lines.set(i, String.join("", parts).getBytes(StandardCharsets.ISO_8859_1));
            }
            return join(lines);
        }
    },
    /** One digit changed: the file stays well formed, so the rules behind the syntax are reached. */
    CHANGE_DIGIT {
        @Override
        byte[] apply(byte[] b, Random r) {
            byte[] out = b.clone();
            for (int n = 1 + r.nextInt(3); n > 0; n--) {
                int at = find(out, Mutation::isDigit, r);
                if (at >= 0) {
                    out[at] = (byte) ('0' + r.nextInt(10));
                }
            }
            return out;
        }
    },
    /** A number replaced by a huge, tiny, signed or exotic one. */
    HUGE_NUMBER {
        @Override
        byte[] apply(byte[] b, Random r) {
            int digit = find(b, Mutation::isDigit, r);
            int at = digit < 0 ? r.nextInt(b.length + 1) : digit;
            int end = at;
            while (end < b.length && (isDigit(b[end]) || b[end] == '.')) {
                end++;
            }
            while (at > 0 && (isDigit(b[at - 1]) || b[at - 1] == '.' || b[at - 1] == '-')) {
                at--;
            }
            return splice(b, at, end - at, hugeNumber(r).getBytes(StandardCharsets.UTF_8));
        }
    },
    /** A character outside the plain alphabet, mostly as UTF-8, some of it invalid. */
    EXOTIC_UNICODE {
        @Override
        byte[] apply(byte[] b, Random r) {
            byte[][] exotic = exotics();
            int at = r.nextInt(b.length + 1);
            return splice(b, at, at < b.length && r.nextBoolean() ? 1 : 0, exotic[r.nextInt(exotic.length)]);
        }
    },
    /** The whole text saved in another encoding than the one it was written in. */
    WRONG_ENCODING {
        @Override
        byte[] apply(byte[] b, Random r) {
            Charset[] from = {StandardCharsets.UTF_8, Charset.forName("IBM437"), StandardCharsets.ISO_8859_1};
            Charset[] to = {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, Charset.forName("UTF-32"),
                StandardCharsets.ISO_8859_1, Charset.forName("IBM437"), StandardCharsets.UTF_8,
                Charset.forName("windows-1252"), Charset.forName("x-MacRoman")};
            String text = new String(b, from[r.nextInt(from.length)]);
            return text.getBytes(to[r.nextInt(to.length)]);
        }
    },
    /** A byte-order mark, of the right or a wrong kind, at the start or inside. */
    BYTE_ORDER_MARK {
        @Override
        byte[] apply(byte[] b, Random r) {
            byte[][] marks = {{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFF, (byte) 0xFE},
                {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                {(byte) 0xEF, (byte) 0xBB}};
            int at = r.nextInt(4) == 0 ? r.nextInt(b.length + 1) : 0;
            return splice(b, at, 0, marks[r.nextInt(marks.length)]);
        }
    },
    /** Line breaks changed: CR LF, old Mac CR, a mixture, a missing last one, blank lines. */
    LINE_ENDINGS {
        @Override
        byte[] apply(byte[] b, Random r) {
            String[] endings = {"\r\n", "\r", "\n\n", "\r\r\n", "\n\r", "", "\u2028", "\u0085"};
            ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + 64);
            int mode = r.nextInt(3); // 0: every line the same, 1: some lines, 2: only the last
            String all = endings[r.nextInt(endings.length)];
            for (int i = 0; i < b.length; i++) {
                boolean last = i == b.length - 1;
                if (b[i] == '\n' && (mode == 0 || mode == 1 && r.nextInt(4) == 0 || mode == 2 && last)) {
                    out.writeBytes((mode == 0 ? all : endings[r.nextInt(endings.length)]).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(b[i]);
                }
            }
            return out.toByteArray();
        }
    },
    /** A quote added or removed: fields run into each other, or a quoted field never ends. */
    QUOTES {
        @Override
        byte[] apply(byte[] b, Random r) {
            int quote = find(b, c -> c == '"', r);
            if (quote >= 0 && r.nextBoolean()) {
                return splice(b, quote, 1, new byte[0]);
            }
            return splice(b, r.nextInt(b.length + 1), 0, new byte[] {'"'});
        }
    },
    /** A long run of one byte, e.g. a field of many kilobytes. */
    LONG_RUN {
        @Override
        byte[] apply(byte[] b, Random r) {
            byte[] run = new byte[1 + r.nextInt(r.nextBoolean() ? 100 : 200_000)];
            Arrays.fill(run, interestingByte(r));
            return splice(b, r.nextInt(b.length + 1), 0, run);
        }
    };

    /** Damages {@code b} once; returns a new array (or {@code b} itself when nothing could change). */
    abstract byte[] apply(byte[] b, Random r);

    private static final byte[] SPECIAL = {'{', '}', '"', '\\', '#', ' ', '\t', ',', ';', '\n', '\r', 0, 0x1A,
        (byte) 0xC3, (byte) 0x8F, (byte) 0x84, (byte) 0xE5, (byte) 0xFF, '-', '+', '.', '0', '9', 'e', '='};

    static byte interestingByte(Random r) {
        return r.nextBoolean() ? SPECIAL[r.nextInt(SPECIAL.length)] : (byte) r.nextInt(256);
    }

    static String hugeNumber(Random r) {
        return switch (r.nextInt(14)) {
            case 0 -> "9".repeat(17 + r.nextInt(400));
            case 1 -> "1" + "0".repeat(r.nextInt(r.nextBoolean() ? 40 : 100_000));
            case 2 -> "-" + "9".repeat(1 + r.nextInt(60)) + "." + "9".repeat(r.nextInt(40));
            case 3 -> "0." + "0".repeat(r.nextInt(r.nextBoolean() ? 20 : 100_000)) + "1";
            case 4 -> "1e999999999";
            case 5 -> "1E-2147483648";
            case 6 -> "9223372036854775808";
            case 7 -> "-0.00";
            case 8 -> r.nextBoolean() ? "NaN" : "-Infinity";
            case 9 -> "1.";
            case 10 -> ".5";
            case 11 -> "0x1F";
            case 12 -> "1_000";
            default -> "2147483648";
        };
    }

    private static byte[][] exotics() {
        String[] texts = {"\u202E", "\u200B", "\uFEFF", "\u00A0", "\u2212", "\uFF11", "\u0663", "A\u030A",
            "\uD83D\uDCB0", "\u0000", "\u001B[31m", "\u2028", "\u0085", "\u000B", "\u000C", "\u00C5\u00E4\u00F6",
            "\u4E2D", "\u0130", "\u00DF", "\uFFFD", "\uFFFF", "\u061C"};
        byte[][] raw = {{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE2, (byte) 0x82},
            {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xC0, (byte) 0x80},
            {(byte) 0x84}, {(byte) 0xE5}, {(byte) 0x8F, (byte) 0xE5}};
        byte[][] out = new byte[texts.length + raw.length][];
        for (int i = 0; i < texts.length; i++) {
            out[i] = texts[i].getBytes(StandardCharsets.UTF_8);
        }
        System.arraycopy(raw, 0, out, texts.length, raw.length);
        return out;
    }

    static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        byte[] out = new byte[b.length - remove + insert.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(b, at + remove, out, at + insert.length, b.length - at - remove);
        return out;
    }

    /** The lines of {@code b}, each with its line break; at least one (possibly empty) line. */
    static List<byte[]> lines(byte[] b) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n') {
                lines.add(Arrays.copyOfRange(b, start, i + 1));
                start = i + 1;
            }
        }
        if (start < b.length || lines.isEmpty()) {
            lines.add(Arrays.copyOfRange(b, start, b.length));
        }
        return lines;
    }

    static byte[] join(List<byte[]> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        lines.forEach(out::writeBytes);
        return out.toByteArray();
    }

    interface BytePredicate {
        boolean test(byte b);
    }

    static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    /** A position of a byte that passes {@code p}: the first from a random start, wrapping round; −1 if none. */
    static int find(byte[] b, BytePredicate p, Random r) {
        if (b.length == 0) {
            return -1;
        }
        int start = r.nextInt(b.length);
        for (int k = 0; k < b.length; k++) {
            int i = (start + k) % b.length;
            if (p.test(b[i])) {
                return i;
            }
        }
        return -1;
    }
}

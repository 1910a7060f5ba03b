package se.balans.io.fuzz;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Random SIE text: records in roughly the right order with fields of the right kinds and often the
 * wrong values, vouchers that mostly balance, in one of the encodings SIE files come in. It
 * reaches rules that random bytes never get past {@code #FLAGGA} to.
 */
final class SieGrammar implements ReaderTarget.Grammar {
    private static final String[] ACCOUNTS = {"1930", "5010", "3010", "2710", "7010", "0", "99999999", "ÅÄÖ",
        "1930.5", "-1", ""};
    private static final String[] LABELS = {"#ADRESS", "#SRU", "#KPTYP", "#PROSA", "#VALUTA", "#TAXAR", "#OMFATTN",
        "#BKOD", "#FTYP", "#KSUMMA", "#flagga", "#", "#TRANS", "#RTRANS", "#BTRANS", "#VER", "#RAR", "#FLAGGA"};
    private static final Charset[] CHARSETS = {Charset.forName("IBM437"), StandardCharsets.UTF_8,
        StandardCharsets.ISO_8859_1};

    @Override
    public byte[] generate(Random r, Seed like) {
        StringBuilder sb = new StringBuilder();
        if (r.nextInt(12) != 0) {
            sb.append("#FLAGGA ").append(r.nextInt(4) == 0 ? "1" : "0").append('\n');
        }
        if (r.nextInt(5) == 0) {
            sb.append("#KSUMMA\n");
        }
        head(sb, r);
        for (int n = r.nextInt(40); n > 0; n--) {
            body(sb, r);
        }
        if (r.nextInt(8) == 0) {
            sb.append("#KSUMMA ").append(r.nextInt(3) == 0 ? Mutation.hugeNumber(r) : Long.toString(r.nextLong() >>> 32))
                    .append('\n');
        }
        String text = sb.toString();
        if (r.nextInt(4) == 0) {
            text = text.replace("\n", r.nextBoolean() ? "\r\n" : "\t\n");
        }
        return text.getBytes(CHARSETS[r.nextInt(CHARSETS.length)]);
    }

    private static void head(StringBuilder sb, Random r) {
        String[] head = {"#FORMAT PC8", "#SIETYP " + (1 + r.nextInt(4)), "#PROGRAM " + text(r) + " " + text(r),
            "#GEN " + date(r), "#FNAMN " + text(r), "#ORGNR 232100-0222", "#RAR 0 " + date(r) + " " + date(r),
            "#RAR 0 20250101 20251231", "#RAR -1 20240101 20241231", "#RAR 0 \"\" \"\""};
        for (String h : head) {
            if (r.nextInt(3) != 0) {
                sb.append(h).append('\n');
            }
        }
    }

    private static void body(StringBuilder sb, Random r) {
        switch (r.nextInt(12)) {
            case 0 -> sb.append("#KONTO ").append(account(r)).append(' ').append(text(r));
            case 1 -> sb.append("#KTYP ").append(account(r)).append(' ').append("TSKI".charAt(r.nextInt(4)));
            case 2 -> sb.append("#DIM ").append(r.nextInt(3) == 0 ? text(r) : Integer.toString(r.nextInt(30)))
                    .append(' ').append(text(r));
            case 3 -> sb.append("#UNDERDIM ").append(r.nextInt(30)).append(' ').append(text(r)).append(' ')
                    .append(r.nextInt(30));
            case 4 -> sb.append("#OBJEKT ").append(r.nextInt(10)).append(' ').append(text(r)).append(' ').append(text(r));
            case 5 -> sb.append(new String[] {"#IB", "#UB", "#RES"}[r.nextInt(3)]).append(' ').append(yearIndex(r))
                    .append(' ').append(account(r)).append(' ').append(amount(r));
            case 6 -> sb.append(new String[] {"#OIB", "#OUB"}[r.nextInt(2)]).append(' ').append(yearIndex(r))
                    .append(' ').append(account(r)).append(' ').append(objects(r)).append(' ').append(amount(r));
            case 7 -> sb.append(r.nextBoolean() ? "#PSALDO " : "#PBUDGET ").append(yearIndex(r)).append(' ')
                    .append(r.nextInt(5) == 0 ? "202513" : "2025" + String.format("%02d", 1 + r.nextInt(12)))
                    .append(' ').append(account(r)).append(' ').append(objects(r)).append(' ').append(amount(r))
                    .append(r.nextBoolean() ? " " + amount(r) : "");
            case 8 -> sb.append(LABELS[r.nextInt(LABELS.length)]).append(' ').append(text(r));
            case 9 -> sb.append(r.nextBoolean() ? "{" : r.nextBoolean() ? "}" : "");
            default -> voucher(sb, r);
        }
        sb.append('\n');
    }

    private static void voucher(StringBuilder sb, Random r) {
        sb.append("#VER ").append(r.nextInt(4) == 0 ? "\"\"" : "ABC".charAt(r.nextInt(3))).append(' ')
                .append(r.nextInt(5) == 0 ? "\"\"" : Integer.toString(r.nextInt(20))).append(' ').append(date(r))
                .append(r.nextBoolean() ? " " + text(r) : "").append('\n');
        if (r.nextInt(15) != 0) {
            sb.append("{\n");
        }
        long sum = 0;
        int rows = r.nextInt(7);
        for (int i = 0; i < rows; i++) {
            long ore = r.nextInt(2_000_000) - 1_000_000;
            boolean last = i == rows - 1 && r.nextInt(4) != 0;
            if (last) {
                ore = -sum;
            }
            sum += ore;
            String label = r.nextInt(10) == 0 ? (r.nextBoolean() ? "#RTRANS " : "#BTRANS ") : "#TRANS ";
            String row = account(r) + " " + objects(r) + " " + (r.nextInt(10) == 0 ? amount(r) : cents(ore))
                    + (r.nextBoolean() ? " " + date(r) : "") + (r.nextBoolean() ? " " + text(r) : "");
            sb.append(r.nextBoolean() ? "\t" : "").append(label).append(row).append('\n');
            if (label.equals("#RTRANS ") && r.nextBoolean()) {
                sb.append("#TRANS ").append(row).append('\n');
            }
        }
        if (r.nextInt(15) != 0) {
            sb.append("}");
        }
    }

    private static String account(Random r) {
        return r.nextInt(4) == 0 ? ACCOUNTS[r.nextInt(ACCOUNTS.length)] : Integer.toString(1000 + r.nextInt(9000));
    }

    private static String yearIndex(Random r) {
        return new String[] {"0", "0", "-1", "1", "-", "1000", "x"}[r.nextInt(7)];
    }

    private static String date(Random r) {
        return switch (r.nextInt(10)) {
            case 0 -> new String[] {"20251301", "20250230", "2025-01-01", "\"\"", "00000000", "99991231", "2025011",
                "202501011"}[r.nextInt(8)];
            case 1 -> String.format("%04d%02d%02d", 2024 + r.nextInt(3), 1 + r.nextInt(12), 1 + r.nextInt(28));
            default -> String.format("2025%02d%02d", 1 + r.nextInt(12), 1 + r.nextInt(28));
        };
    }

    private static String amount(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> Mutation.hugeNumber(r);
            case 1 -> new String[] {"1.005", "10.500", "-0", "+5", "1e3", "1,50", "", "\"12.00\"", "1.2.3"}[r.nextInt(9)];
            default -> cents(r.nextInt(2_000_000) - 1_000_000);
        };
    }

    private static String cents(long ore) {
        return (ore < 0 ? "-" : "") + Math.abs(ore) / 100 + "." + String.format("%02d", Math.abs(ore) % 100);
    }

    private static String objects(Random r) {
        return new String[] {"{}", "{1 \"100\"}", "{1 \"100\" 6 \"P1\"}", "{6 \"SÄLJ\" 1 200}", "{1 \"1\" 1 \"2\"}",
            "{1}", "{x \"y\"}", "{", "{1 {2}}", "", "{1 \"\"}", "{999999 a}", "{1234567 a}"}[r.nextInt(13)];
    }

    private static String text(Random r) {
        return new String[] {"\"Hyra\"", "\"Lön för maj\"", "\"\\\"citat\\\"\"", "\"\"", "Ord", "\"oavslutad",
            "\"a\"b\"", "\"Årsta\"", "\"\\\\\"", "\"tab\there\"", "\"x\" ", "é"}[r.nextInt(12)];
    }
}

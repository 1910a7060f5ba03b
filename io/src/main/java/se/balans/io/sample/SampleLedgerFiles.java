package se.balans.io.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.LongConsumer;

import se.balans.engine.organisation.Organisation;

/**
 * Writes a generated sample ledger, one file per fiscal year, as SIE 4 (the format a region's
 * ledger system exports), as the CSV ledger format, or as a ledger/hledger journal (for the
 * benchmark, which times the same postings in all three programs).
 *
 * <p>Only the SIE file states the year's opening balances ({@code #IB 0}, after the account plan):
 * the CSV format has no such record, and the journal keeps to the SIE file's transactions, so
 * both carry the vouchers alone; their balance-sheet accounts show the year's movements.
 */
public final class SampleLedgerFiles {

    /** The output formats. */
    public enum Format {
        SIE("se"), CSV("csv"), JOURNAL("journal");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    private static final Charset CP437 = Charset.forName("IBM437");
    private static final DateTimeFormatter SIE_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private SampleLedgerFiles() {
    }

    /**
     * Writes each year of the outline to {@code dir}/{@code prefix}-{@code year}.{@code ext}.
     *
     * @param rowsWritten receives the running number of transaction rows, for progress
     */
    public static List<Path> write(LedgerOutline outline, SampleLedgerGenerator.Options options, Path dir,
                                   String prefix, Organisation company, Format format, LongConsumer rowsWritten) {
        List<Path> out = new ArrayList<>();
        long[] rows = {0};
        try {
            Files.createDirectories(dir);
            LedgerOutline.Year before = null;
            SortedMap<String, Long> closing = null;
            for (LedgerOutline.Year y : outline.years().values()) {
                SortedMap<String, Long> opening = before != null && y.previous() == before
                        ? SampleLedgerGenerator.carriedForward(closing) : SampleLedgerGenerator.opening(y, options);
                Path file = dir.resolve(prefix + "-" + y.year() + "." + format.extension());
                Path tmp = dir.resolve(file.getFileName() + ".tmp");
                try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp),
                        format == Format.SIE ? CP437 : StandardCharsets.UTF_8), 1 << 16)) {
                    YearMonth last = YearMonth.of(y.year(), y.operatingResult().lastKey());
                    switch (format) {
                        case SIE -> sieHeader(w, y.year(), last, company, opening, projects(y, outline));
                        case CSV -> w.write("date,series,voucher,account,cost_centre,amount,text\n");
                        case JOURNAL -> w.write("; " + company.name() + " " + y.year() + ", generated sample ledger\n");
                    }
                    closing = SampleLedgerGenerator.generate(y, options, opening, v -> {
                        try {
                            switch (format) {
                                case SIE -> sieVoucher(w, v);
                                case CSV -> csvVoucher(w, v);
                                case JOURNAL -> journalVoucher(w, v);
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        rows[0] += v.rows().size();
                        rowsWritten.accept(rows[0]);
                    });
                    before = y;
                }
                Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                out.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The projects the year books, with their names from the register (the code when it names none). */
    private static Map<String, String> projects(LedgerOutline.Year y, LedgerOutline outline) {
        Map<String, String> out = new java.util.TreeMap<>();
        y.projects().values().forEach(byProject -> byProject.keySet().forEach(p ->
                out.put(p, outline.projectNames().getOrDefault(p, p))));
        return out;
    }

    private static void sieHeader(Writer w, int year, YearMonth last, Organisation company,
                                  Map<String, Long> opening, Map<String, String> projects) throws IOException {
        w.write("#FLAGGA 0\n#FORMAT PC8\n#SIETYP 4\n#PROGRAM \"Balans sample-ledger\" 1\n");
        w.write("#GEN " + last.atEndOfMonth().format(SIE_DATE) + "\n");
        w.write("#FNAMN " + quote(company.name()) + "\n#ORGNR " + company.number() + "\n");
        w.write("#RAR 0 " + LocalDate.of(year, 1, 1).format(SIE_DATE) + " " + LocalDate.of(year, 12, 31).format(SIE_DATE)
                + "\n#VALUTA SEK\n");
        for (Map.Entry<String, String> a : SampleLedgerGenerator.accountNames().entrySet()) {
            w.write("#KONTO " + a.getKey() + " " + quote(a.getValue()) + "\n");
        }
        w.write("#DIM 1 \"Kostnadsställe\"\n");
        for (Map.Entry<String, String> c : SampleLedgerGenerator.costCentreNames().entrySet()) {
            w.write("#OBJEKT 1 " + quote(c.getKey()) + " " + quote(c.getValue()) + "\n");
        }
        if (!projects.isEmpty()) {
            w.write("#DIM 6 \"Projekt\"\n");
            for (Map.Entry<String, String> p : projects.entrySet()) {
                w.write("#OBJEKT 6 " + quote(p.getKey()) + " " + quote(p.getValue()) + "\n");
            }
        }
        for (Map.Entry<String, Long> b : opening.entrySet()) {
            StringBuilder sb = new StringBuilder("#IB 0 ").append(b.getKey()).append(' ');
            amount(sb, b.getValue());
            w.write(sb.append('\n').toString());
        }
    }

    private static void sieVoucher(Writer w, SampleVoucher v) throws IOException {
        StringBuilder sb = new StringBuilder(64 + 48 * v.rows().size());
        sb.append("#VER ").append(v.series()).append(' ').append(v.number()).append(' ')
                .append(v.date().format(SIE_DATE)).append(' ').append(quote(v.text())).append("\n{\n");
        for (SampleVoucher.Row r : v.rows()) {
            sb.append("   #TRANS ").append(r.account()).append(" {");
            if (!r.costCentre().isEmpty()) {
                sb.append("1 \"").append(r.costCentre()).append('"');
            }
            if (!r.project().isEmpty()) {
                sb.append(r.costCentre().isEmpty() ? "" : " ").append("6 ").append(quote(r.project()));
            }
            sb.append("} ");
            amount(sb, r.ore());
            sb.append('\n');
        }
        sb.append("}\n");
        w.write(sb.toString());
    }

    private static void csvVoucher(Writer w, SampleVoucher v) throws IOException {
        StringBuilder sb = new StringBuilder();
        String date = v.date().toString();
        for (SampleVoucher.Row r : v.rows()) {
            sb.append(date).append(',').append(v.series()).append(',').append(v.number()).append(',')
                    .append(r.account()).append(',').append(r.costCentre()).append(',');
            amount(sb, r.ore());
            sb.append(',').append(v.text()).append('\n');
        }
        w.write(sb.toString());
    }

    private static void journalVoucher(Writer w, SampleVoucher v) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append(v.date()).append(" * ").append(v.series()).append(v.number()).append(' ').append(v.text()).append('\n');
        for (SampleVoucher.Row r : v.rows()) {
            sb.append("    ").append(r.account());
            if (!r.costCentre().isEmpty()) {
                sb.append(':').append(r.costCentre());
            }
            sb.append("  ");
            amount(sb, r.ore());
            sb.append(" SEK\n");
        }
        sb.append('\n');
        w.write(sb.toString());
    }

    /** Öre as kronor with two decimals: -12345 → "-123.45". */
    static void amount(StringBuilder sb, long ore) {
        if (ore < 0) {
            sb.append('-');
        }
        long abs = Math.abs(ore);
        sb.append(abs / 100).append('.');
        long cents = abs % 100;
        if (cents < 10) {
            sb.append('0');
        }
        sb.append(cents);
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

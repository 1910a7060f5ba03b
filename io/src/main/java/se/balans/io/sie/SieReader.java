package se.balans.io.sie;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.balans.io.InputFileException;
import se.balans.io.ledger.BalanceRecord;
import se.balans.io.ledger.ByteLineReader;
import se.balans.engine.ledger.Dimensions;
import se.balans.io.ledger.FiscalYear;
import se.balans.io.ledger.LedgerAmounts;
import se.balans.io.ledger.LedgerFiles;
import se.balans.io.ledger.LedgerFileSummary;
import se.balans.io.ledger.LedgerHeader;
import se.balans.io.ledger.LedgerReadOptions;
import se.balans.io.ledger.LedgerRow;
import se.balans.io.ledger.LedgerSink;
import se.balans.io.ledger.LedgerWarnings;
import se.balans.io.ledger.VoucherAssembler;

/**
 * Reads a SIE 4 file (types 1–4 and 4I) as a stream into a {@link LedgerSink}.
 *
 * <p>Read: {@code #FLAGGA #FORMAT #SIETYP #PROGRAM #GEN #FNAMN #ORGNR #RAR} (the header),
 * {@code #KONTO #KTYP} (accounts), {@code #DIM #UNDERDIM #OBJEKT} (dimensions and objects),
 * {@code #IB #UB #OIB #OUB #RES #PSALDO #PBUDGET} (balances), {@code #VER} with its {@code #TRANS}
 * rows (vouchers) and {@code #KSUMMA} (verified, see {@link SieChecksum}). {@code #RTRANS} (a row
 * added afterwards) and {@code #BTRANS} (a row removed) are history: SIE 4B writes an added row
 * as {@code #RTRANS} followed by the same row as {@code #TRANS}, so both are left out and the
 * {@code #TRANS} counts; an {@code #RTRANS} without its copy is refused, because the row would be
 * lost. Other labels are skipped, as SIE asks of readers.
 *
 * <p>Why one pass over bytes: a region's year is millions of rows. The reader holds one line and
 * one voucher, decodes only the fields it passes on (the encoding is found from the bytes, see
 * {@link SieText}) and caches repeated accounts and object lists. The price: the checksum at the
 * end is verified after the sink has seen the records, so a sink must discard what it received
 * when this throws.
 *
 * <p>Every bad input throws an {@link InputFileException} naming the file, line and field (the
 * label and field name, e.g. {@code #TRANS amount}) and what was expected: amounts with more than
 * two decimals, vouchers that do not balance, a voucher number used twice in a series, dates
 * outside {@code #RAR 0} or the caller's range, lines over the length limit, control bytes,
 * mixed encodings, a file that ends inside a voucher or before its closing {@code #KSUMMA}.
 *
 * <p>Lenient where it is harmless: records that do not change the ledger are tolerated with a
 * warning ({@link LedgerFileSummary#warnings()}) when real exports get them wrong — {@code #ORGNR}
 * without a number, {@code #KTYP} without its type, a {@code #PBUDGET} that cannot be read (left
 * out: Balans takes budgets from its own files), quotes SIE would have escaped in {@code #KONTO},
 * {@code #KTYP}, {@code #PBUDGET}, {@code #ORGNR} and the records it skips. A voucher number used
 * again in its series is a warning when the voucher differs (BL Administration's periodic vouchers)
 * and refused when it repeats an earlier one exactly (a double export), see
 * {@link VoucherAssembler#allowReusedNumbers}. Vouchers, rows, dates, accounts, amounts, objects and
 * the balances Balans reads stay strict.
 */
public final class SieReader {
    private static final long PROGRESS_STEP = 1 << 20;
    /** A chart of accounts has thousands; the limit keeps a hostile file from growing memory. */
    private static final int MAX_ACCOUNTS = 200_000;
    private static final String[] NO_OBJECTS = {"", ""};
    private static final VoucherAssembler.Fields FIELDS = new VoucherAssembler.Fields("#VER number",
            "#VER date", "#TRANS date", "#TRANS", " in its series: a series must not use a number twice in one file");
    private static final String TRANS_FORM = "#TRANS account {objects} amount [date] [text] [quantity] [sign]";

    private enum VoucherState { NONE, EXPECT_OPEN, OPEN }

    /**
     * What a part of the file read ahead starts from: what the head of the file (everything before
     * its first voucher) decided, see {@link ParallelSieReader}.
     */
    record Head(SieText.Decision text, List<FiscalYear> fiscalYears, long records) {
        Head {
            fiscalYears = List.copyOf(fiscalYears);
        }
    }

    private final Path file;
    private final LedgerSink sink;
    private final SieText text;
    private final SieLine record;
    private final SieChecksum checksum;
    private final VoucherAssembler vouchers;
    private final ByteKeyCache<String> accountCache = new ByteKeyCache<>();
    private final ByteKeyCache<String[]> objectCache = new ByteKeyCache<>();
    private final LedgerWarnings warnings = new LedgerWarnings();
    /** Whether this reads a part of the file ahead: then it refuses what only a read in order may judge. */
    private final boolean part;
    private final long firstRecords;

    private String format = "";
    private String sieType = "";
    private String program = "";
    private String programVersion = "";
    private LocalDate generated;
    private String companyName = "";
    private String organisationNumber = "";
    private long companyNameLine;
    private long organisationNumberLine;
    private final List<FiscalYear> fiscalYears = new ArrayList<>();
    private boolean headerSent;

    private final Map<String, String[]> accounts = new LinkedHashMap<>();
    private boolean accountsSent;

    private VoucherState voucherState = VoucherState.NONE;
    private LocalDate voucherDate;
    private byte[] addedRow;
    private long addedRowLine;
    private long records;
    private long balances;
    private long ignoredRows;
    private int lastDateKey = -1;
    private LocalDate lastDate;
    private long nextProgress = PROGRESS_STEP;

    SieReader(Path file, LedgerSink sink, LedgerReadOptions options) {
        this(file, sink, options, new SieText(file), false, 0);
    }

    /**
     * A reader of a later part of the file, set up as the head left the reader of the whole: it reads
     * vouchers only, and throws {@link Speculation} at anything else that changes state (see
     * {@link #adopt}).
     */
    static SieReader part(Path file, LedgerSink sink, LedgerReadOptions options, Head head) {
        SieReader r = new SieReader(file, sink, options, SieText.frozen(file, head.text()), true, head.records());
        r.headerSent = true;
        r.accountsSent = true;
        head.fiscalYears().forEach(r::addFiscalYear);
        r.vouchers.logNumbers();
        return r;
    }

    private SieReader(Path file, LedgerSink sink, LedgerReadOptions options, SieText text, boolean part, long records) {
        this.file = file;
        this.sink = sink;
        this.text = text;
        this.part = part;
        this.records = records;
        this.firstRecords = records;
        this.record = new SieLine(file);
        this.checksum = new SieChecksum(file);
        this.vouchers = new VoucherAssembler(file, sink, FIELDS, options);
        this.vouchers.allowReusedNumbers(warnings);
    }

    /** Reads the file with the default limits. */
    public static LedgerFileSummary read(Path file, LedgerSink sink) {
        return read(file, sink, LedgerReadOptions.DEFAULTS);
    }

    /**
     * Reads the file into the sink.
     *
     * @throws InputFileException for every bad input, naming file, line and field
     */
    public static LedgerFileSummary read(Path file, LedgerSink sink, LedgerReadOptions options) {
        return new SieReader(file, sink, options).run(options);
    }

    private LedgerFileSummary run(LedgerReadOptions options) {
        long total = LedgerFiles.size(file);
        try (ByteLineReader lines = new ByteLineReader(file, options.maxLineBytes())) {
            readLines(lines, total, false);
            return finish(total, lines.lineNumber());
        }
    }

    /**
     * Reads lines until they end (false), or with {@code stopAtVoucher} until a line that starts a
     * voucher while this reader {@linkplain #isBetweenVouchers is between vouchers} (true; that line
     * is left unread). Progress is told when {@code total} (the file's size) is not negative.
     */
    boolean readLines(ByteLineReader lines, long total, boolean stopAtVoucher) {
        while (lines.next()) {
            if (total >= 0 && lines.bytesRead() >= nextProgress) {
                sink.progress(Math.min(lines.bytesRead(), total), total);
                nextProgress = lines.bytesRead() + PROGRESS_STEP;
            }
            if (stopAtVoucher && isBetweenVouchers() && SieChunks.startsVoucher(lines.bytes(), lines.start(),
                    lines.end())) {
                return true;
            }
            line(lines.bytes(), lines.start(), lines.end(), lines.lineNumber());
        }
        return false;
    }

    /** Checks the end of a file of {@code lines} lines and {@code total} bytes, and says what was read. */
    LedgerFileSummary finish(long total, long lines) {
        end(Math.max(1, lines));
        sink.progress(total, total);
        return new LedgerFileSummary(file, "SIE", text.charset(), total, lines, vouchers.vouchers(),
                vouchers.rows(), checksum.verified(), balances, ignoredRows, header(), warnings.kept(), warnings.count());
    }

    /**
     * Whether the next voucher's lines may be read elsewhere: no voucher is open and no checksum
     * needs every record in order.
     */
    boolean isBetweenVouchers() {
        return voucherState == VoucherState.NONE && checksum.isIdle();
    }

    /** What a part read ahead from here would start from. */
    Head head() {
        return new Head(text.decision(), fiscalYears, records);
    }

    /**
     * Takes over what {@code p}, a {@linkplain #part part} read ahead from this reader's
     * {@link #head()}, read — its counts and voucher numbers; the caller adds its sums — as if this
     * reader had read its lines now. Refuses, changing nothing, unless that is exactly what reading
     * them would have done: the part ended between vouchers without a warning, this reader is
     * between vouchers too, and no voucher number of the part was used before it.
     *
     * <p>Why that suffices: a part throws {@link Speculation} at every record but vouchers and
     * skipped ones, and at text that would decide the encoding; what else it depends on (the fiscal
     * years, the encoding once decided) does not change after the head.
     */
    boolean adopt(SieReader p) {
        if (!p.part || p.voucherState != VoucherState.NONE || p.warnings.count() > 0 || !isBetweenVouchers()
                || !vouchers.adopt(p.vouchers)) {
            return false;
        }
        sendHeader();
        sendAccounts();
        records += p.records - p.firstRecords;
        ignoredRows += p.ignoredRows;
        return true;
    }

    private void line(byte[] b, int start, int end, long n) {
        int s = n == 1 ? afterByteOrderMark(b, start, end) : start;
        while (s < end && (b[s] == ' ' || b[s] == '\t')) {
            s++;
        }
        if (s == end) {
            return;
        }
        byte c = b[s];
        if ((c == '{' || c == '}') && isBlank(b, s + 1, end)) {
            brace(c, n);
            return;
        }
        if (c == 0x1A && isDosEndOfFile(b, s, end)) {
            return;
        }
        if (c != '#') {
            throw new InputFileException(file, n, null, records == 0
                    ? "not a SIE file: expected #FLAGGA as the first record"
                    : "expected a record starting with '#', or the '{' or '}' around a voucher's rows");
        }
        SieLabel label = SieLabel.of(b, s, labelEnd(b, s, end));
        try {
            record.parse(b, s, end, n, label.isHarmless());
        } catch (InputFileException strict) {
            if (!quoteInRowText(label, b, s, end, n)) {
                throw strict;
            }
        }
        if (records++ == 0 && label != SieLabel.FLAGGA) {
            throw new InputFileException(file, n, null, "not a SIE file: expected #FLAGGA as the first record, found "
                    + labelText(b, s));
        }
        if (part && label == SieLabel.KSUMMA) {
            throw Speculation.ABANDONED;
        }
        checksum.record(record, label);
        if (record.hadStrayQuotes() && label.isHarmless()) {
            warn(label == SieLabel.OTHER ? labelText(b, s) : label.text(), "a quote inside a field that SIE writes as \\\" (or an unclosed quote): read as "
                    + "part of the text; the record does not change the ledger");
        }
        switch (label) {
            case TRANS, RTRANS, BTRANS -> row(label);
            default -> other(label);
        }
    }

    private int afterByteOrderMark(byte[] b, int s, int e) {
        if (e - s >= 2 && (b[s] == (byte) 0xFF && b[s + 1] == (byte) 0xFE || b[s] == (byte) 0xFE && b[s + 1] == (byte) 0xFF)) {
            throw new InputFileException(file, 1L, null, "UTF-16 text: expected a SIE file in CP437 (PC8), Latin-1 "
                    + "or UTF-8");
        }
        if (e - s >= 3 && b[s] == (byte) 0xEF && b[s + 1] == (byte) 0xBB && b[s + 2] == (byte) 0xBF) {
            text.byteOrderMark(1);
            return s + 3;
        }
        return s;
    }

    private static boolean isBlank(byte[] b, int s, int e) {
        for (int i = s; i < e; i++) {
            if (b[i] != ' ' && b[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    /** DOS programs end a text file with Ctrl-Z bytes. */
    private static boolean isDosEndOfFile(byte[] b, int s, int e) {
        for (int i = s; i < e; i++) {
            if (b[i] != 0x1A) {
                return false;
            }
        }
        return true;
    }

    /** The end of the label that starts at {@code s}. */
    private static int labelEnd(byte[] b, int s, int e) {
        int i = s;
        while (i < e && b[i] != ' ' && b[i] != '\t' && b[i] != '"' && b[i] != '{' && b[i] != '}') {
            i++;
        }
        return i;
    }

    private static String labelText(byte[] b, int s) {
        int e = s;
        while (e < b.length && e - s < 40 && b[e] > ' ') {
            e++;
        }
        return new String(b, s, e - s, StandardCharsets.ISO_8859_1);
    }

    private void end(long lastLine) {
        if (records == 0) {
            throw new InputFileException(file, 1L, null, "empty file: expected a SIE file starting with #FLAGGA");
        }
        if (voucherState != VoucherState.NONE) {
            throw new InputFileException(file, lastLine, "#VER", "the file ends inside voucher " + vouchers.label()
                    + " (line " + vouchers.line() + "): expected its rows and a closing '}'; truncated file?");
        }
        checksum.end(lastLine);
        sendHeader();
        sendAccounts();
    }

    // --- vouchers -------------------------------------------------------------------------

    private void brace(byte c, long n) {
        if (c == '{') {
            if (voucherState != VoucherState.EXPECT_OPEN) {
                throw new InputFileException(file, n, null, "unexpected '{': it opens the rows of the #VER just before it");
            }
            voucherState = VoucherState.OPEN;
            return;
        }
        if (voucherState != VoucherState.OPEN) {
            throw new InputFileException(file, n, null, "unexpected '}': it closes the rows of a #VER");
        }
        requireNoAddedRow();
        vouchers.finish();
        voucherState = VoucherState.NONE;
    }

    private void voucher() {
        sendHeader();
        sendAccounts();
        int seriesEnd = requireScalar(0, "#VER series");
        String series = accountCache.get(record.bytes(), record.start(0), seriesEnd, () -> decode(0, "#VER series"));
        String number = decode(requireIndex(1, "#VER number"), "#VER number");
        LocalDate date = date(requireIndex(2, "#VER date"), "#VER date");
        if (date == null) {
            throw error("#VER date", "a voucher date is required (yyyymmdd)");
        }
        voucherDate = date;
        vouchers.begin(series, number, date, optionalText(3, "#VER text"), record.line());
        voucherState = VoucherState.EXPECT_OPEN;
    }

    private void row(SieLabel label) {
        if (voucherState != VoucherState.OPEN) {
            throw error(label.text(), label.text() + " outside a voucher: expected it between the '{' and '}' after a #VER");
        }
        if (record.fields() == 0) {
            throw error(label.text() + " account", "missing: expected " + TRANS_FORM);
        }
        int identity = record.isList(1) ? 3 : 2;
        if (addedRow != null) {
            if (label != SieLabel.TRANS || !Arrays.equals(addedRow, record.values(0, identity))) {
                requireNoAddedRow();
            }
            addedRow = null;
        }
        if (label == SieLabel.RTRANS) {
            addedRow = record.values(0, identity);
            addedRowLine = record.line();
        }
        if (label != SieLabel.TRANS) {
            ignoredRows++;
            return;
        }
        int f = 0;
        String account = account(f++, "#TRANS account");
        String[] objects = record.isList(f) ? objects(f++, "#TRANS objects") : NO_OBJECTS;
        long ore = ore(f++, "#TRANS amount");
        LocalDate date = date(f++, "#TRANS date");
        String rowText = optionalText(f, "#TRANS text");
        vouchers.add(new LedgerRow(account, objects[0], objects[1], ore, date == null ? voucherDate : date, rowText),
                record.line());
    }

    private void requireNoAddedRow() {
        if (addedRow != null) {
            throw new InputFileException(file, addedRowLine, "#RTRANS", "#RTRANS in voucher " + vouchers.label()
                    + " is not followed by the same row as #TRANS: SIE writes an added row as #RTRANS and then #TRANS, "
                    + "and only the #TRANS is booked");
        }
    }

    // --- everything but rows --------------------------------------------------------------

    private void other(SieLabel label) {
        if (part && label != SieLabel.VER && label != SieLabel.OTHER) {
            throw Speculation.ABANDONED;
        }
        if (voucherState == VoucherState.EXPECT_OPEN) {
            throw error(label.text(), "expected '{' on the line after #VER (line " + vouchers.line() + ")");
        }
        if (voucherState == VoucherState.OPEN) {
            if (label == SieLabel.OTHER) {
                return;
            }
            throw error(label.text(), "voucher " + vouchers.label() + " (line " + vouchers.line()
                    + ") is not closed: expected '}' before " + label.text());
        }
        if (label.isHead()) {
            head(label);
        } else if (label.endsHead()) {
            sendHeader();
            body(label);
        }
    }

    private void body(SieLabel label) {
        switch (label) {
            case KONTO -> account(account(0, "#KONTO account"), optionalText(1, "#KONTO name"), null);
            case KTYP -> tolerated("the account type is left out", () -> account(account(0, "#KTYP account"), null,
                    decode(requireIndex(1, "#KTYP type"), "#KTYP type")));
            case DIM -> sink.dimension(decode(requireIndex(0, "#DIM dimension"), "#DIM dimension"),
                    optionalText(1, "#DIM name"), "");
            case UNDERDIM -> sink.dimension(decode(requireIndex(0, "#UNDERDIM dimension"), "#UNDERDIM dimension"),
                    optionalText(1, "#UNDERDIM name"),
                    decode(requireIndex(2, "#UNDERDIM parent"), "#UNDERDIM parent"));
            case OBJEKT -> sink.object(decode(requireIndex(0, "#OBJEKT dimension"), "#OBJEKT dimension"),
                    decode(requireIndex(1, "#OBJEKT object"), "#OBJEKT object"), optionalText(2, "#OBJEKT name"));
            case PBUDGET -> tolerated("the record is left out (Balans takes budgets from its own files)",
                    () -> balance(BalanceRecord.Kind.PBUDGET));
            case IB, UB, OIB, OUB, RES, PSALDO -> balance(BalanceRecord.Kind.valueOf(label.name()));
            case VER -> voucher();
            default -> throw new IllegalStateException("not a body record: " + label);
        }
    }

    private void balance(BalanceRecord.Kind kind) {
        sendAccounts();
        String l = "#" + kind.name();
        int f = 0;
        int year = yearIndex(f++, l + " year");
        YearMonth period = kind.isPeriodic() ? period(f++, l + " period") : null;
        String account = account(f++, l + " account");
        String[] objects = record.isList(f) ? objects(f++, l + " objects") : NO_OBJECTS;
        BigDecimal amount = amount(f++, l + " amount");
        BigDecimal quantity = quantity(f, l + " quantity");
        sink.balance(new BalanceRecord(kind, year, period, account, objects[0], objects[1], amount, quantity,
                record.line()));
        balances++;
    }

    private void account(String number, String name, String type) {
        String[] a = accounts.get(number);
        if (a == null) {
            if (accounts.size() >= MAX_ACCOUNTS) {
                throw error("#KONTO", "more than " + MAX_ACCOUNTS + " accounts: not a chart of accounts");
            }
            a = new String[] {"", ""};
            accounts.put(number, a);
        }
        if (name != null) {
            a[0] = name;
        }
        if (type != null) {
            a[1] = type;
        }
        if (accountsSent) {
            sink.account(number, a[0], a[1]);
        }
    }

    /** The account plan is passed on merged (#KONTO with #KTYP) once it is complete. */
    private void sendAccounts() {
        if (!accountsSent) {
            accountsSent = true;
            accounts.forEach((number, a) -> sink.account(number, a[0], a[1]));
        }
    }

    // --- the head -------------------------------------------------------------------------

    private void head(SieLabel label) {
        if (headerSent) {
            throw error(label.text(), label.text() + " after the account plan, balances or vouchers: expected the "
                    + "identification records (#FLAGGA … #RAR) at the start of the file");
        }
        switch (label) {
            case FLAGGA -> {
                if (records > 1) {
                    throw error("#FLAGGA", "a second #FLAGGA: expected it once, as the first record");
                }
            }
            case FORMAT -> format = decode(requireIndex(0, "#FORMAT"), "#FORMAT");
            case SIETYP -> sieType = decode(requireIndex(0, "#SIETYP"), "#SIETYP");
            case PROGRAM -> {
                program = decode(requireIndex(0, "#PROGRAM name"), "#PROGRAM name");
                programVersion = optionalText(1, "#PROGRAM version");
            }
            case GEN -> generated = date(0, "#GEN date");
            case FNAMN -> {
                companyNameLine = record.line();
                companyName = companyName();
            }
            case ORGNR -> {
                organisationNumberLine = record.line();
                tolerated("the organisation number is left empty",
                        () -> organisationNumber = decode(requireIndex(0, "#ORGNR"), "#ORGNR"));
            }
            case RAR -> fiscalYear();
            default -> throw new IllegalStateException("not a head record: " + label);
        }
    }

    /**
     * The organisation's name. A name with spaces written without quotes ({@code #FNAMN Övningsbolaget AB}, as some
     * cash-register programs write it) is read whole, with a warning: cut at its first space, it would be taken
     * for another organisation's name.
     */
    private String companyName() {
        String name = decode(requireIndex(0, "#FNAMN"), "#FNAMN");
        if (record.fields() == 1 || record.isQuoted(0) || record.isList(1)) {
            return name;
        }
        StringBuilder whole = new StringBuilder(name);
        for (int f = 1; f < record.fields() && !record.isList(f); f++) {
            whole.append(' ').append(decode(f, "#FNAMN"));
        }
        warn("#FNAMN", "a name with spaces that SIE writes in quotes: read as one name, \"" + whole + "\"");
        return whole.toString();
    }

    private void fiscalYear() {
        int index = yearIndex(0, "#RAR year");
        LocalDate start = date(1, "#RAR start");
        LocalDate end = date(2, "#RAR end");
        if (start == null && end == null) {
            return; // a 4I file may leave the year open: "#RAR 0" with empty dates
        }
        if (start == null || end == null) {
            throw error("#RAR", "expected both the first and the last day of fiscal year " + index);
        }
        if (fiscalYears.stream().anyMatch(y -> y.index() == index)) {
            throw error("#RAR year", "fiscal year " + index + " is given twice");
        }
        FiscalYear year;
        try {
            year = new FiscalYear(index, start, end);
        } catch (IllegalArgumentException e) {
            throw error("#RAR end", e.getMessage());
        }
        addFiscalYear(year);
    }

    private void addFiscalYear(FiscalYear year) {
        fiscalYears.add(year);
        if (year.index() == 0) {
            vouchers.requireDates(year.range(), "the fiscal year " + year.range() + " (#RAR 0)");
        }
    }

    private void sendHeader() {
        if (!headerSent) {
            headerSent = true;
            sink.header(header());
        }
    }

    private LedgerHeader header() {
        return new LedgerHeader(format, sieType, program, programVersion, generated, companyName, organisationNumber,
                fiscalYears, companyNameLine, organisationNumberLine);
    }

    // --- what is tolerated ----------------------------------------------------------------

    /**
     * Runs the reading of a record that does not change the ledger; if it is refused, warns with the
     * refusal's reason and what was done instead. Only for records that would have changed nothing
     * but their own value: a record that cannot be read then changes nothing at all.
     */
    private void tolerated(String instead, Runnable read) {
        try {
            read.run();
        } catch (InputFileException e) {
            warn(e.field().orElse(""), e.detail() + "; " + instead);
        }
    }

    /**
     * A row whose text holds a quote SIE would have escaped ({@code #TRANS 1920 {} -1.85 "" "Faktura "123""}, as
     * SoftOne XE writes it): read again leniently, and kept only if the strict reading had already read the row's
     * account, objects, amount and date whole and the lenient one reads them to the same bytes — a stray quote in
     * the text must never move an amount. Not when the line has an escaped quote, which the strict reading has
     * already unescaped in place.
     */
    private boolean quoteInRowText(SieLabel label, byte[] b, int s, int end, long n) {
        if (label != SieLabel.TRANS && label != SieLabel.RTRANS && label != SieLabel.BTRANS || record.hadEscapes()) {
            return false;
        }
        int whole = record.wholeFields();
        int identity = record.isList(1) ? 4 : 3;
        if (whole < identity) {
            return false;
        }
        byte[] strict = record.values(0, identity);
        record.parse(b, s, end, n, true);
        if (!record.hadStrayQuotes() || !Arrays.equals(strict, record.values(0, identity))) {
            return false;
        }
        warn(label.text() + " text", "a quote inside the row's text that SIE writes as \\\" (or an unclosed quote): "
                + "read as part of the text; the row's account, objects, amount and date are as written");
        return true;
    }

    private void warn(String field, String message) {
        warnings.add(record.line(), field, message);
    }

    // --- fields ---------------------------------------------------------------------------

    private InputFileException error(String field, String message) {
        return new InputFileException(file, record.line(), field, message);
    }

    /** {@code f} if the record has that field and it is not an object list. */
    private int requireIndex(int f, String field) {
        if (f >= record.fields()) {
            throw error(field, "missing: the record ends before this field");
        }
        if (record.isList(f)) {
            throw error(field, "expected a value, found an object list {…}");
        }
        return f;
    }

    /** The end of scalar field {@code f}, which must be there. */
    private int requireScalar(int f, String field) {
        return record.end(requireIndex(f, field));
    }

    private String decode(int f, String field) {
        return text.decode(record.bytes(), record.start(f), record.end(f), record.line(), field);
    }

    private String optionalText(int f, String field) {
        if (f >= record.fields()) {
            return "";
        }
        return decode(requireIndex(f, field), field);
    }

    private String account(int f, String field) {
        int end = requireScalar(f, field);
        int start = record.start(f);
        if (start == end) {
            throw error(field, "an account number is required");
        }
        return accountCache.get(record.bytes(), start, end, () -> decode(f, field));
    }

    private String[] objects(int f, String field) {
        if (record.hadEscapes()) {
            return parseObjects(f, field);
        }
        return objectCache.get(record.bytes(), record.listFrom(f), record.listTo(f), () -> parseObjects(f, field));
    }

    /** An object list: the object of dimension 1 (cost centre), and the others canonically. */
    private String[] parseObjects(int f, String field) {
        int first = record.firstItem(f);
        int end = record.itemsEnd(f);
        if (first == end) {
            return NO_OBJECTS;
        }
        if ((end - first) % 2 != 0) {
            throw error(field, "expected pairs of dimension and object: {dimension object dimension object …}");
        }
        String costCentre = "";
        Map<String, String> others = new TreeMap<>(Dimensions.ID_ORDER);
        for (int t = first; t < end; t += 2) {
            String dimension = dimensionId(t, field);
            String object = text.decode(record.bytes(), record.tokenStart(t + 1), record.tokenEnd(t + 1), record.line(),
                    field);
            boolean twice = dimension.equals("1") ? !costCentre.isEmpty() : others.containsKey(dimension);
            if (twice) {
                throw error(field, "dimension " + dimension + " appears twice in one object list");
            }
            if (dimension.equals("1")) {
                costCentre = object;
            } else {
                others.put(dimension, object);
            }
        }
        return new String[] {costCentre, Dimensions.canonical(others)};
    }

    private String dimensionId(int t, String field) {
        byte[] b = record.bytes();
        int s = record.tokenStart(t);
        int e = record.tokenEnd(t);
        int value = 0;
        boolean ok = s < e && e - s <= 6;
        for (int i = s; ok && i < e; i++) {
            ok = b[i] >= '0' && b[i] <= '9';
            value = value * 10 + (b[i] - '0');
        }
        if (!ok) {
            throw error(field, "expected a dimension number, got \"" + new String(b, s, e - s, StandardCharsets.ISO_8859_1)
                    + "\"");
        }
        return Integer.toString(value);
    }

    private BigDecimal amount(int f, String field) {
        return BigDecimal.valueOf(ore(f, field), 2);
    }

    private long ore(int f, String field) {
        int end = requireScalar(f, field);
        try {
            return LedgerAmounts.parseOre(record.bytes(), record.start(f), end);
        } catch (IllegalArgumentException e) {
            throw error(field, e.getMessage());
        }
    }

    private BigDecimal quantity(int f, String field) {
        if (f >= record.fields() || record.start(f) == record.end(f)) {
            return null;
        }
        String q = decode(requireIndex(f, field), field);
        if (!q.matches("[+-]?\\d{1,18}(\\.\\d{1,18})?")) {
            throw error(field, "expected a quantity such as 12.5, got \"" + q + "\"");
        }
        return new BigDecimal(q);
    }

    /** A date yyyymmdd; null when the field is absent or empty. */
    private LocalDate date(int f, String field) {
        if (f >= record.fields()) {
            return null;
        }
        int end = record.end(requireIndex(f, field));
        int start = record.start(f);
        if (start == end) {
            return null;
        }
        int key = digits(start, end, 8, field, "a date yyyymmdd");
        if (key == lastDateKey) {
            return lastDate;
        }
        try {
            lastDate = LocalDate.of(key / 10000, key / 100 % 100, key % 100);
        } catch (DateTimeException e) {
            throw error(field, "no such date: " + key + " (expected yyyymmdd)");
        }
        lastDateKey = key;
        return lastDate;
    }

    private YearMonth period(int f, String field) {
        int end = requireScalar(f, field);
        int key = digits(record.start(f), end, 6, field, "a period yyyymm");
        int month = key % 100;
        if (month < 1 || month > 12) {
            throw error(field, "no such month: " + key + " (expected yyyymm)");
        }
        return YearMonth.of(key / 100, month);
    }

    private int yearIndex(int f, String field) {
        int end = requireScalar(f, field);
        byte[] b = record.bytes();
        int s = record.start(f);
        boolean negative = s < end && b[s] == '-';
        int value = digits(negative ? s + 1 : s, end, -1, field, "a year number such as 0 or -1");
        return negative ? -value : value;
    }

    /** The digits in {@code [s, e)}: exactly {@code count} of them, or 1 to 3 when count is −1. */
    private int digits(int s, int e, int count, String field, String expected) {
        byte[] b = record.bytes();
        boolean ok = count < 0 ? e - s >= 1 && e - s <= 3 : e - s == count;
        int value = 0;
        for (int i = s; ok && i < e; i++) {
            ok = b[i] >= '0' && b[i] <= '9';
            value = value * 10 + (b[i] - '0');
        }
        if (!ok) {
            throw error(field, "expected " + expected + ", got \"" + new String(b, s, e - s, StandardCharsets.ISO_8859_1)
                    + "\"");
        }
        return value;
    }
}

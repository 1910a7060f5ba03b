package se.balans.app.closing;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import se.balans.app.MissingInputException;
import se.balans.engine.closing.ClosingCalculator;
import se.balans.engine.closing.ClosingInput;
import se.balans.engine.closing.MonthlyClosing;
import se.balans.engine.ledger.LedgerMapping.Key;
import se.balans.engine.ledger.UnmappedLedgerException;
import se.balans.engine.money.Money;
import se.balans.io.Fingerprint;
import se.balans.io.closing.ClosingSetup;
import se.balans.engine.trace.SourceFile;
import se.balans.store.LedgerSnapshot;

/**
 * The one computation of a closing's figures from a configuration and a ledger snapshot, which both a
 * new closing ({@link CloseMonth}) and its verification ({@link VerifyClosings}) run, and the
 * fingerprint over everything a closing read.
 */
public final class ClosingComputation {
    /** How many earlier years a closing reads: last year for comparison, the rest for seasonality. */
    static final int YEARS_OF_HISTORY = 3;

    private ClosingComputation() {
    }

    /** The earliest year a closing of {@code month} reads. */
    public static int firstYearRead(YearMonth month) {
        return month.getYear() - YEARS_OF_HISTORY;
    }

    /**
     * The closing's figures from a ledger snapshot.
     *
     * @throws MissingInputException when the month has no ledger, or an account or cost centre has no mapping
     */
    public static MonthlyClosing compute(ClosingSetup setup, YearMonth month, LedgerSnapshot snapshot) {
        return compute(setup, month, snapshot, mapped(setup, month.toString(), snapshot));
    }

    /**
     * The closing's figures from a snapshot whose amounts are already mapped: closing several months maps the
     * ledger once ({@link #mapped}) and gives each month the months of it that its own snapshot holds — the same
     * actuals, because an amount is placed by its own account and cost centre alone.
     */
    static MonthlyClosing compute(ClosingSetup setup, YearMonth month, LedgerSnapshot snapshot,
                                  Map<YearMonth, Map<Key, Money>> mapped) {
        if (!snapshot.supplies(month)) {
            throw new MissingInputException("no ledger for " + month + " is imported; import it first "
                    + "(balans import FILE)");
        }
        YearMonth from = YearMonth.of(firstYearRead(month), 1);
        Map<YearMonth, Map<Key, Money>> actuals = new java.util.HashMap<>();
        mapped.forEach((m, amounts) -> {
            if (!m.isBefore(from) && !m.isAfter(month)) {
                actuals.put(m, amounts);
            }
        });
        return ClosingCalculator.close(new ClosingInput(month, setup.committeeCodes(), actuals, setup.budgets(),
                setup.config()));
    }

    /**
     * The snapshot's amounts placed by the configuration's mapping, by month.
     *
     * @param closing what is being closed, for the message ("2026-03", "2025-01–2025-12")
     * @throws MissingInputException when an account or cost centre has no mapping
     */
    static Map<YearMonth, Map<Key, Money>> mapped(ClosingSetup setup, String closing, LedgerSnapshot snapshot) {
        try {
            return setup.mapping().apply(snapshot.amounts());
        } catch (UnmappedLedgerException e) {
            throw new MissingInputException("cannot close " + closing + ": " + e.getMessage(), e);
        }
    }

    /** SHA-256 over everything a closing read, in a fixed order: reproduce the inputs, get the same value. */
    public static String fingerprint(String engineVersion, YearMonth month, List<String> importHashes,
                                     List<SourceFile> config) {
        StringBuilder sb = new StringBuilder();
        sb.append("balans-closing\nengine ").append(engineVersion).append("\nmonth ").append(month).append('\n');
        importHashes.stream().sorted().forEach(h -> sb.append("import ").append(h).append('\n'));
        config.stream().sorted(Comparator.comparing(SourceFile::name))
                .forEach(f -> sb.append("config ").append(f.name()).append(' ').append(f.sha256()).append('\n'));
        return Fingerprint.sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
}

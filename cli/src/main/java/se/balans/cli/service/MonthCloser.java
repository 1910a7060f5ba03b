package se.balans.cli.service;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import se.balans.cli.ExitCode;
import se.balans.cli.UserException;
import se.balans.engine.EngineVersion;
import se.balans.engine.closing.AnnualBudget;
import se.balans.engine.closing.ClosingCalculator;
import se.balans.engine.closing.ClosingInput;
import se.balans.engine.closing.MonthlyClosing;
import se.balans.engine.ledger.LedgerMapping.Key;
import se.balans.engine.ledger.UnmappedLedgerException;
import se.balans.engine.money.Money;
import se.balans.io.closing.ClosingSetup;
import se.balans.io.closing.SourceFile;
import se.balans.store.ClosingDraft;
import se.balans.store.ClosingInfo;
import se.balans.store.ConfigFile;
import se.balans.store.ImportInfo;
import se.balans.store.LedgerSnapshot;
import se.balans.store.Store;

/**
 * Closes a month: reads the current ledger, maps it, computes the closing and stores it with
 * everything it read (imports and their hashes, the configuration verbatim, the engine version).
 */
public final class MonthCloser {
    /** The earliest year a closing of {@code month} reads. */
    public static int firstYearRead(YearMonth month) {
        return month.getYear() - YEARS_OF_HISTORY;
    }

    /** How many earlier years a closing reads: last year for comparison, the rest for seasonality. */
    static final int YEARS_OF_HISTORY = 3;

    private MonthCloser() {
    }

    /** A stored closing and its figures. */
    public record Closed(ClosingInfo info, MonthlyClosing closing) {
    }

    public static Closed close(Store store, ClosingSetup setup, YearMonth month, boolean reopen) {
        if (!reopen) {
            store.closing(month).ifPresent(c -> {
                throw new UserException(ExitCode.CONFLICT, month + " is already closed (closing #" + c.info().id()
                        + " on " + c.info().closedAt().toLocalDate() + " by " + c.info().closedBy()
                        + "); a closed month is not changed — use --reopen to close it again");
            });
        }
        AnnualBudget budget = setup.budget(month.getYear()).orElseThrow(() -> new UserException(ExitCode.BAD_INPUT,
                "no budget for " + month.getYear() + ": add budget-" + month.getYear() + ".csv to the configuration"));
        LedgerSnapshot snapshot = store.ledger(firstYearRead(month), month);
        MonthlyClosing closing = compute(setup, month, snapshot);
        ClosingDraft draft = new ClosingDraft(closing, EngineVersion.get(), fingerprint(EngineVersion.get(), month,
                snapshot.imports().stream().map(ImportInfo::sha256).toList(), setup.files()),
                snapshot.ledgerVersion(), snapshot.imports(), configFiles(setup.files()));
        return new Closed(store.saveClosing(draft, reopen), closing);
    }

    /**
     * The closing's figures from a ledger snapshot: the one computation both a new closing and
     * {@code verify} run.
     */
    public static MonthlyClosing compute(ClosingSetup setup, YearMonth month, LedgerSnapshot snapshot) {
        if (snapshot.amounts().stream().noneMatch(a -> a.period().equals(month))) {
            throw new UserException(ExitCode.BAD_INPUT, "no ledger for " + month + " is imported; import it first "
                    + "(balans import FILE)");
        }
        Map<YearMonth, Map<Key, Money>> actuals;
        try {
            actuals = setup.mapping().apply(snapshot.amounts());
        } catch (UnmappedLedgerException e) {
            throw new UserException(ExitCode.BAD_INPUT, "cannot close " + month + ": " + e.getMessage());
        }
        return ClosingCalculator.close(new ClosingInput(month, setup.committees(), actuals, setup.budgets(),
                setup.config()));
    }

    /** SHA-256 over everything a closing read, in a fixed order: reproduce the inputs, get the same value. */
    public static String fingerprint(String engineVersion, YearMonth month, List<String> importHashes,
                                     List<SourceFile> config) {
        StringBuilder sb = new StringBuilder();
        sb.append("balans-closing\nengine ").append(engineVersion).append("\nmonth ").append(month).append('\n');
        importHashes.stream().sorted().forEach(h -> sb.append("import ").append(h).append('\n'));
        config.stream().sorted(Comparator.comparing(SourceFile::name))
                .forEach(f -> sb.append("config ").append(f.name()).append(' ').append(f.sha256()).append('\n'));
        return se.balans.io.Fingerprint.sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    static List<ConfigFile> configFiles(List<SourceFile> files) {
        return files.stream().map(f -> new ConfigFile(f.name(), f.sha256(), f.content())).toList();
    }
}

package se.balans.app.closing;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import se.balans.app.MissingInputException;
import se.balans.engine.plan.Committee;
import se.balans.io.closing.ClosingSetup;
import se.balans.io.closing.ClosingSetupReader;
import se.balans.reports.text.Language;
import se.balans.engine.trace.SourceFile;
import se.balans.store.Store;
import se.balans.store.StoredClosing;

/** What the use cases read from a stored closing: the closing itself, its configuration, its committees' names. */
public final class StoredClosings {
    private StoredClosings() {
    }

    /**
     * The valid closing of a month.
     *
     * @param notClosed the refusal's message when the month is not closed: what to do about it
     * @throws MissingInputException when the month is not closed
     */
    public static StoredClosing require(Store store, YearMonth month, Supplier<String> notClosed) {
        return store.closing(month).orElseThrow(() -> new MissingInputException(notClosed.get()));
    }

    /**
     * The ledger as the closing read it: the imports it recorded, from the first year a closing reads
     * ({@link ClosingComputation#firstYearRead}) to its month. One snapshot serves every follow-up of the closing
     * (balance sheet, investments, cost types), each taking the periods it needs.
     */
    public static se.balans.store.LedgerSnapshot ledger(Store store, StoredClosing stored) {
        YearMonth month = stored.closing().month();
        return store.ledgerOf(stored.imports().stream().map(StoredClosing.ImportRef::importId).toList(),
                ClosingComputation.firstYearRead(month), month);
    }

    /**
     * The ledger by object of one dimension (e.g. projects), for the closing's year through its month, from the
     * <em>current</em> imports, only rows that carry an object in that dimension.
     *
     * <p>Why the current imports and not the ones the closing recorded: a re-export that adds a dimension (the
     * projects booked since) leaves every account and cost-centre balance as it was, so the closing is not stale
     * ({@link Staleness}) and is not closed again — yet the detail is only in the new import. A report is written
     * only from a closing that is not stale, so the current imports give the same balances the closing read; their
     * objects are a finer split of the same figures.
     */
    public static java.util.List<se.balans.engine.ledger.LedgerObjectAmount> ledgerObjects(Store store,
                                                                                          StoredClosing stored,
                                                                                          String dimension) {
        YearMonth month = stored.closing().month();
        return store.ledgerObjectsOf(store.imports().stream().filter(se.balans.store.ImportInfo::current)
                .map(se.balans.store.ImportInfo::id).toList(), dimension, month.getYear(), month);
    }

    /** The configuration the closing used, parsed from the files it stored verbatim. */
    public static ClosingSetup setup(StoredClosing stored) {
        Map<String, String> texts = new LinkedHashMap<>();
        stored.config().forEach(f -> texts.put(f.name(), f.content()));
        return ClosingSetupReader.parse(Path.of("closing #" + stored.info().id()), texts);
    }

    /**
     * Committee display names in {@code language}, by code: the names the closing was made with. A
     * closing stored before closings kept their names has them from the committees file it stored.
     */
    public static Map<String, String> committeeNames(StoredClosing stored, Language language) {
        Map<String, String> names = new LinkedHashMap<>();
        if (stored.committees().stream().anyMatch(c -> !c.name().equals(c.code()))) {
            for (Committee c : stored.committees()) {
                names.put(c.code(), language == Language.SV ? c.name() : c.englishName());
            }
            return names;
        }
        for (SourceFile f : stored.config()) {
            if (f.name().equals(ClosingSetupReader.COMMITTEES)) {
                for (Committee c : ClosingSetupReader.committeeList(Path.of("closing #" + stored.info().id(),
                        f.name()), f.content())) {
                    names.put(c.code(), language == Language.SV ? c.name() : c.englishName());
                }
            }
        }
        return names;
    }
}

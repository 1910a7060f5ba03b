package se.balans.app.closing;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import se.balans.engine.closing.BudgetRevision;
import se.balans.io.closing.ClosingSetupReader;
import se.balans.store.StoredClosing;

/** Which version of its year's budget a stored closing used, from the budget files it recorded. */
public final class ClosingBudget {
    private ClosingBudget() {
    }

    /** The revision the closing used, if its year's budget was revised. */
    public static Optional<BudgetRevision> revision(StoredClosing stored) {
        Map<String, String> texts = new TreeMap<>();
        stored.config().forEach(f -> texts.put(f.name(), f.content()));
        return ClosingSetupReader.budgetRevision(Path.of(""), texts, stored.closing().month().getYear());
    }
}

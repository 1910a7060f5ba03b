package se.balans.io.closing;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.balans.engine.closing.AnnualBudget;
import se.balans.engine.closing.ClosingConfig;
import se.balans.engine.ledger.LedgerMapping;

/**
 * The configuration a closing needs besides the ledger: the mappings, the periodisation rules, the
 * budgets by year and the committees in report order — and the files they came from, which the
 * closing stores verbatim.
 */
public record ClosingSetup(LedgerMapping mapping, ClosingConfig config, Map<Integer, AnnualBudget> budgets,
                           List<String> committees, List<SourceFile> files) {
    public ClosingSetup {
        budgets = Map.copyOf(budgets);
        committees = List.copyOf(committees);
        files = List.copyOf(files);
    }

    public Optional<AnnualBudget> budget(int year) {
        return Optional.ofNullable(budgets.get(year));
    }
}

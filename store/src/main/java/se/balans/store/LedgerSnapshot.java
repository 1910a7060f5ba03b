package se.balans.store;

import java.util.List;

import se.balans.engine.ledger.LedgerAmount;
import se.balans.engine.ledger.OpeningBalance;

/**
 * The ledger as a closing reads it: the current imports' balances and the opening balances they state,
 * which imports they were, and the ledger version, which the closing's commit checks is still current.
 */
public record LedgerSnapshot(long ledgerVersion, List<ImportInfo> imports, List<LedgerAmount> amounts,
                             List<OpeningBalance> openings) {
    public LedgerSnapshot {
        imports = List.copyOf(imports);
        amounts = List.copyOf(amounts);
        openings = List.copyOf(openings);
    }

    /** A snapshot of a ledger without opening balances. */
    public LedgerSnapshot(long ledgerVersion, List<ImportInfo> imports, List<LedgerAmount> amounts) {
        this(ledgerVersion, imports, amounts, List.of());
    }
}

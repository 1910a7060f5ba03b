package se.balans.store;

import java.util.List;

import se.balans.engine.ledger.LedgerAmount;

/**
 * The ledger as a closing reads it: the current imports' balances, which imports they were, and the
 * ledger version, which the closing's commit checks is still current.
 */
public record LedgerSnapshot(long ledgerVersion, List<ImportInfo> imports, List<LedgerAmount> amounts) {
    public LedgerSnapshot {
        imports = List.copyOf(imports);
        amounts = List.copyOf(amounts);
    }
}

package se.balans.engine.ledger;

import java.util.SortedSet;

/** A closing cannot proceed: accounts or cost centres the mapping does not cover. Lists them all. */
public class UnmappedLedgerException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient SortedSet<String> accounts;
    private final transient SortedSet<String> costCentres;

    public UnmappedLedgerException(SortedSet<String> accounts, SortedSet<String> costCentres) {
        super(message(accounts, costCentres));
        this.accounts = accounts;
        this.costCentres = costCentres;
    }

    private static String message(SortedSet<String> accounts, SortedSet<String> costCentres) {
        StringBuilder sb = new StringBuilder("the ledger has");
        if (!accounts.isEmpty()) {
            sb.append(" accounts no line is mapped to: ").append(String.join(", ", accounts));
        }
        if (!costCentres.isEmpty()) {
            if (!accounts.isEmpty()) {
                sb.append(";");
            }
            sb.append(" cost centres no committee is mapped to: ")
                    .append(String.join(", ", costCentres.stream().map(c -> c.isEmpty() ? "(none)" : c).toList()));
        }
        return sb.append(" — add them to the mapping files").toString();
    }

    public SortedSet<String> accounts() {
        return accounts;
    }

    public SortedSet<String> costCentres() {
        return costCentres;
    }
}

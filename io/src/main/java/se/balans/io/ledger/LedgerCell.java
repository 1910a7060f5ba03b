package se.balans.io.ledger;

/**
 * Where a ledger sum goes: a month (year × 12 + month − 1), an account, a cost centre and the further
 * dimensions. Why not a record: its generated hash combines the parts with 31, and short
 * numeric strings then collide wholesale (account + 1 with cost centre − 961 hash alike), so
 * {@code HashMap} bins degrade to trees; the hash here mixes every part.
 */
final class LedgerCell implements Comparable<LedgerCell> {
    final int month;
    final String account;
    final String costCentre;
    final String dimensions;
    private final int hash;

    LedgerCell(int month, String account, String costCentre, String dimensions) {
        this.month = month;
        this.account = account;
        this.costCentre = costCentre;
        this.dimensions = dimensions;
        long h = month * 0x9E3779B97F4A7C15L + account.hashCode();
        h = h * 0xC2B2AE3D27D4EB4FL + costCentre.hashCode();
        h = h * 0x165667B19E3779F9L + dimensions.hashCode();
        h = (h ^ (h >>> 32)) * 0xD6E8FEB86659FD93L;
        this.hash = (int) (h ^ (h >>> 32));
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LedgerCell k && hash == k.hash && month == k.month && account.equals(k.account)
                && costCentre.equals(k.costCentre) && dimensions.equals(k.dimensions);
    }

    /** The order of {@link LedgerAggregator#balances()}: month, account, cost centre, dimensions. */
    @Override
    public int compareTo(LedgerCell k) {
        int c = Integer.compare(month, k.month);
        if (c == 0) {
            c = account.compareTo(k.account);
        }
        if (c == 0) {
            c = costCentre.compareTo(k.costCentre);
        }
        return c != 0 ? c : dimensions.compareTo(k.dimensions);
    }
}


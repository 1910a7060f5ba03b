package se.balans.cli.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import se.balans.store.testing.TestDatabase;

/**
 * What a store holds, as counts and sums that do not depend on generated ids or clocks: enough to
 * tell "as before", "with the whole import or closing" and "something in between" apart. Read with
 * plain SQL, so that it sees the tables as they are and not as the store's code would present them.
 */
record StoreState(Map<String, BigDecimal> figures) {
    private static final Map<String, String> QUERIES = queries();

    private static Map<String, String> queries() {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("imports", "SELECT COUNT(*) FROM imported_file");
        q.put("current imports", "SELECT COUNT(*) FROM imported_file WHERE superseded_by IS NULL");
        q.put("balances", "SELECT COALESCE(SUM(CARDINALITY(cost_centres)), 0) FROM ledger_balance_block");
        q.put("accounts", "SELECT COUNT(*) FROM account");
        q.put("ledger version", "SELECT version FROM ledger_state");
        q.put("closings", "SELECT COUNT(*) FROM closing");
        q.put("valid closings", "SELECT COUNT(*) FROM closing WHERE state = 'closed'");
        q.put("closed months", "SELECT COUNT(*) FROM closed_period");
        q.put("outcomes", "SELECT COUNT(*) FROM closing_outcome");
        q.put("outcome ytd", "SELECT COALESCE(SUM(ytd), 0) FROM closing_outcome");
        q.put("outcome forecast", "SELECT COALESCE(SUM(forecast_year), 0) FROM closing_outcome");
        q.put("closing months", "SELECT COUNT(*) FROM closing_month");
        q.put("closing bases", "SELECT COUNT(*) FROM closing_basis");
        q.put("closing basis weights", "SELECT COUNT(*) FROM closing_basis_weight");
        q.put("closing basis years", "SELECT COUNT(*) FROM closing_basis_year");
        q.put("closing committees", "SELECT COUNT(*) FROM closing_committee");
        q.put("closing backtests", "SELECT COUNT(*) FROM closing_backtest");
        q.put("closing imports", "SELECT COUNT(*) FROM closing_import");
        q.put("closing configs", "SELECT COUNT(*) FROM closing_config");
        q.put("audit entries", "SELECT COUNT(*) FROM audit_log");
        return q;
    }

    static StoreState read(TestDatabase db) throws SQLException {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (Map.Entry<String, String> q : QUERIES.entrySet()) {
                try (ResultSet rs = st.executeQuery(q.getValue())) {
                    rs.next();
                    figures.put(q.getKey(), rs.getBigDecimal(1).stripTrailingZeros());
                }
            }
        }
        blockSums(db, figures);
        return new StoreState(figures);
    }

    /**
     * The balances' amounts and rows, all and current: the blocks keep them as arrays, which SQL sums only with
     * each database's own unnesting, so they are added up here from the arrays as stored.
     */
    private static void blockSums(TestDatabase db, Map<String, BigDecimal> figures) throws SQLException {
        long ore = 0;
        long rows = 0;
        long currentOre = 0;
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT b.amounts_ore, b.row_counts, f.superseded_by FROM "
                     + "ledger_balance_block b JOIN imported_file f ON f.id = b.import_id")) {
            while (rs.next()) {
                long blockOre = 0;
                for (Object o : (Object[]) rs.getArray(1).getArray()) {
                    blockOre += ((Number) o).longValue();
                }
                for (Object o : (Object[]) rs.getArray(2).getArray()) {
                    rows += ((Number) o).longValue();
                }
                rs.getLong(3);
                ore += blockOre;
                currentOre += rs.wasNull() ? blockOre : 0;
            }
        }
        figures.put("balance amount", BigDecimal.valueOf(ore, 2).stripTrailingZeros());
        figures.put("balance rows", BigDecimal.valueOf(rows));
        figures.put("current balance amount", BigDecimal.valueOf(currentOre, 2).stripTrailingZeros());
    }

    /** What changed from {@code before} to this state: each figure's difference, zeros left out. */
    StoreState minus(StoreState before) {
        Map<String, BigDecimal> d = new LinkedHashMap<>();
        figures.forEach((k, v) -> {
            BigDecimal diff = v.subtract(before.figures.get(k));
            if (diff.signum() != 0) {
                d.put(k, diff.stripTrailingZeros());
            }
        });
        return new StoreState(d);
    }

    boolean isEmpty() {
        return figures.isEmpty();
    }

    @Override
    public String toString() {
        return figures.toString();
    }
}

package se.balans.store.testing;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Changes one stored balance behind the program's back, as someone with the database's password could: the tests
 * of what {@code verify} and the audit chain catch. Balances are kept in blocks ({@code ledger_balance_block}: one
 * row per import, month and account, the cells as arrays), so a balance is an element of a block's arrays.
 */
public final class BalanceTamper {
    private BalanceTamper() {
    }

    /**
     * Adds {@code sek} to one balance: in the first block by account that {@code where} selects (plain SQL over the
     * block's columns, e.g. {@code "import_id = 2 AND period = '2025-02' AND account = '5010'"}), the cell with the
     * smallest cost centre and dimensions.
     *
     * @return the balance changed, as {@code "account / cost centre"}
     */
    public static String add(Connection c, String where, BigDecimal sek) throws SQLException {
        long importId;
        String period;
        String account;
        int part;
        String[] costCentres;
        String[] dimensions;
        Object[] ore;
        try (PreparedStatement ps = c.prepareStatement("SELECT import_id, period, account, part, cost_centres, "
                + "dimensions, amounts_ore FROM ledger_balance_block WHERE " + where + " ORDER BY account, part");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalArgumentException("no balance block where " + where);
            }
            importId = rs.getLong(1);
            period = rs.getString(2);
            account = rs.getString(3);
            part = rs.getInt(4);
            costCentres = strings(rs.getArray(5));
            dimensions = strings(rs.getArray(6));
            ore = (Object[]) rs.getArray(7).getArray();
        }
        int cell = 0;
        for (int i = 1; i < costCentres.length; i++) {
            int cmp = costCentres[i].compareTo(costCentres[cell]);
            if (cmp < 0 || cmp == 0 && dimensions[i].compareTo(dimensions[cell]) < 0) {
                cell = i;
            }
        }
        Long[] changed = new Long[ore.length];
        for (int i = 0; i < ore.length; i++) {
            changed[i] = ((Number) ore[i]).longValue();
        }
        changed[cell] += sek.movePointRight(2).longValueExact();
        try (PreparedStatement ps = c.prepareStatement("UPDATE ledger_balance_block SET amounts_ore = ? "
                + "WHERE import_id = ? AND period = ? AND account = ? AND part = ?")) {
            ps.setArray(1, c.createArrayOf("BIGINT", changed));
            ps.setLong(2, importId);
            ps.setString(3, period);
            ps.setString(4, account);
            ps.setInt(5, part);
            ps.executeUpdate();
        }
        if (!c.getAutoCommit()) {
            c.commit();
        }
        return account + " / " + costCentres[cell];
    }

    private static String[] strings(Array a) throws SQLException {
        Object[] values = (Object[]) a.getArray();
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (String) values[i];
        }
        return out;
    }
}

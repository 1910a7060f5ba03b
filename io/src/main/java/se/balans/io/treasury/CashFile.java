package se.balans.io.treasury;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.balans.engine.liquidity.CashBalance;
import se.balans.engine.liquidity.CashHistory;
import se.balans.io.csv.CsvTable;

/**
 * The month-end cash file: {@code month,cash}, optionally {@code source}. Months as 2025-07,
 * cash (likvida medel) in mnkr, one row per month in any order.
 */
public final class CashFile {
    private CashFile() {
    }

    public static CashHistory read(Path file) {
        CsvTable t = CsvTable.read(file, Set.of("month", "cash"), Set.of("source"));
        List<CashBalance> balances = new ArrayList<>();
        Map<YearMonth, Long> lines = new HashMap<>();
        for (CsvTable.Row r : t.rows()) {
            YearMonth month = r.month("month");
            Long previous = lines.putIfAbsent(month, r.line());
            if (previous != null) {
                throw r.error("month", month + " appears twice (also on line " + previous + ")");
            }
            balances.add(new CashBalance(month, r.mnkr("cash")));
        }
        return CashHistory.of(balances);
    }
}

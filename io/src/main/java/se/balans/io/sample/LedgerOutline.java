package se.balans.io.sample;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import se.balans.engine.money.Money;
import se.balans.io.InputFileException;
import se.balans.io.csv.CsvTable;

/**
 * The outline a sample ledger is generated from ({@code sample-ledger-outline.csv}): per year the
 * taxes, general grants, financial costs, each committee's net cost and depreciation; per month
 * verksamhetens resultat and finansnetto. A complete year must tie: taxes + grants − the
 * committees' net cost = the months' verksamhetens resultat.
 */
public record LedgerOutline(SortedMap<Integer, Year> years) {

    /** One year of the outline. Amounts signed as the result statement (costs negative). */
    public record Year(int year, Money taxes, Money grants, Money financialCosts, Map<String, Money> netCost,
                       Map<String, Money> depreciation, SortedMap<Integer, Money> operatingResult,
                       SortedMap<Integer, Money> netFinancialItems) {
        public boolean complete() {
            return operatingResult.size() == 12;
        }
    }

    public static LedgerOutline read(Path file) {
        CsvTable t = CsvTable.read(file, Set.of("period", "item", "amount"), Set.of("source"));
        Map<Integer, Builder> years = new TreeMap<>();
        Map<String, Long> lineOfItem = new HashMap<>();
        for (CsvTable.Row r : t.rows()) {
            String period = r.text("period");
            String item = r.text("item");
            Money amount = r.mnkr("amount");
            Long before = lineOfItem.putIfAbsent(period + " " + item, r.line());
            if (before != null) {
                throw r.error("item", item + " for " + period + " is given twice (also on line " + before + ")");
            }
            if (period.matches("\\d{4}")) {
                Builder b = years.computeIfAbsent(Integer.parseInt(period), Builder::new);
                if (item.equals("tax_revenue")) {
                    b.taxes = amount;
                } else if (item.equals("general_grants")) {
                    b.grants = amount;
                } else if (item.equals("financial_costs")) {
                    b.financialCosts = amount;
                } else if (item.startsWith("net_cost:")) {
                    b.netCost.put(item.substring("net_cost:".length()), amount);
                } else if (item.startsWith("depreciation:")) {
                    b.depreciation.put(item.substring("depreciation:".length()), amount);
                } else {
                    throw r.error("item", "unknown yearly item \"" + item + "\"");
                }
            } else if (period.matches("\\d{4}-\\d{2}")) {
                YearMonth ym = r.month("period");
                Builder b = years.computeIfAbsent(ym.getYear(), Builder::new);
                if (item.equals("operating_result")) {
                    b.operatingResult.put(ym.getMonthValue(), amount);
                } else if (item.equals("net_financial_items")) {
                    b.netFinancialItems.put(ym.getMonthValue(), amount);
                } else {
                    throw r.error("item", "unknown monthly item \"" + item + "\"");
                }
            } else {
                throw r.error("period", "expected YYYY or YYYY-MM, got \"" + period + "\"");
            }
        }
        SortedMap<Integer, Year> out = new TreeMap<>();
        for (Builder b : years.values()) {
            Year y = b.build(file);
            if (y.complete()) {
                Money months = Money.sum(y.operatingResult().values());
                Money implied = y.taxes().plus(y.grants()).minus(Money.sum(y.netCost().values()));
                if (!months.equals(implied)) {
                    throw new InputFileException(file, null, "amount", y.year() + ": the months' operating_result sum to "
                            + months.toMnkr().toPlainString() + " but taxes + grants − net costs = "
                            + implied.toMnkr().toPlainString());
                }
            }
            out.put(y.year(), y);
        }
        return new LedgerOutline(out);
    }

    private static final class Builder {
        final int year;
        Money taxes;
        Money grants;
        Money financialCosts = Money.ZERO;
        final Map<String, Money> netCost = new LinkedHashMap<>();
        final Map<String, Money> depreciation = new LinkedHashMap<>();
        final SortedMap<Integer, Money> operatingResult = new TreeMap<>();
        final SortedMap<Integer, Money> netFinancialItems = new TreeMap<>();

        Builder(int year) {
            this.year = year;
        }

        Year build(Path file) {
            if (taxes == null || grants == null || netCost.isEmpty()) {
                throw new InputFileException(file, null, "item", year + " needs tax_revenue, general_grants and "
                        + "net_cost:<committee> items");
            }
            if (!operatingResult.keySet().equals(netFinancialItems.keySet())) {
                throw new InputFileException(file, null, "item", year + ": operating_result and net_financial_items "
                        + "must be given for the same months");
            }
            return new Year(year, taxes, grants, financialCosts, netCost, depreciation, operatingResult,
                    netFinancialItems);
        }
    }
}

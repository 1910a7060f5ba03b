package se.balans.io.forecast;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import se.balans.engine.forecast.CentralItem;
import se.balans.engine.money.Money;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.io.csv.CsvTable;

/**
 * The finance unit's forecast of the central items per round ({@code central-forecast.csv}):
 * {@code round,line,amount[,source][,part]} — the round's closed month, the line ({@code tax_revenue},
 * {@code general_grants}, {@code financial_income}, {@code financial_costs}), the full-year amount in
 * mnkr signed as the result statement, where it comes from (SKR's prognosunderlag and its date, the
 * loan register, the pension administrator), and optionally the part of the line it is (a line given in
 * parts sums them). Each round names its figures explicitly, so a round is reproduced with the figures it
 * was made with — with one exception asked for by name: the part {@code loan_interest} of
 * {@code financial_costs} with an empty amount is computed from the loan register of the round's month end.
 */
public final class CentralForecastFile {
    /** The file's name in the closing configuration. */
    public static final String NAME = "central-forecast.csv";

    private CentralForecastFile() {
    }

    /**
     * One row of the file.
     *
     * @param item     the central item, when the row gives its amount
     * @param computed when the row asks for the loans' interest to be computed (part loan_interest, no amount):
     *                 its round and source
     * @param where    the file and line, for an error about the row found later (a missing loan register)
     */
    public record Entry(Optional<CentralItem> item, Optional<Computed> computed, String where) {
        public Entry {
            if (item.isPresent() == computed.isPresent()) {
                throw new IllegalArgumentException("an entry is an item or a computed item");
            }
        }
    }

    /** A row asking for the loans' interest of a round to be computed from the loan register. */
    public record Computed(YearMonth round, String source) {
    }

    public static List<Entry> read(Path file) {
        return parse(file, CsvTable.readText(file));
    }

    public static List<Entry> parse(Path file, String text) {
        CsvTable t = CsvTable.parse(file, text, Set.of("round", "line", "amount"), Set.of("source", "part"));
        List<Entry> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvTable.Row r : t.rows()) {
            String code = r.text("line");
            IncomeStatementLine line = CentralItem.LINES.stream().filter(l -> l.code().equals(code)).findFirst()
                    .orElseThrow(() -> r.error("line", "expected one of " + CentralItem.LINES.stream()
                            .map(IncomeStatementLine::code).sorted().toList() + ", not \"" + code + "\""));
            YearMonth round = r.month("round");
            String part = r.optionalText("part").orElse("");
            if (!seen.add(round + " " + code + " " + part)) {
                throw r.error(part.isEmpty() ? "line" : "part", code + (part.isEmpty() ? "" : " " + part)
                        + " of the round " + round + " is given twice");
            }
            String source = r.optionalText("source").orElse("");
            // The part first (a zero passes every sign rule), so that an error names the column at fault.
            r.check("part", () -> new CentralItem(round, line, part, Money.ZERO, source));
            String where = file + ":" + r.line();
            Optional<Money> amount = r.optionalMnkr("amount");
            if (amount.isEmpty()) {
                if (!(line == IncomeStatementLine.FINANCIAL_COSTS && part.equals(CentralItem.LOAN_INTEREST))) {
                    throw r.error("amount", "expected an amount in mnkr; only financial_costs, part "
                            + CentralItem.LOAN_INTEREST + ", may be left empty to be computed from the loan register");
                }
                out.add(new Entry(Optional.empty(), Optional.of(new Computed(round, source)), where));
            } else {
                out.add(new Entry(Optional.of(r.check("amount",
                        () -> new CentralItem(round, line, part, amount.get(), source))), Optional.empty(), where));
            }
        }
        return out;
    }
}

package se.balans.io.forecast;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import se.balans.engine.forecast.CentralItem;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.io.csv.CsvTable;

/**
 * The finance unit's forecast of the central items per round ({@code central-forecast.csv}):
 * {@code round,line,amount[,source]} — the round's closed month, the line ({@code tax_revenue},
 * {@code general_grants}, {@code financial_income}, {@code financial_costs}), the full-year amount in
 * mnkr signed as the result statement, and where it comes from (SKR's prognosunderlag and its date, the
 * loan register, the pension administrator). Each round names its figures explicitly, so a round is
 * reproduced with the figures it was made with.
 */
public final class CentralForecastFile {
    /** The file's name in the closing configuration. */
    public static final String NAME = "central-forecast.csv";

    private CentralForecastFile() {
    }

    public static List<CentralItem> read(Path file) {
        return parse(file, CsvTable.readUtf8(file));
    }

    public static List<CentralItem> parse(Path file, String text) {
        CsvTable t = CsvTable.parse(file, text, Set.of("round", "line", "amount"), Set.of("source"));
        List<CentralItem> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvTable.Row r : t.rows()) {
            String code = r.text("line");
            IncomeStatementLine line = CentralItem.LINES.stream().filter(l -> l.code().equals(code)).findFirst()
                    .orElseThrow(() -> r.error("line", "expected one of " + CentralItem.LINES.stream()
                            .map(IncomeStatementLine::code).sorted().toList() + ", not \"" + code + "\""));
            var round = r.month("round");
            if (!seen.add(round + " " + code)) {
                throw r.error("line", code + " of the round " + round + " is given twice");
            }
            out.add(r.check("amount", () -> new CentralItem(round, line, r.mnkr("amount"),
                    r.optionalText("source").orElse(""))));
        }
        return out;
    }
}

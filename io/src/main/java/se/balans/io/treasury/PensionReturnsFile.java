package se.balans.io.treasury;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import se.balans.engine.InvalidInputException;
import se.balans.engine.money.Ratios;
import se.balans.engine.pension.AssetClass;
import se.balans.engine.pension.MonthlyReturn;
import se.balans.engine.pension.PensionPortfolio;
import se.balans.engine.pension.ReturnSeries;
import se.balans.io.InputFileException;
import se.balans.io.csv.CsvTable;

/**
 * The pension-fund returns file: {@code month,asset_class,portfolio_return,benchmark_return},
 * optionally {@code market_value} (mnkr, at month end) and {@code source}. Months as 2025-07;
 * returns in percent (2.9 for +2.9 %); {@code asset_class} is {@code total}, {@code equities} or
 * {@code fixed_income}. Rows may come in any order; each asset class's months must follow each
 * other without gaps or duplicates.
 */
public final class PensionReturnsFile {
    private PensionReturnsFile() {
    }

    public static PensionPortfolio read(Path file) {
        CsvTable t = CsvTable.read(file, Set.of("month", "asset_class", "portfolio_return", "benchmark_return"),
                Set.of("market_value", "source"));
        if (t.rows().isEmpty()) {
            throw new InputFileException(file, null, null, "no returns: the file has a header but no rows");
        }
        record Parsed(CsvTable.Row row, MonthlyReturn value) {
        }
        List<Parsed> parsed = new ArrayList<>();
        for (CsvTable.Row r : t.rows()) {
            AssetClass assetClass = r.check("asset_class", () -> AssetClass.fromCode(r.text("asset_class")));
            try {
                parsed.add(new Parsed(r, new MonthlyReturn(r.month("month"), assetClass,
                        Ratios.fromPercent(r.number("portfolio_return")), Ratios.fromPercent(r.number("benchmark_return")),
                        r.optionalMnkr("market_value"))));
            } catch (InvalidInputException e) {
                throw r.error(e.field(), e.getMessage());
            }
        }
        parsed.sort(Comparator.comparing((Parsed p) -> p.value().assetClass()).thenComparing(p -> p.value().month())
                .thenComparingLong(p -> p.row().line()));
        for (int i = 1; i < parsed.size(); i++) {
            Parsed prev = parsed.get(i - 1);
            Parsed next = parsed.get(i);
            if (prev.value().assetClass() == next.value().assetClass()) {
                try {
                    ReturnSeries.requireFollows(prev.value(), next.value());
                } catch (InvalidInputException e) {
                    String also = prev.value().month().equals(next.value().month())
                            ? " (also on line " + prev.row().line() + ")" : "";
                    throw next.row().error(e.field(), e.getMessage() + also);
                }
            }
        }
        return PensionPortfolio.of(parsed.stream().map(Parsed::value).toList());
    }
}

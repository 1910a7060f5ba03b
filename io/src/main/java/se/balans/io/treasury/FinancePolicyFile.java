package se.balans.io.treasury;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import se.balans.engine.InvalidInputException;
import se.balans.engine.money.Money;
import se.balans.engine.money.Ratios;
import se.balans.engine.pension.AssetClass;
import se.balans.engine.policy.FinancePolicy;
import se.balans.engine.policy.PolicyLimit;
import se.balans.engine.policy.PolicyMetric;
import se.balans.io.csv.CsvTable;

/**
 * The finance-policy file: one limit per row, {@code metric,min,max}, optionally
 * {@code asset_class} (for {@code allocation}) and {@code source}. Either end may be empty. Units
 * as a reader of the policy writes them: {@code total_debt} in mnkr, bindings in years, shares and
 * allocations in percent.
 */
public final class FinancePolicyFile {
    private FinancePolicyFile() {
    }

    public static FinancePolicy read(Path file) {
        CsvTable t = CsvTable.read(file, Set.of("metric", "min", "max"), Set.of("asset_class", "source"));
        List<PolicyLimit> limits = new ArrayList<>();
        Map<String, Long> lineOfKey = new HashMap<>();
        for (CsvTable.Row r : t.rows()) {
            PolicyMetric metric = r.check("metric", () -> PolicyMetric.fromCode(r.text("metric")));
            Optional<AssetClass> assetClass = r.optionalText("asset_class")
                    .map(a -> r.check("asset_class", () -> AssetClass.fromCode(a)));
            PolicyLimit limit;
            try {
                limit = new PolicyLimit(metric, assetClass, value(r, "min", metric), value(r, "max", metric));
            } catch (InvalidInputException e) {
                throw r.error(e.field(), e.getMessage());
            }
            Long previous = lineOfKey.putIfAbsent(limit.key(), r.line());
            if (previous != null) {
                throw r.error("metric", limit.key() + " is limited twice (also on line " + previous + ")");
            }
            limits.add(limit);
        }
        return new FinancePolicy(limits);
    }

    /** A limit in the file's unit, converted to the engine's (SEK, years, fraction). */
    private static Optional<BigDecimal> value(CsvTable.Row r, String column, PolicyMetric metric) {
        return switch (metric.unit()) {
            case MONEY -> r.optionalMnkr(column).map(Money::sek);
            case YEARS -> r.optionalNumber(column);
            case FRACTION -> r.optionalNumber(column).map(Ratios::fromPercent);
        };
    }
}

package se.balans.reports.treasury;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.balans.engine.pension.ActiveRisk;
import se.balans.engine.pension.Allocation;
import se.balans.engine.pension.AssetClassFigures;
import se.balans.engine.pension.PeriodReturn;
import se.balans.engine.policy.LimitCheck;
import se.balans.reports.output.Data;
import se.balans.reports.output.ReportData;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Table;

/**
 * The pension-fund portfolio for programs ({@code balans pension --format csv|json}), as
 * {@link PensionTables} shows it to people: returns, tracking error and information ratio as
 * fractions, market values in mnkr. The CSV's columns are fixed by the file-format specification.
 *
 * @param figures    each asset class's figures for the month
 * @param allocation the month's allocation by market value
 * @param checks     the finance-policy checks of the allocation (none without a policy)
 */
public record PensionData(YearMonth month, List<AssetClassFigures> figures, Allocation allocation,
                          List<LimitCheck> checks) implements ReportData {

    public PensionData {
        Objects.requireNonNull(month, "month");
        figures = List.copyOf(figures);
        Objects.requireNonNull(allocation, "allocation");
        checks = List.copyOf(checks);
    }

    /** One record per asset class: the year to date against the benchmark, and the active risk. */
    @Override
    public Table records() {
        Table.Builder t = Table.keyed("pension", "asset_class",
                List.of("ytd_return", "ytd_benchmark", "ytd_active", "tracking_error", "information_ratio"));
        for (AssetClassFigures f : figures) {
            Optional<PeriodReturn> ytd = f.yearToDate();
            Optional<ActiveRisk> risk = f.activeRisk();
            t.keyed(f.assetClass().code(), List.of(fraction(ytd.map(PeriodReturn::portfolio)),
                    fraction(ytd.map(PeriodReturn::benchmark)), fraction(ytd.map(PeriodReturn::active)),
                    fraction(risk.map(PensionData::trackingError)), fraction(risk.flatMap(PensionData::ir))));
        }
        return t.build();
    }

    private static Cell fraction(Optional<BigDecimal> v) {
        return v.map(Cell::percent).orElse(Cell.EMPTY);
    }

    private static BigDecimal trackingError(ActiveRisk r) {
        return BigDecimal.valueOf(r.trackingError());
    }

    private static Optional<BigDecimal> ir(ActiveRisk r) {
        return r.informationRatio().isPresent() ? Optional.of(BigDecimal.valueOf(r.informationRatio().getAsDouble()))
                : Optional.empty();
    }

    /** Each asset class's month, year to date and rolling 12 months, active risk, market value and share; the limits. */
    @Override
    public Data document() {
        return Data.object().text("month", month.toString())
                .text("unit", "returns as fractions; market values in mnkr")
                .put("asset_classes", Data.array(figures, f -> Data.object().text("asset_class", f.assetClass().code())
                        .put("month", period(new PeriodReturn(month, month, f.month().portfolioReturn(),
                                f.month().benchmarkReturn())))
                        .put("year_to_date", Data.orNull(f.yearToDate().map(PensionData::period)))
                        .put("rolling_12m", Data.orNull(f.rolling12Months().map(PensionData::period)))
                        .decimal("tracking_error", f.activeRisk().map(PensionData::trackingError))
                        .decimal("information_ratio", f.activeRisk().flatMap(PensionData::ir))
                        .putIfPresent("market_value", f.month().marketValue().map(Data::amount))
                        .decimal("allocation", allocation.share(f.assetClass()))
                        .build()))
                .put("policy_limits", PolicyLimitData.of(checks))
                .build();
    }

    private static Data period(PeriodReturn p) {
        return Data.object().text("from", p.from().toString()).text("to", p.to().toString())
                .decimal("return", p.portfolio()).decimal("benchmark", p.benchmark()).decimal("active", p.active())
                .build();
    }
}

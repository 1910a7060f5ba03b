package se.balans.reports.treasury;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import se.balans.engine.pension.ActiveRisk;
import se.balans.engine.pension.Allocation;
import se.balans.engine.pension.AssetClass;
import se.balans.engine.pension.AssetClassFigures;
import se.balans.engine.pension.PeriodReturn;
import se.balans.engine.policy.LimitCheck;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Table;
import se.balans.reports.text.Labels;

/** The pension-fund portfolio as tables: returns against the benchmark, and the allocation against its limits. */
public final class PensionTables {
    private final Labels labels;
    private final LimitCells limits;

    public PensionTables(Labels labels) {
        this.labels = labels;
        this.limits = new LimitCells(labels);
    }

    /**
     * Avkastning mot jämförelseindex: one column per asset class; the month, year to date and
     * rolling 12 months (return, benchmark, active), tracking error, information ratio and market value.
     */
    public Table returns(YearMonth month, List<AssetClassFigures> figures) {
        Table.Builder b = Table.builder(labels.format("pension.title", TreasuryDates.month(month, labels)),
                labels.get("pension.label"),
                figures.stream().map(f -> labels.get("asset_class." + f.assetClass().code())).toList());
        b.row(labels.get("pension.month_return"), cells(figures, f -> Cell.percent(f.month().portfolioReturn())));
        b.row(labels.get("pension.month_benchmark"), cells(figures, f -> Cell.percent(f.month().benchmarkReturn())));
        b.total(labels.get("pension.month_active"), cells(figures, f -> Cell.percent(f.month().activeReturn())));
        period(b, figures, AssetClassFigures::yearToDate, "pension.ytd_");
        period(b, figures, AssetClassFigures::rolling12Months, "pension.r12_");
        b.row(labels.get("pension.tracking_error"), cells(figures, f -> f.activeRisk()
                .map(r -> (Cell) new Cell.Percent(BigDecimal.valueOf(r.trackingError()), 2)).orElse(Cell.EMPTY)));
        b.row(labels.get("pension.information_ratio"), cells(figures, f -> f.activeRisk()
                .flatMap(PensionTables::informationRatio).map(ir -> (Cell) new Cell.Number(ir, 2)).orElse(Cell.EMPTY)));
        if (figures.stream().anyMatch(f -> f.month().marketValue().isPresent())) {
            b.row(labels.get("pension.market_value"), cells(figures, f -> f.month().marketValue()
                    .map(Cell::amount).orElse(Cell.EMPTY)));
        }
        return b.note(labels.get("pension.note")).build();
    }

    private void period(Table.Builder b, List<AssetClassFigures> figures,
                        Function<AssetClassFigures, Optional<PeriodReturn>> period, String prefix) {
        b.row(labels.get(prefix + "return"), cells(figures, f -> period.apply(f)
                .map(p -> Cell.percent(p.portfolio())).orElse(Cell.EMPTY)));
        b.row(labels.get(prefix + "benchmark"), cells(figures, f -> period.apply(f)
                .map(p -> Cell.percent(p.benchmark())).orElse(Cell.EMPTY)));
        b.total(labels.get(prefix + "active"), cells(figures, f -> period.apply(f)
                .map(p -> Cell.percent(p.active())).orElse(Cell.EMPTY)));
    }

    static Optional<BigDecimal> informationRatio(ActiveRisk r) {
        return r.informationRatio().isPresent() ? Optional.of(BigDecimal.valueOf(r.informationRatio().getAsDouble()))
                : Optional.empty();
    }

    private static List<Cell> cells(List<AssetClassFigures> figures, Function<AssetClassFigures, Cell> f) {
        return figures.stream().map(f).toList();
    }

    /** Allokering mot limiter: each asset class's market value and share, with its limit where the policy sets one. */
    public Table allocation(Allocation a, List<LimitCheck> checks) {
        Table.Builder b = Table.builder(labels.format("pension.allocation.title", TreasuryDates.month(a.month(), labels)),
                labels.get("pension.allocation.asset_class"), List.of(labels.get("pension.market_value"),
                        labels.get("pension.allocation.share"), labels.get("treasury.allowed"),
                        labels.get("treasury.verdict")));
        for (AssetClass c : AssetClass.values()) {
            if (c == AssetClass.TOTAL || a.marketValue(c).isEmpty()) {
                continue;
            }
            Optional<LimitCheck> check = checks.stream().filter(x -> x.limit().assetClass().equals(Optional.of(c)))
                    .findFirst();
            List<Cell> limitCells = check.map(limits::cells).orElse(List.of(Cell.EMPTY, Cell.EMPTY, Cell.EMPTY));
            b.row(labels.get("asset_class." + c.code()), List.of(Cell.amount(a.marketValue(c).get()),
                    a.share(c).map(Cell::percent).orElse(Cell.EMPTY), limitCells.get(1), limitCells.get(2)));
        }
        List<Cell> total = List.of(Cell.amount(a.total()), Cell.EMPTY, Cell.EMPTY, Cell.EMPTY);
        // The total is the asset classes' sum where it adds up (Table.sums checks): a formula over them.
        return b.totalOfDetailRows(labels.get("asset_class.total"), total).build();
    }
}

package se.balans.reports.treasury;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import se.balans.engine.money.Money;
import se.balans.engine.policy.LimitCheck;
import se.balans.engine.policy.PolicyLimit;
import se.balans.engine.policy.PolicyMetric;
import se.balans.reports.table.Cell;
import se.balans.reports.text.Labels;
import se.balans.reports.text.NumberStyle;

/**
 * The cells of a finance-policy limit row, shared by the debt and the allocation tables: the
 * value in the metric's unit, the allowed range as words, and the verdict.
 */
final class LimitCells {
    private final Labels labels;
    private final NumberStyle numbers;

    LimitCells(Labels labels) {
        this.labels = labels;
        this.numbers = NumberStyle.of(labels.language());
    }

    /** Value, allowed range, verdict. */
    List<Cell> cells(LimitCheck c) {
        return List.of(value(c.limit().metric().unit(), c.value()), Cell.text(range(c.limit())),
                Cell.text(labels.get("policy.status." + c.status().name())));
    }

    static Cell value(PolicyMetric.Unit unit, Optional<BigDecimal> value) {
        return value.map(v -> switch (unit) {
            case MONEY -> Cell.amount(Money.ofSek(v));
            case YEARS -> (Cell) new Cell.Number(v, 1);
            case FRACTION -> Cell.percent(v);
        }).orElse(Cell.EMPTY);
    }

    String range(PolicyLimit l) {
        PolicyMetric.Unit unit = l.metric().unit();
        if (l.min().isPresent() && l.max().isPresent()) {
            return labels.format("treasury.range.between", format(unit, l.min().get()), format(unit, l.max().get()));
        }
        return l.min().map(m -> labels.format("treasury.range.at_least", format(unit, m)))
                .orElseGet(() -> labels.format("treasury.range.at_most", format(unit, l.max().orElseThrow())));
    }

    private String format(PolicyMetric.Unit unit, BigDecimal v) {
        return switch (unit) {
            case MONEY -> numbers.mnkr(Money.ofSek(v), 0);
            case YEARS -> numbers.number(v, 1);
            case FRACTION -> numbers.percent(v, 0);
        };
    }

    String label(PolicyLimit l) {
        return l.assetClass().map(a -> labels.format("policy.metric.allocation",
                        labels.get("asset_class." + a.code()).toLowerCase(labels.locale())))
                .orElseGet(() -> labels.get("policy.metric." + l.metric().code()));
    }
}

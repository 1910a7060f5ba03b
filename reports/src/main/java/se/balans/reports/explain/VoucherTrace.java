package se.balans.reports.explain;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import se.balans.engine.money.Money;
import se.balans.reports.output.Data;
import se.balans.reports.output.ReportData;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Table;
import se.balans.reports.text.Labels;

/**
 * The vouchers behind a figure, largest first: for people the first {@code shown} of them with the rest
 * summed, for programs (CSV, JSON) every one. Their sum is the figure to date when the files have
 * vouchers; a file of period balances only has none to list.
 *
 * @param title  the figure and month, e.g. "Verksamhetens kostnader, mars 2026"
 * @param figure the figure to date as the closing stored it
 */
public record VoucherTrace(String title, Money figure, List<TracedVoucher> vouchers) implements ReportData {
    public VoucherTrace {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(figure, "figure");
        vouchers = vouchers.stream().sorted(Comparator.comparing((TracedVoucher v) -> v.amount().abs()).reversed()
                .thenComparing(TracedVoucher::file).thenComparingLong(TracedVoucher::line)).toList();
    }

    /** The sum of the vouchers' parts in the figure. */
    public Money total() {
        return vouchers.stream().map(TracedVoucher::amount).reduce(Money.ZERO, Money::plus);
    }

    /** The largest {@code shown} vouchers, the rest as one row, and the total against the figure. */
    public Table table(Labels l, int shown) {
        Table.Builder t = Table.builder(title, l.get("vouchers.col.voucher"), List.of(l.get("vouchers.col.date"),
                l.get("vouchers.col.text"), l.get("vouchers.col.file"), l.get("vouchers.col.amount")));
        Money rest = Money.ZERO;
        for (int i = 0; i < vouchers.size(); i++) {
            TracedVoucher v = vouchers.get(i);
            if (i < shown) {
                t.row((v.series().isEmpty() ? "" : v.series() + " ") + v.number(), List.of(Cell.text(v.date().toString()),
                        Cell.text(v.text()), Cell.text(v.file() + ":" + v.line()), Cell.amount(v.amount())));
            } else {
                rest = rest.plus(v.amount());
            }
        }
        if (vouchers.size() > shown) {
            t.row(l.format("vouchers.rest", vouchers.size() - shown), List.of(Cell.EMPTY, Cell.EMPTY, Cell.EMPTY,
                    Cell.amount(rest)));
        }
        t.total(l.get("vouchers.total"), List.of(Cell.EMPTY, Cell.EMPTY, Cell.EMPTY, Cell.amount(total())));
        t.total(l.get("vouchers.figure"), List.of(Cell.EMPTY, Cell.EMPTY, Cell.EMPTY, Cell.amount(figure)));
        return t.build();
    }

    /** Every voucher: file, line, series, voucher, date, text, amount in mnkr. */
    @Override
    public Table records() {
        Table.Builder t = Table.keyed("vouchers", "file", List.of("line", "series", "voucher", "date", "text",
                "amount"));
        for (TracedVoucher v : vouchers) {
            t.keyed(v.file(), List.of(Cell.integer(v.line()), Cell.text(v.series()), Cell.text(v.number()),
                    Cell.text(v.date().toString()), Cell.text(v.text()), Cell.amount(v.amount())));
        }
        return t.build();
    }

    @Override
    public Data document() {
        return Data.object().text("figure", title).amount("figure_ytd", figure).amount("vouchers_total", total())
                .put("vouchers", Data.array(vouchers, v -> Data.object().text("file", v.file()).number("line", v.line())
                        .text("series", v.series()).text("voucher", v.number()).text("date", v.date().toString())
                        .text("text", v.text()).amount("amount", v.amount()).build()))
                .build();
    }
}

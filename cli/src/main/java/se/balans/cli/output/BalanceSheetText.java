package se.balans.cli.output;

import java.io.PrintWriter;

import se.balans.reports.closing.BalanceSheetTables;
import se.balans.reports.closing.YearFollowUp;
import se.balans.reports.table.TextTableRenderer;
import se.balans.reports.text.Labels;
import se.balans.reports.text.NumberStyle;

/** The closing's balance sheet in the terminal, as the monthly report's section has it. */
public final class BalanceSheetText {
    private BalanceSheetText() {
    }

    public static void print(PrintWriter out, YearFollowUp year, Labels labels, NumberStyle numbers) {
        if (year.balanceSheet().isEmpty() && year.noBalanceSheet().isEmpty()) {
            return;
        }
        out.println(labels.get("report.monthly.section.balance_sheet"));
        out.println();
        if (year.balanceSheet().isEmpty()) {
            out.println(labels.format("bs.missing", year.noBalanceSheet().get()));
            return;
        }
        BalanceSheetTables t = new BalanceSheetTables(year.balanceSheet().get(), labels);
        t.narrative().forEach(out::println);
        out.println();
        TextTableRenderer r = new TextTableRenderer(numbers);
        out.println(r.render(t.sheet()));
        out.print(r.render(t.reconciliation()));
    }
}

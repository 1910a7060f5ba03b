package se.balans.cli.output;

import java.io.PrintWriter;
import java.util.Optional;

import se.balans.engine.balancerequirement.BalanceRequirementForecast;
import se.balans.reports.balancerequirement.BalanceRequirementForecastTables;
import se.balans.reports.closing.YearFollowUp;
import se.balans.reports.table.TextTableRenderer;
import se.balans.reports.text.Labels;
import se.balans.reports.text.NumberStyle;

/** The year's balance requirement in the terminal, as the monthly report's section has it. */
public final class BalanceRequirementText {
    private BalanceRequirementText() {
    }

    public static void print(PrintWriter out, YearFollowUp year, Labels labels, NumberStyle numbers) {
        Optional<BalanceRequirementForecast> forecast = year.balanceRequirement();
        Optional<String> missing = year.noBalanceRequirement();
        out.println(labels.get("report.monthly.section.balance_requirement"));
        out.println();
        if (forecast.isEmpty()) {
            missing.ifPresent(why -> out.println(labels.format("bkr.forecast.missing", why)));
            return;
        }
        BalanceRequirementForecastTables t = new BalanceRequirementForecastTables(forecast.get(), labels);
        t.narrative(numbers).forEach(out::println);
        out.println();
        TextTableRenderer r = new TextTableRenderer(numbers);
        out.println(r.render(t.statement()));
        out.print(r.render(t.restoration()));
    }
}

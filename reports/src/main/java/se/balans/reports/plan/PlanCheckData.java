package se.balans.reports.plan;

import java.util.List;

import se.balans.engine.check.Finding;
import se.balans.reports.output.Data;
import se.balans.reports.output.ReportData;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Table;

/**
 * The plan's consistency check for programs ({@code balans plan check --format csv|json}): each
 * figure that does not tie, as given and as the rule derives it, in mnkr.
 */
public final class PlanCheckData implements ReportData {
    private final List<Finding> findings;

    public PlanCheckData(List<Finding> findings) {
        this.findings = List.copyOf(findings);
    }

    /** One record per finding; only the header when the plan ties. */
    @Override
    public Table records() {
        Table.Builder t = Table.keyed("plan check", "year",
                List.of("statement", "line", "rule", "given", "expected", "difference", "detail"));
        for (Finding f : findings) {
            t.keyed(String.valueOf(f.year()), List.of(Cell.text(f.statement()), Cell.text(f.line()),
                    Cell.text(f.rule().code()), Cell.amount(f.given()), Cell.amount(f.expected()),
                    Cell.amount(f.difference()), Cell.text(f.detail())));
        }
        return t.build();
    }

    /** Whether the plan ties, and the findings. */
    @Override
    public Data document() {
        return Data.object().bool("consistent", findings.isEmpty())
                .put("findings", Data.array(findings, f -> Data.object().number("year", f.year())
                        .text("statement", f.statement()).text("line", f.line()).text("rule", f.rule().code())
                        .amount("given", f.given()).amount("expected", f.expected())
                        .amount("difference", f.difference()).text("detail", f.detail()).build()))
                .build();
    }
}

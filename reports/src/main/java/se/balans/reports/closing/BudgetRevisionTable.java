package se.balans.reports.closing;

import java.util.ArrayList;
import java.util.List;

import se.balans.engine.closing.BudgetRevision;
import se.balans.engine.money.Money;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.engine.statement.StatementKind;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Table;
import se.balans.reports.text.Labels;
import se.balans.reports.text.NumberStyle;

/** The year's budget revision: which version the closing used, and the revision against the original. */
public final class BudgetRevisionTable {
    private static final List<IncomeStatementLine> LINES = List.of(IncomeStatementLine.NET_OPERATING_COST,
            IncomeStatementLine.TAX_REVENUE, IncomeStatementLine.GENERAL_GRANTS, IncomeStatementLine.OPERATING_RESULT,
            IncomeStatementLine.RESULT_FOR_YEAR);

    private BudgetRevisionTable() {
    }

    /** In words: the budget is revised, which file the closing used, verksamhetens resultat before and after. */
    public static String sentence(BudgetRevision r, Labels labels) {
        NumberStyle n = NumberStyle.of(labels.language());
        Money revised = r.revised(IncomeStatementLine.OPERATING_RESULT);
        return r.adopted(IncomeStatementLine.OPERATING_RESULT)
                .map(a -> labels.format("budget.revision.text", r.year(), r.used(), n.mnkr(revised, 0), n.mnkr(a, 0)))
                .orElse(labels.format("budget.revision.text_no_original", r.year(), r.used()));
    }

    /** Original, revised and the change for the lines the board follows. */
    public static Table of(BudgetRevision r, Labels labels) {
        Table.Builder b = Table.builder(labels.format("budget.revision.title", r.year()), labels.get("label.line"),
                List.of(labels.get("budget.revision.col.adopted"), labels.get("budget.revision.col.revised"),
                        labels.get("budget.revision.col.change")));
        for (IncomeStatementLine line : LINES) {
            List<Cell> cells = new ArrayList<>();
            cells.add(r.adopted(line).map(Cell::amount).orElse(Cell.EMPTY));
            cells.add(Cell.amount(r.revised(line)));
            cells.add(r.adopted(line).map(a -> Cell.amount(r.revised(line).minus(a))).orElse(Cell.EMPTY));
            b.row(labels.line(StatementKind.INCOME_STATEMENT, line), cells);
        }
        b.note(r.original().map(o -> labels.format("budget.revision.note", o, r.used()))
                .orElse(labels.format("budget.revision.note_no_original", r.used())));
        return b.build();
    }
}

package se.balans.engine.closing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.balans.engine.ledger.LedgerMapping.Key;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.engine.statement.StatementLine;

/**
 * A figure of a closing that can be asked about: a line of the result statement region-wide,
 * finansnetto, or a committee's net cost (nettokostnad). It says which stored rows the figure
 * contains — the one containment rule that the closing's totals, {@code verify} and {@code explain}
 * all use — and reads its measures from a closing.
 */
public sealed interface ClosingFigure {

    /** The input lines (never totals) whose rows the figure sums. */
    List<IncomeStatementLine> inputLines();

    /** Whether a committee's rows count (all committees, or one). */
    boolean includesCommittee(String committee);

    /** The figure's measures in a closing. */
    Measures measuresIn(MonthlyClosing closing);

    /** Whether a stored row (committee × input line) is part of the figure. */
    default boolean contains(Key key) {
        return inputLines().contains(key.line()) && includesCommittee(key.committee());
    }

    /** A result-statement line for the whole organisation; a total through its input lines. */
    static ClosingFigure line(IncomeStatementLine line) {
        return new Line(line);
    }

    /** Finansnetto: financial income plus financial costs. */
    static ClosingFigure netFinancialItems() {
        return new NetFinancialItems();
    }

    /** A committee's net cost, shown positive. */
    static ClosingFigure netCost(String committee) {
        return new NetCost(committee);
    }

    /** The input lines of a line: itself, or the leaves of a total in statement order. */
    static List<IncomeStatementLine> leaves(IncomeStatementLine line) {
        List<IncomeStatementLine> out = new ArrayList<>();
        if (!line.isTotal()) {
            out.add(line);
            return out;
        }
        for (StatementLine c : line.components()) {
            out.addAll(leaves((IncomeStatementLine) c));
        }
        return out;
    }

    /** A line of the result statement. */
    record Line(IncomeStatementLine line) implements ClosingFigure {
        public Line {
            Objects.requireNonNull(line, "line");
        }

        @Override
        public List<IncomeStatementLine> inputLines() {
            return leaves(line);
        }

        @Override
        public boolean includesCommittee(String committee) {
            return true;
        }

        @Override
        public Measures measuresIn(MonthlyClosing closing) {
            return closing.line(line);
        }
    }

    /** Finansnetto. */
    record NetFinancialItems() implements ClosingFigure {
        @Override
        public List<IncomeStatementLine> inputLines() {
            return List.of(IncomeStatementLine.FINANCIAL_INCOME, IncomeStatementLine.FINANCIAL_COSTS);
        }

        @Override
        public boolean includesCommittee(String committee) {
            return true;
        }

        @Override
        public Measures measuresIn(MonthlyClosing closing) {
            return closing.netFinancialItems();
        }
    }

    /** A committee's net cost: its operating revenue, costs and depreciation, sign turned. */
    record NetCost(String committee) implements ClosingFigure {
        public NetCost {
            Objects.requireNonNull(committee, "committee");
        }

        @Override
        public List<IncomeStatementLine> inputLines() {
            return MonthlyClosing.OPERATING_LINES.stream().sorted().toList();
        }

        @Override
        public boolean includesCommittee(String c) {
            return committee.equals(c);
        }

        @Override
        public Measures measuresIn(MonthlyClosing closing) {
            return closing.committeeNetCost(committee);
        }
    }

    /** The committee a figure is limited to, if any. */
    default Optional<String> onlyCommittee() {
        return this instanceof NetCost n ? Optional.of(n.committee()) : Optional.empty();
    }
}

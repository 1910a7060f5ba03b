package se.balans.reports.table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What a total or subtotal row adds up: other rows of the same table, each added or subtracted
 * ({@code Verksamhetens nettokostnad} is the costs plus depreciation less the revenues when all three are
 * shown positive). Rows are named by their index in {@link Table#rows()}.
 *
 * <p>A column of the row is a sum when the row's cell there is an amount ({@link Cell.Amount} or
 * {@link Cell.Deviation}) and every term's cell is an amount or empty (an empty cell adds nothing); a
 * percentage, a count or a dash in the total row or in a term leaves that column a plain value. See
 * {@link Table#sums(int, int)}. A workbook writes a summed cell as a formula over the cells it adds, and
 * {@link Table#asShown(se.balans.reports.text.Labels)} makes its figure the sum of the figures shown above it.
 */
public record Sum(List<Term> terms) {

    /** One row a sum adds (or subtracts). */
    public record Term(int row, boolean subtracted) {
        public Term {
            if (row < 0) {
                throw new IllegalArgumentException("a sum's term names row " + row);
            }
        }
    }

    public Sum {
        terms = List.copyOf(terms);
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("a sum adds at least one row");
        }
    }

    /** The sum of these rows, each added. */
    public static Sum of(Collection<Integer> rows) {
        List<Term> t = new ArrayList<>();
        rows.forEach(r -> t.add(new Term(r, false)));
        return new Sum(t);
    }

    /** The sum of these rows, each added. */
    public static Sum of(int... rows) {
        List<Term> t = new ArrayList<>();
        for (int r : rows) {
            t.add(new Term(r, false));
        }
        return new Sum(t);
    }

    /** This sum with one row more, added. */
    public Sum plus(int row) {
        return with(new Term(row, false));
    }

    /** This sum with one row more, subtracted. */
    public Sum minus(int row) {
        return with(new Term(row, true));
    }

    private Sum with(Term t) {
        List<Term> all = new ArrayList<>(terms);
        all.add(t);
        return new Sum(all);
    }
}

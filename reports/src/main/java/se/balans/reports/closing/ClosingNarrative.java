package se.balans.reports.closing;

import se.balans.engine.closing.Measures;
import se.balans.engine.closing.MonthlyClosing;
import se.balans.engine.money.Money;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.reports.text.Labels;
import se.balans.reports.text.NumberStyle;

/**
 * The short text of the monthly report, in the style of the board summaries: "Efter tre månader är
 * verksamhetens resultat positivt med 75 miljoner kronor …". Every figure in it comes from the
 * closing; amounts are in whole millions, as the board summaries write them.
 */
public final class ClosingNarrative {
    private ClosingNarrative() {
    }

    public static String of(MonthlyClosing c, Labels l) {
        return of(c, l, java.util.Optional.empty());
    }

    /**
     * @param resultOfRecord årets resultat of the month's forecast round (the forecast of record), when there is
     *                       one: the summary then states it as the year's forecast — as the report's forecast part,
     *                       the self-financing and the balance requirement do — and the computed proposal beside it
     */
    public static String of(MonthlyClosing c, Labels l, java.util.Optional<Money> resultOfRecord) {
        NumberStyle n = NumberStyle.of(l.language());
        Measures vr = c.line(IncomeStatementLine.OPERATING_RESULT);
        Measures fin = c.netFinancialItems();
        Measures total = c.line(IncomeStatementLine.RESULT_FOR_YEAR);
        int year = c.month().getYear();
        // Without last year's ledger, say so rather than compare with a year of zeros.
        boolean lastYear = LastYear.hasData(c);
        String monthName = l.get("month." + c.month().getMonthValue());
        String p1 = String.join(" ",
                l.format("narrative.after", l.get("narrative.months." + c.month().getMonthValue()), sign(l, vr.ytd()),
                        millions(n, vr.ytd())),
                l.format("narrative.vr_month", direction(l, vr.month()), millions(n, vr.month()), monthName),
                lastYear ? l.format("narrative.last_year", year - 1, sign(l, vr.ytdLastYear()),
                        millions(n, vr.ytdLastYear())) : l.format("narrative.no_last_year", year - 1),
                l.format("narrative.plan", year, l.get(vr.budgetYear().isNegative() ? "narrative.deficit"
                        : "narrative.surplus"), millions(n, vr.budgetYear())));
        String p2 = String.join(" ",
                l.format("narrative.financial", sign(l, fin.ytd()), monthName, millions(n, fin.ytd()),
                        l.get(fin.month().isNegative() ? "narrative.minus" : "narrative.plus"), millions(n, fin.month())),
                l.format("narrative.total", monthName, sign(l, total.ytd()), millions(n, total.ytd()),
                        direction(l, total.month()), millions(n, total.month())));
        if (lastYear) {
            p2 += " " + l.format("narrative.total_last_year", year - 1, sign(l, total.ytdLastYear()),
                    millions(n, total.ytdLastYear()));
        }
        String p3 = resultOfRecord
                .map(r -> l.format("narrative.forecast_of_record", n.mnkr(r, 0), n.mnkr(total.budgetYear(), 0),
                        n.mnkr(total.forecastYear(), 0)))
                .orElse(l.format("narrative.forecast", n.mnkr(total.forecastYear(), 0), n.mnkr(total.budgetYear(), 0)));
        return p1 + "\n\n" + p2 + "\n\n" + p3;
    }

    private static String sign(Labels l, Money m) {
        return l.get(m.isNegative() ? "narrative.negative" : "narrative.positive");
    }

    private static String direction(Labels l, Money m) {
        return l.get(m.isNegative() ? "narrative.worse" : "narrative.better");
    }

    private static String millions(NumberStyle n, Money m) {
        return n.mnkr(m.abs(), 0);
    }
}

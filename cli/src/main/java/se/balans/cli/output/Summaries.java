package se.balans.cli.output;

import java.math.BigDecimal;

import se.balans.app.closing.CloseMonth;
import se.balans.app.closing.Staleness;
import se.balans.app.ledger.ImportLedger;
import se.balans.engine.closing.MonthlyClosing;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.reports.text.Labels;
import se.balans.reports.text.NumberStyle;

/** The one-line summaries printed after an import and a closing, by the commands and the demo alike. */
public final class Summaries {
    private Summaries() {
    }

    /** "fil.se: import #3, 2025-01–2025-12, 12 345 verifikationer …". */
    public static String imported(ImportLedger.Imported r, Labels l, NumberStyle n) {
        var i = r.receipt().imported();
        String months = i.firstPeriod().map(f -> f + "–" + i.lastPeriod().orElseThrow()).orElse("–");
        String text = l.format("import.done", i.fileName(), i.id(), months,
                n.number(BigDecimal.valueOf(i.vouchers()), 0), n.number(BigDecimal.valueOf(i.rows()), 0),
                r.summary().charset().name(),
                r.summary().checksum().isPresent() ? l.get("import.checksum_ok") : l.get("import.no_checksum"),
                i.sha256().substring(0, 12));
        if (!r.receipt().superseded().isEmpty()) {
            text += " " + l.format("import.superseded", String.join(", ",
                    r.receipt().superseded().stream().map(s -> "#" + s.id()).toList()));
        }
        return text;
    }

    /** A closing that no longer matches the ledger, what changed it, and what to do. */
    public static String stale(Staleness.Stale s, Labels l) {
        return l.format("stale.closing", s.closing().period(), s.closing().id(),
                String.join(", ", s.changedBy().stream().map(id -> "#" + id).toList()),
                String.join(", ", s.months().stream().map(java.time.YearMonth::toString).toList()));
    }

    /** The closed month's result to date and full-year forecast. */
    public static String closed(CloseMonth.Closed c, Labels l, NumberStyle n) {
        MonthlyClosing m = c.closing();
        return l.format("close.done", m.month(), c.info().id(),
                n.mnkrWithUnit(m.line(IncomeStatementLine.OPERATING_RESULT).ytd()),
                n.mnkrWithUnit(m.netFinancialItems().ytd()),
                n.mnkrWithUnit(m.line(IncomeStatementLine.RESULT_FOR_YEAR).ytd()),
                n.mnkrWithUnit(m.line(IncomeStatementLine.RESULT_FOR_YEAR).forecastYear()));
    }
}

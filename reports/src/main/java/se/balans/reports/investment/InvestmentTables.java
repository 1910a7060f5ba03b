package se.balans.reports.investment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import se.balans.engine.investment.InvestmentCarryOver;
import se.balans.engine.investment.InvestmentCategory;
import se.balans.engine.investment.InvestmentFigures;
import se.balans.engine.investment.InvestmentFollowUp;
import se.balans.engine.investment.InvestmentFollowUp.CategoryFollowUp;
import se.balans.engine.investment.InvestmentFollowUp.ForecastBasis;
import se.balans.engine.investment.InvestmentProjectFollowUp;
import se.balans.engine.money.Money;
import se.balans.reports.chart.Chart;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Table;
import se.balans.reports.text.Labels;
import se.balans.reports.text.Language;
import se.balans.reports.text.NumberStyle;

/**
 * Investeringsuppföljning in words, tables and a chart: the year's investments to date against the
 * year's budget (ombudgetering included), per category, with the full-year forecast and its deviation,
 * and the självfinansieringsgrad — one set for the monthly report and the terminal.
 *
 * <p>Deviations are the budget less the forecast, so positive is under budget and shown as the
 * favourable colour, as the region's reports call it a positive avvikelse.
 */
public final class InvestmentTables {
    private final InvestmentFollowUp f;
    private final Labels labels;
    private final NumberStyle n;
    private final int year;
    private final int month;

    public InvestmentTables(InvestmentFollowUp followUp, Labels labels) {
        this.f = followUp;
        this.labels = labels;
        this.n = NumberStyle.of(labels.language());
        this.year = followUp.month().getYear();
        this.month = followUp.month().getMonthValue();
    }

    /** "januari–mars 2026", "januari 2026", or "2026" when the year is complete. */
    private String period() {
        if (f.yearComplete()) {
            return String.valueOf(year);
        }
        return month == 1 ? labels.format("inv.period_january", year)
                : labels.format("inv.period", labels.get("month." + month), year);
    }

    private String name(InvestmentCategory c) {
        return labels.language() == Language.SV ? c.name() : c.englishName();
    }

    /** Whole mnkr, as the board's text gives them. */
    private String whole(Money m) {
        return n.mnkr(m, 0);
    }

    private static boolean showsAsZero(Money m) {
        return m.toMnkr().setScale(0, RoundingMode.HALF_UP).signum() == 0;
    }

    /** In words: the total against the budget, each category's deviation, and the självfinansieringsgrad. */
    public List<String> narrative() {
        List<String> out = new ArrayList<>();
        InvestmentFigures t = f.total();
        String carried = t.carriedIn().isZero() ? ""
                : labels.format("inv.text.carried", whole(t.carriedIn()), year - 1);
        Money dev = t.deviation();
        String deviation = showsAsZero(dev) ? "on_budget" : dev.isPositive() ? "below" : "above";
        if (f.yearComplete()) {
            out.add(labels.format("inv.text.year", whole(t.yearToDate()), year, whole(t.budgetOfYear()), carried,
                    labels.format("inv.text.year_" + deviation, whole(dev.abs()))));
        } else {
            String forecast = labels.format("inv.text.forecast_" + deviation, whole(dev.abs()));
            out.add(t.budgetOfYear().isPositive()
                    ? labels.format("inv.text.to_date", whole(t.yearToDate()), period(),
                    n.percent(t.yearToDate().ratioTo(t.budgetOfYear()), 0), whole(t.budgetOfYear()), carried,
                    whole(t.forecast()), forecast)
                    : labels.format("inv.text.to_date_no_budget", whole(t.yearToDate()), period(),
                    whole(t.budgetOfYear()), carried, whole(t.forecast()), forecast));
        }
        categoriesSentence().ifPresent(out::add);
        out.add(selfFinancingSentence());
        return out;
    }

    /** Per category: "Fastighet har en negativ avvikelse på 27 miljoner kronor, …"; those on budget after. */
    private Optional<String> categoriesSentence() {
        List<String> off = new ArrayList<>();
        List<String> on = new ArrayList<>();
        for (CategoryFollowUp c : f.categories()) {
            Money d = c.figures().deviation();
            if (c.figures().budgetOfYear().isZero() && c.figures().forecast().isZero()) {
                continue;
            }
            if (showsAsZero(d)) {
                on.add(name(c.category()));
            } else {
                off.add(labels.format(off.isEmpty()
                                ? (d.isPositive() ? "inv.text.category_positive_first" : "inv.text.category_negative_first")
                                : (d.isPositive() ? "inv.text.category_positive" : "inv.text.category_negative"),
                        name(c.category()), whole(d.abs())));
            }
        }
        if (off.isEmpty() && on.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder();
        if (!off.isEmpty()) {
            sb.append(labels.format(f.yearComplete() ? "inv.text.categories_year" : "inv.text.categories_forecast",
                    list(off)));
        }
        if (!on.isEmpty()) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(labels.format(on.size() == 1
                    ? (f.yearComplete() ? "inv.text.on_budget_one_year" : "inv.text.on_budget_one_forecast")
                    : (f.yearComplete() ? "inv.text.on_budget_many_year" : "inv.text.on_budget_many_forecast"),
                    list(on)));
        }
        return Optional.of(sb.toString());
    }

    /** "a, b och c". */
    private String list(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + labels.get("inv.text.and")
                + parts.get(parts.size() - 1);
    }

    private String selfFinancingSentence() {
        if (f.yearComplete()) {
            return f.selfFinancingYear().map(r -> labels.format("inv.text.self_financing_year", year, n.percent(r, 0)))
                    .orElse(labels.format("inv.text.self_financing_none_year", year));
        }
        if (f.selfFinancingYtd().isEmpty() && f.selfFinancingYear().isEmpty()) {
            return labels.get("inv.text.self_financing_none");
        }
        String ytd = f.selfFinancingYtd().map(r -> n.percent(r, 0)).orElse(labels.get("inv.text.not_given"));
        String forecast = f.selfFinancingYear().map(r -> n.percent(r, 0)).orElse(labels.get("inv.text.not_given"));
        return labels.format("inv.text.self_financing", ytd, forecast);
    }

    /** Per category and in total: the month, the year to date, the budget and carry-over, what is left, the forecast. */
    public Table table() {
        List<String> columns = List.of(labels.format("inv.col.month", labels.get("month." + month)),
                labels.get("inv.col.ytd"),
                labels.get("inv.col.budget"), labels.format("inv.col.carried_in", year - 1),
                labels.format("inv.col.budget_of_year", year), labels.get("inv.col.remaining"),
                labels.get("inv.col.forecast"), labels.get("inv.col.deviation"));
        Table.Builder t = Table.builder(labels.format("inv.title", period()), labels.get("inv.col.category"), columns);
        for (CategoryFollowUp c : f.categories()) {
            String label = name(c.category()) + (c.forecastBasis() == ForecastBasis.GIVEN ? " *" : "");
            t.row(label, cells(c.figures()));
        }
        t.totalOfDetailRows(labels.get("inv.total"), cells(f.total()));
        t.note(note());
        return t.build();
    }

    private static List<Cell> cells(InvestmentFigures x) {
        return List.of(Cell.amount(x.month()), Cell.amount(x.yearToDate()), Cell.amount(x.budget()),
                Cell.amount(x.carriedIn()), Cell.amount(x.budgetOfYear()), Cell.amount(x.remaining()),
                Cell.amount(x.forecast()), Cell.favourableWhenPositive(x.deviation()));
    }

    private String note() {
        List<String> lines = new ArrayList<>();
        lines.add(labels.get("inv.note.outcome"));
        lines.add(labels.get(f.yearComplete() ? "inv.note.forecast_year" : "inv.note.forecast_rule"));
        for (CategoryFollowUp c : f.categories()) {
            c.forecastGiven().ifPresent(g -> lines.add(labels.format("inv.note.given", name(c.category()),
                    labels.get("month." + g.month().getMonthValue()), g.month().getYear(),
                    g.source().isBlank() ? labels.get("inv.note.no_source") : g.source())));
        }
        Set<String> decisions = new LinkedHashSet<>();
        for (CategoryFollowUp c : f.categories()) {
            c.carryOvers().stream().map(InvestmentCarryOver::decision).forEach(decisions::add);
        }
        if (!decisions.isEmpty()) {
            lines.add(labels.format("inv.note.carried", year - 1, String.join("; ", decisions)));
        }
        return String.join("\n", lines);
    }

    /** Every table of the part, in the order the report shows them: categories, projects (when followed), självfinansieringsgrad. */
    public List<Table> tables() {
        List<Table> out = new ArrayList<>();
        out.add(table());
        projects().ifPresent(out::add);
        out.add(selfFinancing());
        return out;
    }

    /**
     * Per project, when the workspace keeps a project register: the projects with something in the year, objects
     * nobody registered (flagged), and the investments without a project, which together sum to the total.
     */
    public Optional<Table> projects() {
        return f.projects().map(p -> {
            List<String> columns = List.of(labels.get("inv.col.category"),
                    labels.format("inv.col.month", labels.get("month." + month)), labels.get("inv.col.ytd"),
                    labels.format("inv.col.budget_of_year", year), labels.get("inv.col.remaining"),
                    labels.get("inv.col.forecast"), labels.get("inv.col.deviation"));
            Table.Builder t = Table.builder(labels.format("inv.projects.title", period()),
                    labels.get("inv.projects.col.project"), columns);
            boolean english = labels.language() == Language.EN;
            for (InvestmentProjectFollowUp.Line l : p.projects()) {
                String label = l.registered().isPresent() ? l.name(english)
                        : labels.format("inv.projects.unregistered", l.code());
                String category = f.categories().stream().filter(c -> c.category().code().equals(l.category()))
                        .findFirst().map(c -> name(c.category())).orElse(l.category());
                t.row(label + (l.forecastBasis() == ForecastBasis.GIVEN ? " *" : ""),
                        projectCells(Cell.text(category), l.figures()));
            }
            t.row(labels.get("inv.projects.without"), projectCells(Cell.EMPTY, p.withoutProject()));
            // the projects and what no project carries add up to the total
            t.totalOfDetailRows(labels.get("inv.total"), projectCells(Cell.EMPTY, f.total()));
            List<String> notes = new ArrayList<>();
            notes.add(labels.format("inv.projects.note", p.dimension()));
            notes.add(labels.get(f.yearComplete() ? "inv.note.forecast_year" : "inv.projects.note_forecast"));
            for (InvestmentProjectFollowUp.Line l : p.projects()) {
                l.forecastGiven().ifPresent(g -> notes.add(labels.format("inv.note.given", l.name(english),
                        labels.get("month." + g.month().getMonthValue()), g.month().getYear(),
                        g.source().isBlank() ? labels.get("inv.note.no_source") : g.source())));
            }
            if (!p.unregistered().isEmpty()) {
                notes.add(labels.format("inv.projects.note_unregistered", p.dimension(),
                        String.join(", ", p.unregistered().stream().map(InvestmentProjectFollowUp.Line::code).toList())));
            }
            t.note(String.join("\n", notes));
            return t.build();
        });
    }

    private static List<Cell> projectCells(Cell category, InvestmentFigures x) {
        return List.of(category, Cell.amount(x.month()), Cell.amount(x.yearToDate()), Cell.amount(x.budgetOfYear()),
                Cell.amount(x.remaining()), Cell.amount(x.forecast()), Cell.favourableWhenPositive(x.deviation()));
    }

    /** Självfinansieringsgrad: årets resultat plus avskrivningar against the net investments, to date and for the year. */
    public Table selfFinancing() {
        List<String> columns = f.yearComplete() ? List.of(String.valueOf(year))
                : List.of(labels.get("inv.col.ytd"), labels.get("inv.col.forecast"));
        Table.Builder t = Table.builder(labels.format("inv.sf.title", period()), labels.get("label.line"), columns);
        var funds = f.funds();
        t.row(labels.get("inv.sf.result"), values(funds.resultYtd(), funds.resultForecastYear()));
        t.row(labels.get("inv.sf.depreciation"), values(funds.depreciationYtd().negated(),
                funds.depreciationForecastYear().negated()));
        t.total(labels.get("inv.sf.funds"), values(funds.fundsYtd(), funds.fundsForecastYear()), t.detailRows());
        t.row(labels.get("inv.sf.investments"), values(f.total().yearToDate(), f.total().forecast()));
        List<Cell> ratio = new ArrayList<>();
        ratio.add(f.selfFinancingYtd().map(Cell::percent).orElse(Cell.EMPTY));
        if (!f.yearComplete()) {
            ratio.add(f.selfFinancingYear().map(Cell::percent).orElse(Cell.EMPTY));
        }
        t.row(labels.get("inv.sf.ratio"), ratio);
        t.note(funds.resultOfRecord() && !f.yearComplete()
                ? labels.get("inv.sf.note") + "\n" + labels.get("inv.sf.note_record")
                : labels.get("inv.sf.note"));
        return t.build();
    }

    private List<Cell> values(Money ytd, Money year) {
        return f.yearComplete() ? List.of(Cell.amount(ytd)) : List.of(Cell.amount(ytd), Cell.amount(year));
    }

    /** Outcome against budget by category: the year to date, the forecast (before the year is complete) and the budget. */
    public Chart chart() {
        List<String> categories = new ArrayList<>();
        List<BigDecimal> ytd = new ArrayList<>();
        List<BigDecimal> forecast = new ArrayList<>();
        List<BigDecimal> budget = new ArrayList<>();
        for (CategoryFollowUp c : f.categories()) {
            categories.add(name(c.category()));
            ytd.add(c.figures().yearToDate().toMnkr());
            forecast.add(c.figures().forecast().toMnkr());
            budget.add(c.figures().budgetOfYear().toMnkr());
        }
        List<Chart.Series> series = new ArrayList<>();
        series.add(new Chart.Series(labels.format("inv.chart.outcome", period()), ytd));
        if (!f.yearComplete()) {
            series.add(new Chart.Series(labels.get("inv.col.forecast"), forecast));
        }
        series.add(new Chart.Series(labels.format("inv.col.budget_of_year", year), budget));
        return Chart.bar(labels.format("inv.chart.title", year), labels.get("inv.col.category"),
                labels.get("label.mnkr"), categories, series);
    }
}

package se.balans.reports.personnel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.balans.engine.money.Ratios;
import se.balans.engine.personnel.AgeBand;
import se.balans.engine.personnel.AgencyShare;
import se.balans.engine.personnel.PersonnelFollowUp;
import se.balans.engine.personnel.PersonnelFollowUp.Figures;
import se.balans.engine.personnel.PersonnelFollowUp.Group;
import se.balans.engine.personnel.PersonnelFollowUp.TrendPoint;
import se.balans.engine.personnel.PersonnelMissing;
import se.balans.engine.personnel.PersonnelTarget;
import se.balans.engine.personnel.Sex;
import se.balans.engine.personnel.SickLeave;
import se.balans.reports.chart.Chart;
import se.balans.reports.document.Section;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Row;
import se.balans.reports.table.Table;
import se.balans.reports.text.Labels;
import se.balans.reports.text.NumberStyle;

/**
 * The personnel follow-up (personaluppföljning) as the monthly report shows it: sentences as a region writes them
 * ("Sjukfrånvaron var 4,2 procent av den ordinarie arbetstiden hittills i år, 0,5 procentenheter lägre än samma
 * period i fjol."), the committees' staff and sick leave, the annual report's seven sick-leave figures by sex and
 * age band, the committees by group, the figures against their targets, and charts of the full-time equivalents and
 * the sick leave over the last 13 months; or, when there is no follow-up, why, in words.
 *
 * <p>Every figure comes from {@link PersonnelFollowUp}; this class chooses the words and rounds, once, to one
 * decimal (a percentage-point change is the difference of the unrounded percentages, rounded). A figure of a group
 * or committee of ten employees or fewer is left empty and the note says why.
 */
public final class PersonnelTables {
    private final PersonnelFollowUp f;
    private final Labels labels;
    private final NumberStyle n;
    private final Map<String, String> committeeNames;

    /** @param committeeNames display names by committee code, in the report's language; a code without one shows as itself */
    public PersonnelTables(PersonnelFollowUp followUp, Labels labels, Map<String, String> committeeNames) {
        this.f = Objects.requireNonNull(followUp, "followUp");
        this.labels = Objects.requireNonNull(labels, "labels");
        this.n = NumberStyle.of(labels.language());
        this.committeeNames = Map.copyOf(committeeNames);
    }

    /** The section of the monthly report: the sentences, the tables and the charts. */
    public Section section() {
        List<Table> tables = new ArrayList<>(List.of(committees(), groups(), committeeGroups()));
        targets().ifPresent(tables::add);
        return new Section(labels.get("report.monthly.section.personnel"), labels.get("report.monthly.sheet.personnel"),
                narrative(), tables, charts());
    }

    /** The section when there is no follow-up: why, in words. */
    public static Section missingSection(PersonnelMissing missing, Labels labels) {
        return new Section(labels.get("report.monthly.section.personnel"), labels.get("report.monthly.sheet.personnel"),
                List.of(missing(missing, labels)), List.of(), List.of());
    }

    /** Why there is no follow-up, in the report's language. */
    public static String missing(PersonnelMissing missing, Labels labels) {
        String month = monthAndYear(missing.month(), labels);
        return switch (missing.reason()) {
            case NO_EXPORT -> labels.format("personnel.missing.no_export", month, missing.where());
            case NO_MONTH -> labels.format("personnel.missing.no_month", month, missing.where(),
                    missing.covered().orElseThrow().get(0), missing.covered().orElseThrow().get(1));
            case INCOMPLETE -> labels.format("personnel.missing.incomplete", month, missing.where(),
                    missing.gaps().stream().map(PersonnelFollowUp.Gap::toString).collect(Collectors.joining(", ")));
        };
    }

    /** The sentences: a paragraph for the staff, one for the sick leave, one for the committees, one for the targets. */
    public List<String> narrative() {
        Figures r = f.region();
        String month = monthAndYear(f.month(), labels);
        List<String> first = new ArrayList<>();
        first.add(yearToDateSentence(r));
        r.month().rate().ifPresent(m -> first.add(labels.format("personnel.sick.month", month, percent(m))));
        r.yearToDate().longTermShare().ifPresent(s -> first.add(labels.format("personnel.sick.long", percent(s))));
        groupSentences(r).forEach(first::add);
        List<String> paragraphs = new ArrayList<>(List.of(staffSentence(r, month), String.join(" ", first)));
        List<String> committees = f.committees().stream().filter(c -> c.shown() && c.yearToDate().rate().isPresent())
                .map(this::committeeClause).toList();
        if (!committees.isEmpty()) {
            paragraphs.add(labels.format("personnel.sick.committees", list(committees)));
        }
        List<String> targets = new ArrayList<>();
        f.sickLeaveTarget().ifPresent(t -> r.yearToDate().rate().ifPresent(v -> targets.add(labels.format(
                t.metBy(v) ? "personnel.sick.target.met" : "personnel.sick.target.not_met", percent(t.maximum()),
                t.source()))));
        f.agency().ifPresent(a -> targets.add(agencySentence(a)));
        if (!targets.isEmpty()) {
            paragraphs.add(String.join(" ", targets));
        }
        return paragraphs;
    }

    /**
     * Sick leave by sex and by age band to date, as many groups as may be shown, and which may not: "Kvinnornas
     * sjukfrånvaro var 5,8 procent och männens 7,0 procent. Efter ålder var den …"
     */
    private List<String> groupSentences(Figures r) {
        List<String> out = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        Group women = r.bySex().get(Sex.WOMAN);
        Group men = r.bySex().get(Sex.MAN);
        if (women.shown() && men.shown()) {
            out.add(labels.format("personnel.sick.sex", groupPercent(women), groupPercent(men)));
        } else {
            for (Sex s : Sex.values()) {
                if (r.bySex().get(s).shown()) {
                    out.add(labels.format("personnel.sick.sex." + s.code(), groupPercent(r.bySex().get(s))));
                } else {
                    hidden.add(labels.get("personnel.name." + s.code()));
                }
            }
        }
        List<String> bands = new ArrayList<>();
        for (AgeBand a : AgeBand.values()) {
            Group g = r.byAgeBand().get(a);
            if (g.shown()) {
                bands.add(labels.format(bands.isEmpty() ? "personnel.sick.age.first" : "personnel.sick.age.next",
                        groupPercent(g), labels.get("personnel.band." + a.code())));
            } else {
                hidden.add(labels.get("personnel.name." + a.code()));
            }
        }
        if (!bands.isEmpty()) {
            out.add(labels.format("personnel.sick.age", list(bands)));
        }
        if (!hidden.isEmpty()) {
            out.add(labels.format("personnel.sick.not_shown", list(hidden)));
        }
        return out;
    }

    /** "a, b och c". */
    private String list(List<String> items) {
        if (items.size() < 2) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + labels.get("personnel.and")
                + items.get(items.size() - 1);
    }

    private String staffSentence(Figures r, String month) {
        String lastMonth = monthAndYear(f.month().minusYears(1), labels);
        String employees = n.number(BigDecimal.valueOf(r.staff().employees()), 0);
        String fte = n.number(r.staff().fullTimeEquivalents(), 0);
        if (r.fteChange().isEmpty()) {
            return labels.format("personnel.staff.no_last_year", month, employees, fte, lastMonth);
        }
        BigDecimal change = r.fteChange().get();
        if (change.setScale(0, RoundingMode.HALF_UP).signum() == 0) {
            return labels.format("personnel.staff.same", month, employees, fte, lastMonth);
        }
        String rate = r.fteChangeRate().map(x -> signed(x.movePointRight(2))).orElse("–");
        return labels.format("personnel.staff", month, employees, fte, n.number(change.abs(), 0),
                labels.get(change.signum() > 0 ? "personnel.more" : "personnel.fewer"), lastMonth, rate);
    }

    private String yearToDateSentence(Figures r) {
        String ytd = r.yearToDate().rate().map(this::percent).orElse("–");
        if (r.yearToDateChange().isEmpty()) {
            return labels.format("personnel.sick.ytd.no_last_year", ytd, r.lastYearMissing().stream()
                    .map(m -> monthAndYear(m, labels)).collect(Collectors.joining(", ")));
        }
        BigDecimal points = r.yearToDateChange().get().movePointRight(2).setScale(1, RoundingMode.HALF_UP);
        if (points.signum() == 0) {
            return labels.format("personnel.sick.ytd.same", ytd);
        }
        return labels.format("personnel.sick.ytd", ytd, n.number(points.abs(), 1),
                labels.get(points.signum() < 0 ? "personnel.lower" : "personnel.higher"));
    }

    private String committeeClause(Figures c) {
        String name = name(c);
        String ytd = percent(c.yearToDate().rate().orElseThrow());
        return c.yearToDateChange().map(ch -> labels.format("personnel.sick.committee.change", name, ytd,
                signed(ch.movePointRight(2)))).orElseGet(() -> labels.format("personnel.sick.committee", name, ytd));
    }

    private String agencySentence(AgencyShare a) {
        String cost = n.mnkrWithUnit(a.agencyCost());
        String share = percent(a.share());
        if (a.target().isEmpty()) {
            return labels.format("personnel.agency", cost, share);
        }
        PersonnelTarget t = a.target().get();
        return labels.format(a.met().orElseThrow() ? "personnel.agency.met" : "personnel.agency.not_met", cost, share,
                percent(t.maximum()), t.source());
    }

    /** Personal per nämnd och styrelse: staff, its change, and sick leave in the month, to date and last year. */
    public Table committees() {
        String lastMonth = monthAndYear(f.month().minusYears(1), labels);
        Table.Builder b = Table.builder(labels.format("personnel.committees.title", monthAndYear(f.month(), labels)),
                labels.get("label.committee"), List.of(labels.get("personnel.col.employees"),
                        labels.get("personnel.col.fte"), labels.format("personnel.col.fte_change", lastMonth),
                        labels.format("personnel.col.sick_month", labels.get("month." + f.month().getMonthValue())),
                        labels.get("personnel.col.sick_ytd"), labels.get("personnel.col.sick_ytd_last_year"),
                        labels.get("personnel.col.sick_change"), labels.get("personnel.col.long_share")))
                .keys("committee", List.of("employees", "fte", "fte_change", "sick_leave_month", "sick_leave_ytd",
                        "sick_leave_ytd_last_year", "sick_leave_change_pp", "long_term_share"));
        for (Figures c : f.committees()) {
            b.row(Row.of(name(c), committeeCells(c)).withKey(c.committee().orElseThrow()));
        }
        b.row(Row.total(labels.get("personnel.region"), committeeCells(f.region())).withKey("total"));
        String note = labels.get("personnel.committees.note");
        if (f.committees().stream().anyMatch(c -> !c.shown())) {
            note += "\n" + labels.get("personnel.small");
        }
        return b.note(note).build();
    }

    private List<Cell> committeeCells(Figures c) {
        List<Cell> cells = new ArrayList<>(List.of(Cell.integer(c.staff().employees()),
                new Cell.Number(c.staff().fullTimeEquivalents(), 0),
                c.fteChange().map(x -> (Cell) new Cell.Number(x, 0)).orElse(Cell.EMPTY)));
        if (!c.shown()) {
            cells.addAll(List.of(Cell.EMPTY, Cell.EMPTY, Cell.EMPTY, Cell.EMPTY, Cell.EMPTY));
            return cells;
        }
        cells.add(rate(c.month()));
        cells.add(rate(c.yearToDate()));
        cells.add(c.yearToDateLastYear().map(this::rate).orElse(Cell.EMPTY));
        cells.add(c.yearToDateChange().map(x -> (Cell) new Cell.Number(x.movePointRight(2), 1)).orElse(Cell.EMPTY));
        cells.add(c.yearToDate().longTermShare().map(Cell::percent).orElse(Cell.EMPTY));
        return cells;
    }

    /**
     * Sjukfrånvaro efter kön och ålder: the region's seven figures of the annual report — the total, women, men, the
     * three age bands and the long-term share — in the month, to date and the same period last year.
     */
    public Table groups() {
        Figures r = f.region();
        Table.Builder b = Table.builder(labels.format("personnel.groups.title", period()),
                labels.get("personnel.groups.label"), List.of(
                        labels.format("personnel.col.month", capitalised(labels.get("month." + f.month().getMonthValue()))),
                        labels.get("personnel.col.ytd"), labels.get("personnel.col.ytd_last_year")))
                .keys("group", List.of("month", "ytd", "ytd_last_year"));
        b.row(Row.of(labels.get("personnel.group.total"), List.of(rate(r.month()), rate(r.yearToDate()),
                r.yearToDateLastYear().map(this::rate).orElse(Cell.EMPTY))).withKey("total"));
        for (Sex s : Sex.values()) {
            b.row(Row.of(labels.get("personnel.group." + s.code()), groupCells(r.bySex().get(s))).withKey(s.code()));
        }
        for (AgeBand a : AgeBand.values()) {
            b.row(Row.of(labels.get("personnel.group." + a.code()), groupCells(r.byAgeBand().get(a))).withKey(a.code()));
        }
        b.row(Row.of(labels.get("personnel.group.long_share"), List.of(longShare(r.month()), longShare(r.yearToDate()),
                r.yearToDateLastYear().map(PersonnelTables::longShare).orElse(Cell.EMPTY))).withKey("long_term_share"));
        String note = labels.get("personnel.groups.note");
        if (anyHidden(r)) {
            note += "\n" + labels.get("personnel.small");
        }
        return b.note(note).build();
    }

    /** Each committee's sick leave to date by sex and age band, and its long-term share. */
    public Table committeeGroups() {
        List<String> columns = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Sex s : Sex.values()) {
            columns.add(labels.get("personnel.group." + s.code()));
            keys.add(s.code());
        }
        for (AgeBand a : AgeBand.values()) {
            columns.add(labels.get("personnel.group." + a.code()));
            keys.add(a.code());
        }
        columns.add(labels.get("personnel.group.total"));
        keys.add("total");
        columns.add(labels.get("personnel.col.long_share"));
        keys.add("long_term_share");
        Table.Builder b = Table.builder(labels.get("personnel.committee_groups.title"), labels.get("label.committee"),
                columns).keys("committee", keys);
        boolean hidden = false;
        for (Figures c : f.committees()) {
            b.row(Row.of(name(c), byGroup(c)).withKey(c.committee().orElseThrow()));
            hidden |= anyHidden(c) || !c.shown();
        }
        b.row(Row.total(labels.get("personnel.region"), byGroup(f.region())).withKey("total"));
        String note = labels.get("personnel.groups.note");
        return b.note(hidden ? note + "\n" + labels.get("personnel.small") : note).build();
    }

    private List<Cell> byGroup(Figures c) {
        List<Cell> cells = new ArrayList<>();
        for (Sex s : Sex.values()) {
            cells.add(c.shown() && c.bySex().get(s).shown() ? rate(c.bySex().get(s).yearToDate()) : Cell.EMPTY);
        }
        for (AgeBand a : AgeBand.values()) {
            cells.add(c.shown() && c.byAgeBand().get(a).shown() ? rate(c.byAgeBand().get(a).yearToDate()) : Cell.EMPTY);
        }
        cells.add(c.shown() ? rate(c.yearToDate()) : Cell.EMPTY);
        cells.add(c.shown() ? longShare(c.yearToDate()) : Cell.EMPTY);
        return cells;
    }

    /**
     * Personalmått mot mål: sick leave to date and the agency staff's share against their targets, with the amounts
     * the share is made of; none when there is neither a sick-leave target nor the agency staff's cost.
     */
    public Optional<Table> targets() {
        if (f.sickLeaveTarget().isEmpty() && f.agency().isEmpty()) {
            return Optional.empty();
        }
        Table.Builder b = Table.builder(labels.format("personnel.targets.title", period()),
                labels.get("personnel.targets.label"), List.of(labels.get("personnel.col.outcome"),
                        labels.get("personnel.col.target"), labels.get("personnel.col.verdict"),
                        labels.get("personnel.col.source"))).keys("metric", List.of("outcome", "target", "met", "source"));
        f.sickLeaveTarget().ifPresent(t -> b.row(Row.of(labels.get("personnel.target.sick_leave"), targetCells(
                f.region().yearToDate().rate(), Optional.of(t))).withKey("sick_leave")));
        f.agency().ifPresent(a -> {
            b.row(Row.of(labels.get("personnel.target.agency_share"), targetCells(Optional.of(a.share()), a.target()))
                    .withKey("agency_share"));
            b.row(Row.of(labels.get("personnel.target.agency_cost"), List.of(Cell.amount(a.agencyCost()), Cell.EMPTY,
                    Cell.EMPTY, Cell.EMPTY)).withKey("agency_cost"));
            b.row(Row.of(labels.get("personnel.target.personnel_cost"), List.of(Cell.amount(a.personnelCost()),
                    Cell.EMPTY, Cell.EMPTY, Cell.EMPTY)).withKey("personnel_cost"));
        });
        return Optional.of(b.build());
    }

    private List<Cell> targetCells(Optional<BigDecimal> outcome, Optional<PersonnelTarget> target) {
        Cell verdict = Cell.text(labels.get(target.isEmpty() || outcome.isEmpty() ? "personnel.verdict.none"
                : target.get().metBy(outcome.get()) ? "personnel.verdict.met" : "personnel.verdict.not_met"));
        return List.of(outcome.map(Cell::percent).orElse(Cell.EMPTY),
                target.map(t -> Cell.percent(t.maximum())).orElse(Cell.EMPTY), verdict,
                target.map(t -> Cell.text(t.source())).orElse(Cell.EMPTY));
    }

    /**
     * The charts: the region's full-time equivalents at each month end, and the sick leave of each month for the
     * region and each committee shown, over the last 13 months — from the first month after which every month is
     * reported, since a line cannot skip a month it has no figures for.
     */
    public List<Chart> charts() {
        List<TrendPoint> trend = reportedRun(f.region().trend());
        List<String> categories = trend.stream().map(p -> shortMonth(p.month())).toList();
        Chart fte = Chart.line(labels.get("personnel.chart.fte"), labels.get("label.month"),
                labels.get("personnel.chart.fte_axis"), categories, List.of(new Chart.Series(
                        labels.get("personnel.region"), trend.stream().map(p -> p.staff().orElseThrow()
                        .fullTimeEquivalents()).toList())));
        List<Chart.Series> sick = new ArrayList<>();
        ratesIn(trend, f.region()).ifPresent(v -> sick.add(new Chart.Series(labels.get("personnel.region"), v)));
        for (Figures c : f.committees()) {
            // A committee without figures in a month of the run has no line rather than a broken one.
            if (c.shown()) {
                ratesIn(trend, c).ifPresent(v -> sick.add(new Chart.Series(name(c), v)));
            }
        }
        return sick.isEmpty() ? List.of(fte) : List.of(fte, Chart.line(labels.get("personnel.chart.sick"),
                labels.get("label.month"), labels.get("personnel.chart.percent_axis"), categories, sick));
    }

    /** The trend from the first month after the last unreported one: the longest run ending at the month. */
    private static List<TrendPoint> reportedRun(List<TrendPoint> trend) {
        int start = trend.size();
        while (start > 0 && trend.get(start - 1).reported()) {
            start--;
        }
        return trend.subList(start, trend.size());
    }

    /** A unit's monthly sick leave in percent over the months of the run, when it has a rate in every one. */
    private static Optional<List<BigDecimal>> ratesIn(List<TrendPoint> run, Figures unit) {
        Map<YearMonth, TrendPoint> byMonth = unit.trend().stream().collect(Collectors.toMap(TrendPoint::month,
                Function.identity()));
        List<BigDecimal> values = new ArrayList<>();
        for (TrendPoint p : run) {
            Optional<BigDecimal> rate = Optional.ofNullable(byMonth.get(p.month())).flatMap(TrendPoint::sickLeave)
                    .flatMap(SickLeave::rate);
            if (rate.isEmpty()) {
                return Optional.empty();
            }
            values.add(Ratios.toPercent(rate.get()));
        }
        return Optional.of(values);
    }

    private Cell rate(SickLeave s) {
        return s.rate().map(Cell::percent).orElse(Cell.EMPTY);
    }

    private static Cell longShare(SickLeave s) {
        return s.longTermShare().map(Cell::percent).orElse(Cell.EMPTY);
    }

    private List<Cell> groupCells(Group g) {
        if (!g.shown()) {
            return List.of(Cell.EMPTY, Cell.EMPTY, Cell.EMPTY);
        }
        return List.of(rate(g.month()), rate(g.yearToDate()), g.yearToDateLastYear().map(this::rate).orElse(Cell.EMPTY));
    }

    private static boolean anyHidden(Figures c) {
        return c.bySex().values().stream().anyMatch(g -> !g.shown()) || c.byAgeBand().values().stream()
                .anyMatch(g -> !g.shown());
    }

    private String groupPercent(Group g) {
        return g.yearToDate().rate().map(this::percent).orElse("–");
    }

    /** A fraction as the number of percent with one decimal, without the sign: "4,2". */
    private String percent(BigDecimal fraction) {
        return n.number(fraction.movePointRight(2), 1);
    }

    /** A number of percent or percentage points with its sign and one decimal: "−0,5", "+1,2". */
    private String signed(BigDecimal value) {
        String s = n.number(value, 1);
        return value.setScale(1, RoundingMode.HALF_UP).signum() > 0 ? "+" + s : s;
    }

    private String name(Figures c) {
        String code = c.committee().orElseThrow();
        return committeeNames.getOrDefault(code, code);
    }

    /** "januari–november 2025" in a Swedish title, "January–November 2025" in an English one. */
    private String period() {
        int m = f.month().getMonthValue();
        String p = m == 1 ? labels.format("report.monthly.period_january", f.month().getYear())
                : labels.format("report.monthly.period", labels.get("month." + m), f.month().getYear());
        return labels.language() == se.balans.reports.text.Language.SV ? p.substring(0, 1).toLowerCase(labels.locale())
                + p.substring(1) : p;
    }

    private String shortMonth(YearMonth m) {
        return labels.get("month.short." + m.getMonthValue()) + " " + m.getYear();
    }

    private static String monthAndYear(YearMonth m, Labels labels) {
        return labels.get("month." + m.getMonthValue()) + " " + m.getYear();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

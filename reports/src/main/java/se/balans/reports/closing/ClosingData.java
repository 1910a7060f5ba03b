package se.balans.reports.closing;

import se.balans.engine.balancesheet.BalanceSheetFollowUp;
import se.balans.engine.balancesheet.BalanceSheetPosition;
import se.balans.engine.statement.BalanceSheetLine;
import se.balans.engine.statement.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.balans.engine.balancerequirement.BalanceRequirementForecast;
import se.balans.engine.balancerequirement.BalanceRequirementLine;
import se.balans.engine.balancerequirement.RestorationSchedule;
import se.balans.engine.closing.BudgetRevision;
import se.balans.engine.goal.GoalFollowUp;
import se.balans.engine.money.Money;
import se.balans.engine.closing.Backtest;
import se.balans.engine.closing.Measures;
import se.balans.engine.closing.MonthlyClosing;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.reports.history.ClosingRecord;
import se.balans.reports.output.Data;
import se.balans.reports.output.ReportData;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Table;

/**
 * A closed month's outcomes for programs ({@code balans outcome --format csv|json}), as stored by
 * the closing and as {@link ClosingTables} shows them to people: amounts in mnkr, growth as a
 * fraction. A committee's deviation is budget − outcome of its net cost (positive: under budget).
 *
 * @param record  the closing's identity: id, when, by whom, engine, inputs
 * @param closing the stored figures
 */
public record ClosingData(ClosingRecord record, MonthlyClosing closing, YearFollowUp year) implements ReportData {

    /**
     * The measures of every figure set in CSV, in this order, after the month, level, committee and line.
     * The month's own amount is {@code month_amount} (as the store names it), not a second {@code month}.
     */
    private static final List<String> MEASURES = List.of("month_amount", "ytd", "ytd_last_year", "budget_ytd",
            "budget_year", "deviation_ytd", "forecast_year", "growth");

    public ClosingData {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(closing, "closing");
        Objects.requireNonNull(year, "year");
    }

    /** A closing's data without its year's balance requirement. */
    public ClosingData(ClosingRecord record, MonthlyClosing closing) {
        this(record, closing, YearFollowUp.NONE);
    }

    /**
     * One record per figure set. Level {@code region}: the result statement's lines and net
     * financial items; {@code committee}: each committee's net cost; {@code detail}: the stored
     * grain (committee and line); {@code balance_requirement}: the balanskravsutredning to date and
     * forecast; {@code balance_sheet}: the month end, the budget's and the forecast year end, cash
     * and soliditet (fractions); then the investments, the cost types and the personnel, when the follow-up has
     * them (each described at its records below).
     */
    @Override
    public Table records() {
        List<String> keys = new ArrayList<>(List.of("level", "committee", "line"));
        keys.addAll(MEASURES);
        Table.Builder t = Table.keyed("outcome", "month", keys);
        MonthlyClosing c = closing;
        for (IncomeStatementLine line : IncomeStatementLine.values()) {
            record(t, "region", "", line.code(), c.line(line), false);
        }
        record(t, "region", "", "net_financial_items", c.netFinancialItems(), false);
        for (String k : c.committees()) {
            record(t, "committee", k, "net_cost", c.committeeNetCost(k), true);
        }
        for (MonthlyClosing.Row r : c.rows()) {
            record(t, "detail", r.key().committee(), r.key().line().code(), r.measures(), false);
        }
        year.balanceRequirement().ifPresent(f -> {
            for (BalanceRequirementLine line : BalanceRequirementLine.values()) {
                yearRecord(t, "balance_requirement", line.code(), Cell.amount(f.toDate().amount(line)), Cell.EMPTY,
                        Cell.amount(f.forecast().input().amount(line)));
            }
        });
        year.balanceSheet().ifPresent(f -> {
            for (BalanceSheetLine line : BalanceSheetLine.values()) {
                if (line.isMemo() && !f.outcome().has(line)) {
                    continue;
                }
                yearRecord(t, "balance_sheet", line.code(), Cell.amount(f.outcome().value(line)),
                        f.budget().map(b -> !line.isMemo() || b.has(line)
                                ? Cell.amount(b.value(line)) : Cell.EMPTY).orElse(Cell.EMPTY),
                        f.forecast().map(x -> Cell.amount(x.value(line))).orElse(Cell.EMPTY));
            }
            yearRecord(t, "balance_sheet", "cash", Cell.amount(f.position().cash()),
                    f.cashBudget().map(Cell::amount).orElse(Cell.EMPTY), Cell.EMPTY);
            yearRecord(t, "balance_sheet", "equity_ratio", f.equityRatio().map(Cell::percent).orElse(Cell.EMPTY),
                    f.budget().flatMap(se.balans.engine.ratio.FinancialRatios::equityRatio).map(Cell::percent)
                            .orElse(Cell.EMPTY), f.forecastEquityRatio().map(Cell::percent).orElse(Cell.EMPTY));
            yearRecord(t, "balance_sheet", "equity_ratio_incl_pension_commitments",
                    f.equityRatioInclPensionCommitments().map(Cell::percent).orElse(Cell.EMPTY),
                    f.budget().flatMap(se.balans.engine.ratio.FinancialRatios::equityRatioInclPensionCommitments)
                            .map(Cell::percent).orElse(Cell.EMPTY),
                    f.forecastEquityRatioInclPensionCommitments().map(Cell::percent).orElse(Cell.EMPTY));
        });
        year.investments().ifPresent(f -> investmentRecords(t, f));
        year.costTypes().ifPresent(f -> costTypeRecords(t, f));
        year.personnel().ifPresent(f -> personnelRecords(t, f));
        return t.build();
    }

    /**
     * Level {@code investment}: each category and the total (line the category's code, {@code total}), and
     * {@code investment_project}: each project (committee column the category, line the project) and
     * {@code without_project} — the month as {@code month_amount}, the year to date, the year's budget (carry-over
     * included) as {@code budget_year}, the forecast; {@code self_financing}: the ratio to date and for the year.
     */
    private void investmentRecords(Table.Builder t, se.balans.engine.investment.InvestmentFollowUp f) {
        for (var c : f.categories()) {
            investmentRecord(t, "investment", "", c.category().code(), c.figures());
        }
        investmentRecord(t, "investment", "", "total", f.total());
        f.projects().ifPresent(p -> {
            for (var l : p.projects()) {
                investmentRecord(t, "investment_project", l.category(), l.code(), l.figures());
            }
            investmentRecord(t, "investment_project", "", "without_project", p.withoutProject());
        });
        yearRecord(t, "investment", "self_financing", f.selfFinancingYtd().map(Cell::percent).orElse(Cell.EMPTY),
                Cell.EMPTY, f.selfFinancingYear().map(Cell::percent).orElse(Cell.EMPTY));
    }

    private void investmentRecord(Table.Builder t, String level, String group, String line,
                                  se.balans.engine.investment.InvestmentFigures x) {
        t.keyed(closing.month().toString(), List.of(Cell.text(level), Cell.text(group), Cell.text(line),
                Cell.amount(x.month()), Cell.amount(x.yearToDate()), Cell.EMPTY, Cell.EMPTY,
                Cell.amount(x.budgetOfYear()), Cell.EMPTY, Cell.amount(x.forecast()), Cell.EMPTY));
    }

    /**
     * Level {@code cost_type}: per type, for the region (committee empty) and each committee, and the net cost
     * ({@code net_cost}) and taxes and grants growth ({@code taxes_and_grants}, the region's) — costs positive, the
     * month, the year to date, last year's, the budget to date where there is one, the growth as a fraction.
     */
    private void costTypeRecords(Table.Builder t, se.balans.engine.costtype.CostTypeFollowUp f) {
        List<se.balans.engine.costtype.CostTypeFollowUp.Part> parts = new ArrayList<>();
        parts.add(f.region());
        parts.addAll(f.committees().values());
        for (var p : parts) {
            String committee = p.committee().orElse("");
            p.types().forEach((type, x) -> costTypeRecord(t, committee, type.code(), x));
            costTypeRecord(t, committee, "net_cost", p.netCost());
        }
        t.keyed(closing.month().toString(), List.of(Cell.text("cost_type"), Cell.text(""), Cell.text("taxes_and_grants"),
                Cell.EMPTY, Cell.EMPTY, Cell.EMPTY, Cell.EMPTY, Cell.EMPTY, Cell.EMPTY, Cell.EMPTY,
                f.taxesAndGrantsGrowth().map(Cell::percent).orElse(Cell.EMPTY)));
    }

    private void costTypeRecord(Table.Builder t, String committee, String line,
                                se.balans.engine.costtype.CostTypeFollowUp.Figures x) {
        t.keyed(closing.month().toString(), List.of(Cell.text("cost_type"), Cell.text(committee), Cell.text(line),
                Cell.amount(x.month()), Cell.amount(x.ytd()), Cell.amount(x.ytdLastYear()),
                x.budgetYtd().map(Cell::amount).orElse(Cell.EMPTY), x.budgetYear().map(Cell::amount).orElse(Cell.EMPTY),
                Cell.EMPTY, Cell.EMPTY, x.growth().map(Cell::percent).orElse(Cell.EMPTY)));
    }

    /**
     * Level {@code personnel}, for the region (committee empty) and each committee shown: {@code employees} and
     * {@code fte} at the month end as {@code ytd}; {@code sick_leave} the month's rate as {@code month_amount}, the
     * year to date's as {@code ytd} and last year's as {@code ytd_last_year}; {@code long_term_share} of the sick
     * leave to date. Rates and shares are fractions.
     */
    private void personnelRecords(Table.Builder t, se.balans.engine.personnel.PersonnelFollowUp f) {
        List<se.balans.engine.personnel.PersonnelFollowUp.Figures> all = new ArrayList<>();
        all.add(f.region());
        all.addAll(f.committees());
        for (var u : all) {
            if (!u.shown()) {
                continue;
            }
            String committee = u.committee().orElse("");
            personnelRecord(t, committee, "employees", Cell.EMPTY, Cell.integer(u.staff().employees()), Cell.EMPTY);
            personnelRecord(t, committee, "fte", Cell.EMPTY, new Cell.Number(u.staff().fullTimeEquivalents(), 1),
                    Cell.EMPTY);
            personnelRecord(t, committee, "sick_leave", u.month().rate().map(Cell::percent).orElse(Cell.EMPTY),
                    u.yearToDate().rate().map(Cell::percent).orElse(Cell.EMPTY), u.yearToDateLastYear()
                            .flatMap(se.balans.engine.personnel.SickLeave::rate).map(Cell::percent).orElse(Cell.EMPTY));
            personnelRecord(t, committee, "long_term_share", Cell.EMPTY,
                    u.yearToDate().longTermShare().map(Cell::percent).orElse(Cell.EMPTY), Cell.EMPTY);
        }
    }

    private void personnelRecord(Table.Builder t, String committee, String line, Cell month, Cell ytd, Cell lastYear) {
        t.keyed(closing.month().toString(), List.of(Cell.text("personnel"), Cell.text(committee), Cell.text(line), month,
                ytd, lastYear, Cell.EMPTY, Cell.EMPTY, Cell.EMPTY, Cell.EMPTY, Cell.EMPTY));
    }

    /**
     * A record of the year's follow-up in the same columns: the value to date (the month end for the
     * balance sheet) as {@code ytd}, the budget's year end as {@code budget_year}, the forecast as
     * {@code forecast_year}; the other measures empty.
     */
    private void yearRecord(Table.Builder t, String level, String line, Cell toDate, Cell budgetYear, Cell forecast) {
        t.keyed(closing.month().toString(), List.of(Cell.text(level), Cell.text(""), Cell.text(line), Cell.EMPTY,
                toDate, Cell.EMPTY, Cell.EMPTY, budgetYear, Cell.EMPTY, forecast, Cell.EMPTY));
    }

    private void record(Table.Builder t, String level, String committee, String line, Measures m, boolean cost) {
        t.keyed(closing.month().toString(), List.of(Cell.text(level), Cell.text(committee), Cell.text(line),
                Cell.amount(m.month()), Cell.amount(m.ytd()),
                LastYear.hasData(closing) ? Cell.amount(m.ytdLastYear()) : Cell.EMPTY, Cell.amount(m.budgetYtd()),
                Cell.amount(m.budgetYear()), Cell.amount(cost ? m.costDeviationYtd() : m.deviationYtd()),
                Cell.amount(m.forecastYear()), m.growth().map(Cell::percent).orElse(Cell.EMPTY)));
    }

    /** The closing's identity, the result statement, the committees, the forecast's basis and the back-test. */
    @Override
    public Data document() {
        MonthlyClosing c = closing;
        Data.ObjectBuilder statement = Data.object();
        for (IncomeStatementLine line : IncomeStatementLine.values()) {
            statement.put(line.code(), measures(c.line(line), false, LastYear.hasData(c)));
        }
        statement.put("net_financial_items", measures(c.netFinancialItems(), false, LastYear.hasData(c)));
        Data.ObjectBuilder committees = Data.object();
        for (String k : c.committees()) {
            committees.put(k, measures(c.committeeNetCost(k), true, LastYear.hasData(c)));
        }
        return Data.object().text("month", c.month().toString()).text("unit", "mnkr")
                .put("closing", Data.object().number("id", record.id()).text("closed_at", record.closedAt().toString())
                        .text("closed_by", record.closedBy()).text("engine_version", record.engineVersion())
                        .text("inputs_sha256", record.inputsSha256()).build())
                .put("result_statement", statement.build())
                .put("committees", committees.build())
                .put("forecast_basis", Data.array(c.bases(), b -> Data.object().text("target", b.target())
                        .text("method", b.method().code()).text("profile", b.profile().source().code())
                        .put("learned_from", Data.array(b.profile().learnedFrom(), Data::number))
                        // the weights as stored, to their last decimal: they sum to exactly one
                        .put("weights", Data.array(b.profile().weights(), Data::number))
                        .build()))
                .putIfPresent("backtest", c.backtest().map(ClosingData::backtest))
                .putIfPresent("balance_requirement", year.balanceRequirement().map(ClosingData::balanceRequirement)
                        .or(() -> year.noBalanceRequirement().map(why -> Data.object().text("missing", why).build())))
                .putIfPresent("goals", year.goals().map(g -> Data.array(g, ClosingData::goal)))
                .putIfPresent("budget_revision", year.budgetRevision().map(ClosingData::budgetRevision))
                .putIfPresent("balance_sheet", year.balanceSheet().map(ClosingData::balanceSheet)
                        .or(() -> year.noBalanceSheet().map(why -> Data.object().text("missing", why).build())))
                .putIfPresent("forecast_round", year.forecastRound().map(f -> new se.balans.reports.forecast
                        .ForecastRoundData(f, year.forecastRange(), year.forecastBridge()).document()))
                .putIfPresent("forecast_accuracy", year.forecastAccuracy().map(a -> new se.balans.reports.forecast
                        .ForecastAccuracyData(a).document()))
                .putIfPresent("investments", year.investments().map(ClosingData::investments)
                        .or(() -> year.noInvestments().map(why -> Data.object().text("missing", why).build())))
                .putIfPresent("cost_types", year.costTypes().map(ClosingData::costTypes)
                        .or(() -> year.noCostTypes().map(why -> Data.object().text("missing", why).build())))
                .putIfPresent("personnel", year.personnel().map(ClosingData::personnel)
                        .or(() -> year.noPersonnel().map(m -> Data.object().text("missing", m.describe()).build())))
                .build();
    }

    /**
     * The investments per category and in total (mnkr): month, year to date, budget, carried in, the year's budget,
     * remaining, forecast and its basis, deviation (budget less forecast, positive under budget), and the
     * självfinansieringsgrad to date and for the year as fractions (null when the net investments are not positive);
     * per project (null without a project register): each project's figures, whether it is registered, and what no
     * project carries.
     */
    private static Data investments(se.balans.engine.investment.InvestmentFollowUp f) {
        return Data.object()
                .put("categories", Data.array(f.categories(), c -> investmentFigures(Data.object()
                        .text("category", c.category().code()).text("forecast_basis", c.forecastBasis().code()),
                        c.figures())))
                .put("total", investmentFigures(Data.object(), f.total()))
                .put("self_financing_ytd", Data.orNull(f.selfFinancingYtd().map(Data::number)))
                .put("self_financing_year", Data.orNull(f.selfFinancingYear().map(Data::number)))
                .put("projects", Data.orNull(f.projects().map(p -> Data.object().text("dimension", p.dimension())
                        .put("projects", Data.array(p.projects(), l -> investmentFigures(Data.object()
                                .text("project", l.code()).text("category", l.category())
                                .put("registered", Data.bool(l.registered().isPresent()))
                                .text("forecast_basis", l.forecastBasis().code()), l.figures())))
                        .put("without_project", investmentFigures(Data.object(), p.withoutProject()))
                        .build())))
                .build();
    }

    private static Data investmentFigures(Data.ObjectBuilder o, se.balans.engine.investment.InvestmentFigures f) {
        return o.amount("month", f.month()).amount("ytd", f.yearToDate()).amount("budget", f.budget())
                .amount("carried_in", f.carriedIn()).amount("budget_of_year", f.budgetOfYear())
                .amount("remaining", f.remaining()).amount("forecast", f.forecast()).amount("deviation", f.deviation())
                .build();
    }

    /**
     * The costs by type (positive, mnkr) for the region and each committee: month, year to date, the same periods
     * last year, and the growth as a fraction (null when it has no meaning: last year zero or of the other sign).
     */
    private static Data costTypes(se.balans.engine.costtype.CostTypeFollowUp f) {
        return Data.object().put("region", costTypePart(f.region()))
                .put("net_cost_growth", Data.orNull(f.netCostGrowth().map(Data::number)))
                .put("taxes_and_grants_growth", Data.orNull(f.taxesAndGrantsGrowth().map(Data::number)))
                .put("committees", Data.array(f.committees().values(), p -> Data.object()
                        .text("committee", p.committee().orElse("")).put("types", costTypePart(p)).build()))
                .build();
    }

    private static Data costTypePart(se.balans.engine.costtype.CostTypeFollowUp.Part p) {
        return Data.array(p.types().entrySet(), e -> Data.object().text("type", e.getKey().code())
                .amount("month", e.getValue().month()).amount("month_last_year", e.getValue().monthLastYear())
                .amount("ytd", e.getValue().ytd()).amount("ytd_last_year", e.getValue().ytdLastYear())
                .put("growth", Data.orNull(e.getValue().growth().map(Data::number)))
                .put("budget_ytd", Data.orNull(e.getValue().budgetYtd().map(Data::amount))).build());
    }

    /**
     * The staff and sick leave of the month for the region and each committee shown (more than ten employees):
     * employees, full-time equivalents, and sick leave as fractions of the ordinary working hours.
     */
    private static Data personnel(se.balans.engine.personnel.PersonnelFollowUp f) {
        java.util.List<se.balans.engine.personnel.PersonnelFollowUp.Figures> all = new java.util.ArrayList<>();
        all.add(f.region());
        all.addAll(f.committees());
        return Data.array(all.stream().filter(se.balans.engine.personnel.PersonnelFollowUp.Figures::shown).toList(),
                u -> Data.object().text("committee", u.committee().orElse(""))
                        .number("employees", u.staff().employees())
                        .put("fte", Data.number(u.staff().fullTimeEquivalents()))
                        .put("sick_leave_month", Data.orNull(u.month().rate().map(Data::number)))
                        .put("sick_leave_ytd", Data.orNull(u.yearToDate().rate().map(Data::number)))
                        .put("sick_leave_ytd_last_year", Data.orNull(u.yearToDateLastYear()
                                .flatMap(se.balans.engine.personnel.SickLeave::rate).map(Data::number)))
                        .put("long_term_share_ytd", Data.orNull(u.yearToDate().longTermShare().map(Data::number)))
                        .build());
    }

    /**
     * The balance sheet at the month end, the forecast and budget year ends, the ratios (fractions;
     * null when not known), likvida medel with what they are compared with, and the debt reconciliation.
     */
    private static Data balanceSheet(BalanceSheetFollowUp f) {
        BalanceSheetPosition p = f.position();
        Data.ObjectBuilder accounts = Data.object();
        p.accounts().forEach((line, byAccount) -> {
            Data.ObjectBuilder a = Data.object();
            byAccount.forEach(a::amount);
            accounts.put(line.code(), a.build());
        });
        return Data.object().text("month_end", p.month().atEndOfMonth().toString())
                .text("opening", p.opening().name().toLowerCase(java.util.Locale.ROOT))
                .put("outcome", sheet(f.outcome()))
                .putIfPresent("forecast_year_end", f.forecast().map(ClosingData::sheet))
                .putIfPresent("budget_year_end", f.budget().map(ClosingData::sheet))
                .decimal("equity_ratio", f.equityRatio())
                .decimal("equity_ratio_incl_pension_commitments", f.equityRatioInclPensionCommitments())
                .decimal("forecast_equity_ratio", f.forecastEquityRatio())
                .decimal("forecast_equity_ratio_incl_pension_commitments", f.forecastEquityRatioInclPensionCommitments())
                .put("cash", Data.object().amount("ledger", p.cash())
                        .put("budget_periodised", f.cashBudget().map(Data::amount).orElse(Data.NULL))
                        .put("same_month_last_year", f.cashLastYear().map(Data::amount).orElse(Data.NULL)).build())
                .put("interest_bearing_debt", Data.object().amount("ledger", p.interestBearingDebt())
                        .put("loan_register", f.registerDebt().map(Data::amount).orElse(Data.NULL))
                        .put("difference", f.debtDifference().map(Data::amount).orElse(Data.NULL)).build())
                .amount("trial_balance_difference", p.trialBalanceDifference()).bool("ties", p.ties())
                .put("notes", Data.array(p.notes(), Data::text))
                .put("accounts", accounts.build())
                .build();
    }

    private static Data sheet(Statement<BalanceSheetLine> s) {
        Data.ObjectBuilder o = Data.object();
        for (BalanceSheetLine line : BalanceSheetLine.values()) {
            if (!line.isMemo() || s.has(line)) {
                o.amount(line.code(), s.value(line));
            }
        }
        return o.build();
    }

    /** A figure's measures; last year's is null, not zero, when the store held no ledger for last year. */
    private static Data measures(Measures m, boolean cost, boolean lastYear) {
        return Data.object().amount("month", m.month()).amount("ytd", m.ytd())
                .put("ytd_last_year", lastYear ? Data.amount(m.ytdLastYear()) : Data.NULL)
                .amount("budget_ytd", m.budgetYtd()).amount("budget_year", m.budgetYear())
                .amount("deviation_ytd", cost ? m.costDeviationYtd() : m.deviationYtd())
                .amount("forecast_year", m.forecastYear()).decimal("growth", m.growth()).build();
    }

    /** Which budget the closing used, and the revised lines against the adopted ones. */
    private static Data budgetRevision(BudgetRevision r) {
        Data.ObjectBuilder adopted = Data.object();
        Data.ObjectBuilder revised = Data.object();
        for (IncomeStatementLine line : IncomeStatementLine.values()) {
            r.adopted(line).ifPresent(a -> adopted.amount(line.code(), a));
            revised.amount(line.code(), r.revised(line));
        }
        return Data.object().number("year", r.year()).text("used", r.used()).text("original", r.original())
                .putIfPresent("adopted", r.adopted().map(a -> adopted.build())).put("revised", revised.build()).build();
    }

    /** A goal followed up: its words, target, values to date and forecast (fractions or SEK), outlook. */
    private static Data goal(GoalFollowUp f) {
        return Data.object().text("id", f.goal().id()).text("text", f.goal().text())
                .text("metric", f.goal().metric().code()).text("comparison", f.goal().atLeast() ? "at_least" : "at_most")
                .decimal("target", f.goal().target()).decimal("to_date", f.toDate()).decimal("forecast", f.forecast())
                .text("outlook", f.outlook().name().toLowerCase(java.util.Locale.ROOT)).text("missing", f.missing().map(GoalFollowUp.Need::code))
                .build();
    }

    /** The year's balance requirement: the statement to date and forecast, and the deficits by origin. */
    private static Data balanceRequirement(BalanceRequirementForecast f) {
        Data.ObjectBuilder toDate = Data.object();
        Data.ObjectBuilder forecast = Data.object();
        for (BalanceRequirementLine line : BalanceRequirementLine.values()) {
            toDate.amount(line.code(), f.toDate().amount(line));
            forecast.amount(line.code(), f.forecast().input().amount(line));
        }
        List<Data> origins = new ArrayList<>();
        java.util.SortedSet<Integer> years = new java.util.TreeSet<>(f.openingByOrigin().keySet());
        years.addAll(f.forecast().unrestoredByOrigin().keySet());
        for (int origin : years) {
            origins.add(Data.object().number("origin", origin).number("deadline", RestorationSchedule.deadline(origin))
                    .amount("opening", f.openingByOrigin().getOrDefault(origin, Money.ZERO))
                    .amount("restored", f.forecast().restored().getOrDefault(origin, Money.ZERO))
                    .amount("closing", f.forecast().unrestoredFrom(origin)).build());
        }
        return Data.object().number("year", f.year()).put("to_date", toDate.build()).put("forecast", forecast.build())
                .amount("opening_unrestored", f.openingUnrestored()).amount("closing_unrestored", f.closingUnrestored())
                .amount("required_result", f.requiredResult()).bool("meets_deadlines", f.meetsDeadlines())
                .amount("shortfall", f.shortfall()).put("by_origin", Data.array(origins))
                // whether the forecast is the round's forecast of record rather than the computed proposal
                .bool("forecast_of_record", f.ofRecord()).build();
    }

    private static Data backtest(Backtest bt) {
        List<Data> points = new ArrayList<>();
        for (int i = 0; i < bt.points().size(); i++) {
            Backtest.Point p = bt.points().get(i);
            Backtest.Error e = bt.errors().get(i);
            points.add(Data.object().number("month", p.month())
                    .amount("forecast_operating_result", p.forecastOperatingResult())
                    .amount("forecast_result", p.forecastResult())
                    .amount("error_operating_result", e.operatingResult()).amount("error_result", e.result()).build());
        }
        return Data.object().number("year", bt.year()).amount("actual_operating_result", bt.actualOperatingResult())
                .amount("actual_result", bt.actualResult()).put("month_ends", Data.array(points)).build();
    }
}

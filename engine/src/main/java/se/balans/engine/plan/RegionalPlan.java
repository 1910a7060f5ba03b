package se.balans.engine.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import se.balans.engine.money.Money;
import se.balans.engine.statement.BalanceSheetLine;
import se.balans.engine.statement.CashFlowLine;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.engine.statement.Statement;

/**
 * The regional plan (regionplan): budget year and plan years with frames per committee, the
 * result, balance and cash-flow budgets, the investment plan and the financial goals.
 *
 * <p>Any part may be absent: a plan can be checked or shown with only some statements, which is
 * how a published table is examined on its own.
 *
 * @param planYear the budget year the plan was adopted for (2025 for Regionplan 2025)
 * @param publishedRounding the rounding of the source's printed figures (1 mnkr when every figure
 *        is printed in whole mnkr, zero when figures are exact); the consistency check allows the
 *        difference that rounding alone can cause
 */
public record RegionalPlan(
        String region,
        int planYear,
        Map<Integer, YearStatus> yearStatus,
        List<Committee> committees,
        List<BudgetFrame> frames,
        List<FrameChange> frameChanges,
        Map<Integer, Statement<IncomeStatementLine>> incomeStatements,
        Map<Integer, Statement<BalanceSheetLine>> balanceSheets,
        Map<Integer, Statement<CashFlowLine>> cashFlows,
        List<InvestmentPlanYear> investmentPlan,
        List<FinancialGoal> goals,
        Optional<Money> borrowingLimit,
        Money publishedRounding) {

    public RegionalPlan {
        Objects.requireNonNull(region, "region");
        Checks.year(planYear);
        yearStatus = Collections.unmodifiableSortedMap(new TreeMap<>(yearStatus));
        committees = List.copyOf(committees);
        frames = List.copyOf(frames);
        frameChanges = List.copyOf(frameChanges);
        incomeStatements = Collections.unmodifiableSortedMap(new TreeMap<>(incomeStatements));
        balanceSheets = Collections.unmodifiableSortedMap(new TreeMap<>(balanceSheets));
        cashFlows = Collections.unmodifiableSortedMap(new TreeMap<>(cashFlows));
        investmentPlan = List.copyOf(investmentPlan);
        goals = List.copyOf(goals);
        Objects.requireNonNull(borrowingLimit, "borrowingLimit");
        Objects.requireNonNull(publishedRounding, "publishedRounding");
        if (publishedRounding.isNegative()) {
            throw new IllegalArgumentException("published rounding must not be negative");
        }
        Map<String, Committee> seen = new TreeMap<>();
        for (Committee c : committees) {
            if (seen.put(c.code(), c) != null) {
                throw new IllegalArgumentException("committee " + c.code() + " is listed twice");
            }
        }
        for (BudgetFrame f : frames) {
            requireKnown(seen, f.committee(), "frame " + f.year());
        }
        for (FrameChange ch : frameChanges) {
            requireKnown(seen, ch.committee(), "frame change " + ch.year());
            ch.counterparty().ifPresent(cp -> requireKnown(seen, cp, "frame change " + ch.year()));
        }
    }

    private static void requireKnown(Map<String, Committee> committees, String code, String where) {
        if (!committees.containsKey(code)) {
            throw new IllegalArgumentException(where + " names committee " + code + ", which the plan does not list");
        }
    }

    /** Every year any part of the plan covers, ascending. */
    public SortedSet<Integer> years() {
        SortedSet<Integer> ys = new TreeSet<>(yearStatus.keySet());
        ys.addAll(incomeStatements.keySet());
        ys.addAll(balanceSheets.keySet());
        ys.addAll(cashFlows.keySet());
        frames.forEach(f -> ys.add(f.year()));
        investmentPlan.forEach(i -> ys.add(i.year()));
        return ys;
    }

    public Optional<YearStatus> status(int year) {
        return Optional.ofNullable(yearStatus.get(year));
    }

    public Optional<Committee> committee(String code) {
        return committees.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public List<String> committeeCodes() {
        return committees.stream().map(Committee::code).toList();
    }

    public Optional<Statement<IncomeStatementLine>> incomeStatement(int year) {
        return Optional.ofNullable(incomeStatements.get(year));
    }

    public Optional<Statement<BalanceSheetLine>> balanceSheet(int year) {
        return Optional.ofNullable(balanceSheets.get(year));
    }

    public Optional<Statement<CashFlowLine>> cashFlow(int year) {
        return Optional.ofNullable(cashFlows.get(year));
    }

    public Optional<InvestmentPlanYear> investments(int year) {
        return investmentPlan.stream().filter(i -> i.year() == year).findFirst();
    }

    /** The frames of a year, in committee order. */
    public List<BudgetFrame> frames(int year) {
        List<BudgetFrame> out = new ArrayList<>();
        for (String c : committeeCodes()) {
            frames.stream().filter(f -> f.year() == year && f.committee().equals(c)).forEach(out::add);
        }
        return out;
    }

    /** The years with frames, ascending. */
    public SortedSet<Integer> frameYears() {
        SortedSet<Integer> ys = new TreeSet<>();
        frames.forEach(f -> ys.add(f.year()));
        return ys;
    }

    /** Sum of the committees' frames: verksamhetens nettoram. */
    public Money frameTotal(int year) {
        return Money.sum(frames(year), BudgetFrame::amount);
    }

    /** The frame bridge into {@code year}, if the plan has the previous year's frames or changes. */
    public Optional<FrameBridge> frameBridge(int year) {
        boolean any = frameChanges.stream().anyMatch(c -> c.year() == year);
        if (!any && frames(year - 1).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(FrameBridge.build(year, committeeCodes(), frames, frameChanges));
    }

    public List<FinancialGoal> goals(int year) {
        return goals.stream().filter(g -> g.year() == year).toList();
    }
}

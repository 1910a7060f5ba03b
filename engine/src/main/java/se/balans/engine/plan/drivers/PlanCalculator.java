package se.balans.engine.plan.drivers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import se.balans.engine.InvalidInputException;
import se.balans.engine.balancerequirement.BalanceRequirementInput;
import se.balans.engine.balancerequirement.BalanceRequirementLine;
import se.balans.engine.balancerequirement.RestorationSchedule;
import se.balans.engine.balancerequirement.RestorationYear;
import se.balans.engine.check.ConsistencyCheck;
import se.balans.engine.check.Finding;
import se.balans.engine.money.Money;
import se.balans.engine.plan.BudgetFrame;
import se.balans.engine.plan.FrameChange;
import se.balans.engine.plan.FrameChangeKind;
import se.balans.engine.plan.InvestmentPlanYear;
import se.balans.engine.plan.RegionalPlan;
import se.balans.engine.plan.YearStatus;
import se.balans.engine.statement.BalanceSheetLine;
import se.balans.engine.statement.CashFlowLine;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.engine.statement.Statement;
import se.balans.engine.statement.StatementKind;

/**
 * Computes the budget year and the plan years from a base year and the drivers, the way a region's
 * finance unit builds the regionplan (Regionplan 2025 §5.2 "Budgetförändringar", "Resultatbudget").
 *
 * <p>The rules, one method each:
 * <ul>
 *   <li>{@link #indexUplift}: each frame is raised by the index on its indexed part — last year's
 *       frame less the pension costs and depreciation it carries (budgeted from KPA and the investment
 *       plan, not by index) and less any other part named as not indexed;</li>
 *   <li>{@link #payrollOverhead}: when the PO-pålägg's pension part changes, each frame moves by the
 *       committee's payroll times the change;</li>
 *   <li>{@link #pensions}: the pension committee's frame follows KPA's forecast;</li>
 *   <li>{@link #depreciationChange}: the depreciation committee's frame follows the depreciation;</li>
 *   <li>{@link #depreciation}: existing assets' depreciation plus each new investment's amount over
 *       its useful life from the year after;</li>
 *   <li>{@link #taxRevenue}: skatteunderlag × skattesats / 100 + avräkning;</li>
 *   <li>{@link #financialCosts}: interest on the existing loans, new borrowing at the assumed rate,
 *       and the financial part of the pension cost;</li>
 *   <li>verksamhetens nettokostnader equal the frames (the frames are the committees' net cost), so
 *       the result is taxes + grants − frames + financial income − financial costs;</li>
 *   <li>{@link #liquidityBorrowing}: cash the year's flows leave below the minimum is borrowed at
 *       year end;</li>
 *   <li>{@link #balanceSheet} and {@link #cashFlow} roll forward: equity by the result, fixed assets
 *       by investments less depreciation, debt by borrowing less amortisation, and current assets by
 *       what the balance identity leaves, which is the cash flow's change in cash plus placements;</li>
 *   <li>{@link #requiredResults}: the restoration schedule over the history and the plan years gives
 *       each plan year's least result.</li>
 * </ul>
 *
 * <p>Amounts are kept to the öre; nothing is rounded to mnkr here. Every computed year ties by
 * construction, and a base year that does not tie in the base plan is refused, so {@code plan check}
 * passes on the result (with the base plan's published rounding, which the copied base year needs).
 */
public final class PlanCalculator {
    static final String INDEX_REASON = "Indexuppräkning: landstingsprisindex exkl. läkemedel och pensionseffekt";
    static final String OVERHEAD_REASON = "Förändrat personalomkostnadspålägg (pensionsdelen)";
    static final String PENSION_REASON = "Pensionskostnader enligt pensionsförvaltarens (KPA) prognos";
    static final String DEPRECIATION_REASON = "Förändrad avskrivningsbudget enligt investeringsplanen";

    private PlanCalculator() {
    }

    /**
     * The plan from {@code base}'s base year and the drivers.
     *
     * @param history the balance-requirement history up to the base year (earlier years may be
     *        absent; if any is given it must end with the base year)
     * @param openingReserve the resultatreserv at the start of the history's first year
     * @throws InvalidInputException naming the driver and year that is missing or wrong
     */
    public static ComputedPlan compute(RegionalPlan base, PlanDrivers d, List<BalanceRequirementInput> history,
                                       Money openingReserve) {
        int baseYear = d.baseYear();
        requireBase(base, d);
        Map<String, Money> frames = new LinkedHashMap<>();
        for (BudgetFrame f : base.frames(baseYear)) {
            frames.put(f.committee(), f.amount());
        }
        Map<String, Money> payroll = new LinkedHashMap<>();
        for (String c : base.committeeCodes()) {
            payroll.put(c, d.committee(c).map(CommitteeDrivers::payroll).orElse(Money.ZERO));
        }
        Statement<BalanceSheetLine> bsPrev = base.balanceSheet(baseYear).orElseThrow();
        Statement<CashFlowLine> cfPrev = base.cashFlow(baseYear).orElseThrow();
        Money depPrev = base.investments(baseYear).map(InvestmentPlanYear::depreciation)
                .or(() -> d.existingDepreciation(baseYear).map(ExistingDepreciation::amount)).orElseThrow();
        Money taxBasePrev = d.taxBase(baseYear).flatMap(TaxBaseForecast::taxBase).orElse(null);
        Money existingDebt = bsPrev.value(BalanceSheetLine.INTEREST_BEARING_DEBT);
        Money newDebt = Money.ZERO;

        List<BudgetFrame> outFrames = new ArrayList<>(base.frames(baseYear));
        List<BridgeLine> bridge = new ArrayList<>();
        Map<Integer, Statement<IncomeStatementLine>> is = new TreeMap<>();
        Map<Integer, Statement<BalanceSheetLine>> bs = new TreeMap<>();
        Map<Integer, Statement<CashFlowLine>> cf = new TreeMap<>();
        base.incomeStatement(baseYear).ifPresent(s -> is.put(baseYear, s));
        bs.put(baseYear, bsPrev);
        cf.put(baseYear, cfPrev);
        List<InvestmentPlanYear> invPlan = new ArrayList<>();
        base.investments(baseYear).ifPresent(invPlan::add);
        Map<Integer, YearFigures> figures = new TreeMap<>();
        Map<Integer, YearStatus> status = new TreeMap<>();
        base.status(baseYear).ifPresent(s -> status.put(baseYear, s));

        for (int year = d.firstYear(); year <= d.lastYear(); year++) {
            final int y = year;
            status.put(y, y == d.firstYear() ? YearStatus.BUDGET : YearStatus.PLAN);
            Money dep = depreciation(d, y);
            Money depNew = newDepreciation(d, y);
            List<BridgeLine> lines = new ArrayList<>();
            lines.addAll(indexUplift(base, d, y, frames, payroll, depPrev));
            lines.addAll(payrollOverhead(base, d, y, payroll));
            lines.addAll(pensions(d, y));
            lines.add(depreciationChange(d, y, dep, depPrev));
            for (Decision dec : d.decisions(y)) {
                lines.add(new BridgeLine(dec.change(), BridgeLine.Rule.DECISION, Optional.empty(), Optional.empty(),
                        dec.source()));
            }
            lines.removeIf(l -> l.amount().isZero() && l.rule() != BridgeLine.Rule.DECISION);
            Map<String, Money> closing = new LinkedHashMap<>(frames);
            for (BridgeLine l : lines) {
                closing.merge(l.change().committee(), l.amount(), Money::plus);
            }
            bridge.addAll(sortedByCommittee(base.committeeCodes(), lines));
            for (String c : base.committeeCodes()) {
                if (closing.containsKey(c)) {
                    outFrames.add(new BudgetFrame(y, c, closing.get(c)));
                }
            }
            frames = closing;
            Money personnel = personnelCosts(d, y - 1, payroll);
            payroll = carryPayroll(d, y, payroll);

            Financing fin = d.financing(y).orElseThrow(() -> missing("financing", y));
            existingDebt = existingDebt.minus(fin.amortisation());
            if (existingDebt.isNegative()) {
                throw new InvalidInputException("amortisation", y, y + ": amortisation exceeds the existing loans by "
                        + existingDebt.negated().toMnkr().toPlainString() + " mnkr");
            }
            newDebt = newDebt.plus(fin.newBorrowing());
            TaxBaseForecast tf = d.taxBase(y).orElseThrow(() -> missing("tax_base", y));
            Money taxBase = taxBase(tf, taxBasePrev, y);
            taxBasePrev = taxBase;
            Money adjustedBase = taxBase.plus(taxBase.times(d.adjustments().taxBase()));
            Money tax = taxRevenue(adjustedBase, tf);
            List<GrantPart> grants = d.grants(y);
            if (grants.isEmpty()) {
                throw missing("general_grants", y);
            }
            Money grantTotal = Money.sum(grants, GrantPart::amount);
            PensionForecast pf = d.pensions(y).orElseThrow(() -> missing("pensions", y));
            Money interestExisting = fin.existingInterest().plus(existingDebt.times(d.adjustments().interest()));
            Money interestNew = newDebt.times(fin.newRate().add(d.adjustments().interest()));
            YearFigures yf = new YearFigures(y, Money.sum(closing.values()), adjustedBase, tf.taxRate(),
                    tf.settlement(), tf.forecast(), tax, grants, grantTotal, dep.minus(depNew), depNew,
                    investments(d, y), existingDebt, newDebt, interestExisting, interestNew, pf.financial(),
                    fin.otherFinancialCosts(), fin.financialIncome(), fin.unrealisedGains(), personnel, Money.ZERO);
            Statement<IncomeStatementLine> isY = incomeStatement(yf);
            Money result = isY.value(IncomeStatementLine.RESULT_FOR_YEAR);
            Money shortOfCash = liquidityBorrowing(cfPrev, bsPrev, yf, pf, fin, result);
            if (shortOfCash.isPositive()) {
                yf = yf.withLiquidityBorrowing(shortOfCash);
                fin = fin.withMoreBorrowing(shortOfCash);
                newDebt = newDebt.plus(shortOfCash);
            }
            figures.put(y, yf);
            Statement<BalanceSheetLine> bsY = balanceSheet(bsPrev, yf, pf, fin, result);
            Statement<CashFlowLine> cfY = cashFlow(cfPrev, bsPrev, bsY, yf, fin, result);
            is.put(y, isY);
            bs.put(y, bsY);
            cf.put(y, cfY);
            invPlan.add(new InvestmentPlanYear(y, yf.investments(), dep));
            bsPrev = bsY;
            cfPrev = cfY;
            depPrev = dep;
        }
        RegionalPlan plan = new RegionalPlan(base.region(), d.firstYear(), status, base.committees(), outFrames,
                bridge.stream().map(BridgeLine::change).toList(), is, bs, cf, invPlan,
                base.goals().stream().filter(g -> g.year() >= baseYear).toList(), base.borrowingLimit(),
                base.publishedRounding());
        List<BalanceRequirementInput> bkr = balanceRequirement(d, history, figures, is);
        RestorationSchedule schedule = RestorationSchedule.compute(openingReserve, bkr);
        return new ComputedPlan(plan, d, bridge, figures, schedule, requiredResults(d, schedule));
    }

    private static InvalidInputException missing(String driver, int year) {
        return new InvalidInputException(driver, year, "no " + driver + " driver for " + year);
    }

    private static void requireBase(RegionalPlan base, PlanDrivers d) {
        int y = d.baseYear();
        if (base.frames(y).isEmpty()) {
            throw new InvalidInputException("frames", y, "the base plan has no frames for the base year " + y);
        }
        if (base.balanceSheet(y).isEmpty() || base.cashFlow(y).isEmpty()) {
            throw new InvalidInputException(base.balanceSheet(y).isEmpty() ? "balance_sheet" : "cash_flow", y,
                    "the base plan needs the balance sheet and cash flow of the base year " + y + " to roll forward");
        }
        if (base.investments(y).isEmpty() && d.existingDepreciation(y).isEmpty()) {
            throw new InvalidInputException("depreciation", y, "the depreciation of the base year " + y
                    + " is needed (investment-plan.csv of the base plan, or depreciation.csv)");
        }
        if (d.pensions(y).isEmpty()) {
            throw new InvalidInputException("pensions", y, "KPA's pension cost of the base year " + y
                    + " is needed: the frames' pension part is not indexed");
        }
        List<Finding> untied = ConsistencyCheck.check(base).stream().filter(f -> f.year() == y).toList();
        if (!untied.isEmpty()) {
            Finding f = untied.get(0);
            throw new InvalidInputException("base_plan", y, "the base year " + y + " does not tie in the base plan ("
                    + untied.size() + " finding(s), the first: " + f.statement() + " " + f.line() + " "
                    + f.given().toMnkr().toPlainString() + " against " + f.expected().toMnkr().toPlainString()
                    + "); run plan check on the base plan");
        }
        for (String c : List.of(d.pensionCommittee(), d.depreciationCommittee())) {
            if (base.committee(c).isEmpty()) {
                throw new InvalidInputException("committee", y, "committee " + c + " is not in the base plan");
            }
        }
        for (CommitteeDrivers c : d.committees()) {
            if (base.committee(c.committee()).isEmpty()) {
                throw new InvalidInputException("committee", y, "committee " + c.committee()
                        + " is not in the base plan");
            }
        }
        for (Decision dec : d.decisions()) {
            FrameChange ch = dec.change();
            if (base.committee(ch.committee()).isEmpty()) {
                throw new InvalidInputException("committee", ch.year(), "committee " + ch.committee()
                        + " is not in the base plan");
            }
        }
    }

    /**
     * Indexuppräkning: the index (plus any scenario shift) on the indexed part of last year's frame,
     * and, in the budget year, a pay level above the index on the personnel costs and a price level on
     * the rest of the indexed part (scenarios and the sensitivity; the frames carry them on).
     */
    static List<BridgeLine> indexUplift(RegionalPlan base, PlanDrivers d, int y, Map<String, Money> frames,
                                        Map<String, Money> payroll, Money depPrev) {
        PriceIndex idx = d.index(y).orElseThrow(() -> missing("price_index", y));
        Money pensionPrev = d.pensions(y - 1).map(PensionForecast::operating).orElseThrow(() -> missing("pensions",
                y - 1));
        BigDecimal rate = idx.index().add(d.adjustments().index());
        List<BridgeLine> out = new ArrayList<>();
        for (String c : base.committeeCodes()) {
            Money frame = frames.get(c);
            if (frame == null) {
                continue;
            }
            Money indexed = indexedPart(d, c, frame, pensionPrev, depPrev);
            Money personnel = personnelCost(d, y - 1, payroll.get(c));
            Money amount = indexed.times(rate);
            if (y == d.firstYear()) {
                amount = amount.plus(personnel.times(d.adjustments().pay()))
                        .plus(indexed.minus(personnel).max(Money.ZERO).times(d.adjustments().prices()));
            }
            out.add(new BridgeLine(new FrameChange(y, c, FrameChangeKind.INDEX_UPLIFT, amount, Optional.empty(),
                    INDEX_REASON), BridgeLine.Rule.INDEX, Optional.of(indexed), Optional.of(rate), idx.source()));
        }
        return out;
    }

    /** Last year's frame less what the index does not raise: pensions, depreciation, named parts. */
    static Money indexedPart(PlanDrivers d, String committee, Money frame, Money pensionPrev, Money depPrev) {
        Money excluded = d.committee(committee).map(CommitteeDrivers::nonIndexed).orElse(Money.ZERO);
        if (committee.equals(d.pensionCommittee())) {
            excluded = excluded.plus(pensionPrev);
        }
        if (committee.equals(d.depreciationCommittee())) {
            excluded = excluded.plus(depPrev);
        }
        Money indexed = frame.minus(excluded);
        if (indexed.isNegative()) {
            throw new InvalidInputException("non_indexed", null, committee + ": the parts not indexed ("
                    + excluded.toMnkr().toPlainString() + " mnkr) exceed the frame (" + frame.toMnkr().toPlainString()
                    + " mnkr)");
        }
        return indexed;
    }

    /**
     * PO-pålägg: payroll × (this year's pension part − last year's); a reallocation to the receiver
     * when one is named, else a reduction (or addition) of the frames.
     */
    static List<BridgeLine> payrollOverhead(RegionalPlan base, PlanDrivers d, int y, Map<String, Money> payroll) {
        Optional<PayrollOverhead> now = d.overhead(y);
        if (now.isEmpty()) {
            return List.of();
        }
        PayrollOverhead prev = d.overhead(y - 1).orElseThrow(() -> missing("payroll_overhead", y - 1));
        BigDecimal change = now.get().pensionPart().subtract(prev.pensionPart());
        Optional<String> receiver = now.get().receiver();
        List<BridgeLine> out = new ArrayList<>();
        for (String c : base.committeeCodes()) {
            Money p = payroll.getOrDefault(c, Money.ZERO);
            Money amount = p.times(change);
            if (amount.isZero() || receiver.map(c::equals).orElse(false)) {
                continue;
            }
            FrameChange ch = receiver.isPresent()
                    ? new FrameChange(y, c, FrameChangeKind.REALLOCATION, amount, receiver, OVERHEAD_REASON)
                    : new FrameChange(y, c, amount.isNegative() ? FrameChangeKind.REDUCTION : FrameChangeKind.ADDITION,
                    amount, Optional.empty(), OVERHEAD_REASON);
            out.add(new BridgeLine(ch, BridgeLine.Rule.PAYROLL_OVERHEAD, Optional.of(p), Optional.of(change),
                    now.get().source()));
            receiver.ifPresent(r -> out.add(new BridgeLine(new FrameChange(y, r, FrameChangeKind.REALLOCATION,
                    amount.negated(), Optional.of(c), OVERHEAD_REASON), BridgeLine.Rule.PAYROLL_OVERHEAD,
                    Optional.of(p), Optional.of(change), now.get().source())));
        }
        return out;
    }

    /** The pension committee's frame moves by KPA's forecast for this year less last year's. */
    static List<BridgeLine> pensions(PlanDrivers d, int y) {
        PensionForecast now = d.pensions(y).orElseThrow(() -> missing("pensions", y));
        Money prev = d.pensions(y - 1).map(PensionForecast::operating).orElseThrow(() -> missing("pensions", y - 1));
        Money amount = now.operating().minus(prev);
        FrameChangeKind kind = amount.isNegative() ? FrameChangeKind.REDUCTION : FrameChangeKind.ADDITION;
        return List.of(new BridgeLine(new FrameChange(y, d.pensionCommittee(), kind, amount, Optional.empty(),
                PENSION_REASON), BridgeLine.Rule.PENSIONS, Optional.of(prev), Optional.empty(), now.source()));
    }

    /** The depreciation committee's frame moves by this year's depreciation less last year's. */
    static BridgeLine depreciationChange(PlanDrivers d, int y, Money dep, Money depPrev) {
        return new BridgeLine(new FrameChange(y, d.depreciationCommittee(), FrameChangeKind.DEPRECIATION,
                dep.minus(depPrev), Optional.empty(), DEPRECIATION_REASON), BridgeLine.Rule.DEPRECIATION,
                Optional.of(depPrev), Optional.empty(), "investment plan");
    }

    /** Avskrivningar: the existing assets' plus the new investments' (amount / life from the year after). */
    static Money depreciation(PlanDrivers d, int y) {
        Money existing = d.existingDepreciation(y).map(ExistingDepreciation::amount)
                .orElseThrow(() -> missing("depreciation", y));
        return existing.plus(newDepreciation(d, y));
    }

    static Money newDepreciation(PlanDrivers d, int y) {
        Money sum = Money.ZERO;
        for (Investment i : d.investments()) {
            if (i.year() > d.baseYear()) {
                sum = sum.plus(i.depreciationIn(y));
            }
        }
        return sum;
    }

    static Money investments(PlanDrivers d, int y) {
        return Money.sum(d.investments().stream().filter(i -> i.year() == y).toList(), Investment::amount);
    }

    /** The tax base as given, or last year's grown by the forecast's growth. */
    static Money taxBase(TaxBaseForecast f, Money prev, int y) {
        if (f.taxBase().isPresent()) {
            return f.taxBase().get();
        }
        if (prev == null) {
            throw new InvalidInputException("tax_base", y, y + ": growth needs last year's tax base as an amount");
        }
        return prev.plus(prev.times(f.growth().orElseThrow()));
    }

    /** Skatteintäkter = skatteunderlag × skattesats / 100 + avräkning. */
    static Money taxRevenue(Money taxBase, TaxBaseForecast f) {
        return taxBase.times(f.taxRate().movePointLeft(2)).plus(f.settlement());
    }

    /** Personnel costs of a year: payroll × (1 + the whole PO-pålägg). */
    static Money personnelCost(PlanDrivers d, int y, Money payroll) {
        if (payroll == null) {
            return Money.ZERO;
        }
        BigDecimal po = d.overhead(y).map(PayrollOverhead::total).orElse(BigDecimal.ZERO);
        return payroll.times(BigDecimal.ONE.add(po));
    }

    static Money personnelCosts(PlanDrivers d, int y, Map<String, Money> payroll) {
        return Money.sum(payroll.values().stream().map(p -> personnelCost(d, y, p)).toList());
    }

    /** Payroll into the next year: grown by the year's pay rise. */
    static Map<String, Money> carryPayroll(PlanDrivers d, int y, Map<String, Money> payroll) {
        BigDecimal pay = d.index(y).map(PriceIndex::pay).orElse(BigDecimal.ZERO);
        Map<String, Money> out = new LinkedHashMap<>();
        payroll.forEach((c, p) -> out.put(c, p.plus(p.times(pay))));
        return out;
    }

    /** Finansiella kostnader: interest on existing and new loans, the pensions' financial part, other. */
    static Money financialCosts(YearFigures f) {
        return f.financialCosts();
    }

    /**
     * The result budget. Verksamhetens nettokostnader equal the frames: depreciation is shown on its
     * own line and the rest of the net cost as verksamhetens kostnader (gross revenues are not a
     * driver of the result and are not split out).
     */
    static Statement<IncomeStatementLine> incomeStatement(YearFigures f) {
        Map<IncomeStatementLine, Money> m = new EnumMap<>(IncomeStatementLine.class);
        m.put(IncomeStatementLine.OPERATING_COSTS, f.frames().minus(f.depreciation()).negated());
        m.put(IncomeStatementLine.DEPRECIATION, f.depreciation().negated());
        m.put(IncomeStatementLine.TAX_REVENUE, f.taxRevenue());
        m.put(IncomeStatementLine.GENERAL_GRANTS, f.generalGrants());
        m.put(IncomeStatementLine.FINANCIAL_INCOME, f.financialIncome());
        m.put(IncomeStatementLine.FINANCIAL_COSTS, financialCosts(f).negated());
        return Statement.of(StatementKind.INCOME_STATEMENT, f.year(), m);
    }

    /** The balance budget rolled forward from last year's. */
    static Statement<BalanceSheetLine> balanceSheet(Statement<BalanceSheetLine> prev, YearFigures f,
                                                    PensionForecast pf, Financing fin, Money result) {
        Map<BalanceSheetLine, Money> m = new EnumMap<>(BalanceSheetLine.class);
        Money fixed = prev.value(BalanceSheetLine.FIXED_ASSETS).plus(f.investments()).minus(f.depreciation());
        Money pensions = pf.provision().orElse(prev.value(BalanceSheetLine.PENSION_PROVISIONS));
        Money longTerm = prev.value(BalanceSheetLine.LONG_TERM_LIABILITIES).plus(fin.newBorrowing())
                .minus(fin.amortisation());
        m.put(BalanceSheetLine.FIXED_ASSETS, fixed);
        m.put(BalanceSheetLine.OPENING_EQUITY, prev.value(BalanceSheetLine.EQUITY));
        m.put(BalanceSheetLine.RESULT_FOR_YEAR, result);
        m.put(BalanceSheetLine.PENSION_PROVISIONS, pensions);
        if (prev.has(BalanceSheetLine.OTHER_PROVISIONS)) {
            m.put(BalanceSheetLine.OTHER_PROVISIONS, prev.value(BalanceSheetLine.OTHER_PROVISIONS));
        }
        m.put(BalanceSheetLine.LONG_TERM_LIABILITIES, longTerm);
        m.put(BalanceSheetLine.CURRENT_LIABILITIES, prev.value(BalanceSheetLine.CURRENT_LIABILITIES));
        Statement<BalanceSheetLine> claims = Statement.of(StatementKind.BALANCE_SHEET, f.year(), m);
        Money claimsTotal = claims.value(BalanceSheetLine.TOTAL_EQUITY_AND_LIABILITIES);
        m.put(BalanceSheetLine.CURRENT_ASSETS, claimsTotal.minus(fixed));
        pf.contingentLiability().or(() -> prev.given(BalanceSheetLine.CONTINGENT_PENSION_LIABILITY))
                .ifPresent(v -> m.put(BalanceSheetLine.CONTINGENT_PENSION_LIABILITY, v));
        m.put(BalanceSheetLine.INTEREST_BEARING_DEBT, f.debt());
        return Statement.of(StatementKind.BALANCE_SHEET, f.year(), m);
    }

    /**
     * The cash-flow budget: the result, depreciation and the change of provisions (not paid out),
     * investments, placements and borrowing; likvida medel from last year's closing cash.
     */
    static Statement<CashFlowLine> cashFlow(Statement<CashFlowLine> prev, Statement<BalanceSheetLine> bsPrev,
                                            Statement<BalanceSheetLine> bs, YearFigures f, Financing fin,
                                            Money result) {
        Map<CashFlowLine, Money> m = new EnumMap<>(CashFlowLine.class);
        Money provisions = bs.value(BalanceSheetLine.TOTAL_PROVISIONS).minus(bsPrev.value(
                BalanceSheetLine.TOTAL_PROVISIONS));
        m.put(CashFlowLine.RESULT_FOR_YEAR, result);
        m.put(CashFlowLine.NON_CASH_ADJUSTMENTS, f.depreciation().plus(provisions));
        m.put(CashFlowLine.CHANGE_RECEIVABLES, Money.ZERO);
        m.put(CashFlowLine.CHANGE_INVENTORIES, Money.ZERO);
        m.put(CashFlowLine.CHANGE_CURRENT_LIABILITIES, Money.ZERO);
        m.put(CashFlowLine.INVESTMENTS, f.investments().negated());
        m.put(CashFlowLine.CHANGE_SHORT_TERM_INVESTMENTS, fin.shortTermPlacements().negated());
        m.put(CashFlowLine.CHANGE_LONG_TERM_LIABILITIES, fin.newBorrowing().minus(fin.amortisation()));
        m.put(CashFlowLine.OPENING_CASH, prev.value(CashFlowLine.CLOSING_CASH));
        Statement<CashFlowLine> flows = Statement.of(StatementKind.CASH_FLOW, f.year(), m);
        m.put(CashFlowLine.CLOSING_CASH, flows.value(CashFlowLine.CLOSING_CASH));
        return Statement.of(StatementKind.CASH_FLOW, f.year(), m);
    }

    /**
     * Likviditetsupplåning: what the year's flows leave below the minimum cash is borrowed at the end
     * of the year, so that likvida medel never fall below it (and never below zero, which no balance
     * sheet can show). Borrowed at year end, it bears interest from the next year.
     */
    static Money liquidityBorrowing(Statement<CashFlowLine> cfPrev, Statement<BalanceSheetLine> bsPrev,
                                    YearFigures f, PensionForecast pf, Financing fin, Money result) {
        Statement<BalanceSheetLine> bs = balanceSheet(bsPrev, f, pf, fin, result);
        Money closing = cashFlow(cfPrev, bsPrev, bs, f, fin, result).value(CashFlowLine.CLOSING_CASH);
        return fin.minimumCash().minus(closing).max(Money.ZERO);
    }

    /** The history up to the base year, then each plan year's result less its unrealised gains. */
    static List<BalanceRequirementInput> balanceRequirement(PlanDrivers d, List<BalanceRequirementInput> history,
                                                           Map<Integer, YearFigures> figures,
                                                           Map<Integer, Statement<IncomeStatementLine>> is) {
        List<BalanceRequirementInput> out = new ArrayList<>();
        for (BalanceRequirementInput h : history) {
            if (h.year() <= d.baseYear()) {
                out.add(h);
            }
        }
        if (!out.isEmpty() && out.get(out.size() - 1).year() != d.baseYear()) {
            throw new InvalidInputException("year", out.get(out.size() - 1).year(), "the balance-requirement history "
                    + "must reach the base year " + d.baseYear() + " (it ends with " + out.get(out.size() - 1).year()
                    + ")");
        }
        for (YearFigures f : figures.values()) {
            Money result = is.get(f.year()).value(IncomeStatementLine.RESULT_FOR_YEAR);
            BalanceRequirementInput in = BalanceRequirementInput.of(f.year(), result);
            if (!f.unrealisedGains().isZero()) {
                in = in.with(BalanceRequirementLine.UNREALISED_SECURITIES, f.unrealisedGains().negated());
            }
            out.add(in);
        }
        return out;
    }

    /** Per plan year: the balanskravsresultat the restoration requires and the result that gives it. */
    static List<RequiredResult> requiredResults(PlanDrivers d, RestorationSchedule schedule) {
        List<RequiredResult> out = new ArrayList<>();
        for (RestorationYear ry : schedule.years()) {
            if (ry.year() <= d.baseYear()) {
                continue;
            }
            Money result = ry.input().result();
            Money bkr = ry.balanceRequirementResult();
            Money adjustments = bkr.minus(result);
            out.add(new RequiredResult(ry.year(), result, bkr, ry.requiredResult(),
                    ry.requiredResult().minus(adjustments)));
        }
        return out;
    }

    /** Bridge lines grouped by committee in the plan's order, each committee's in rule order. */
    private static List<BridgeLine> sortedByCommittee(List<String> order, List<BridgeLine> lines) {
        List<BridgeLine> out = new ArrayList<>();
        for (String c : order) {
            lines.stream().filter(l -> l.change().committee().equals(c)).forEach(out::add);
        }
        return out;
    }
}

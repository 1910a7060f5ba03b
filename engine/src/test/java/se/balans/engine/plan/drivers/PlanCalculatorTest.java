package se.balans.engine.plan.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.balans.engine.plan.drivers.Norrfjall.m;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import se.balans.engine.InvalidInputException;
import se.balans.engine.check.ConsistencyCheck;
import se.balans.engine.money.Money;
import se.balans.engine.plan.FrameChangeKind;
import se.balans.engine.plan.RegionalPlan;
import se.balans.engine.statement.BalanceSheetLine;
import se.balans.engine.statement.CashFlowLine;
import se.balans.engine.statement.IncomeStatementLine;

/** Region Norrfjäll's plan 2026–2027 computed from its drivers, every figure computed by hand. */
class PlanCalculatorTest {
    final ComputedPlan computed = Norrfjall.compute();
    final RegionalPlan plan = computed.plan();

    Money line(int year, String committee, FrameChangeKind kind) {
        return Money.sum(computed.bridge(year).stream()
                .filter(b -> b.change().committee().equals(committee) && b.change().kind() == kind).toList(),
                BridgeLine::amount);
    }

    Money is(int year, IncomeStatementLine l) {
        return plan.incomeStatement(year).orElseThrow().value(l);
    }

    Money bs(int year, BalanceSheetLine l) {
        return plan.balanceSheet(year).orElseThrow().value(l);
    }

    Money cf(int year, CashFlowLine l) {
        return plan.cashFlow(year).orElseThrow().value(l);
    }

    @Nested
    class BridgeTwentySix {
        @Test
        void indexIsThreePercentOnTheIndexedPart() {
            // RS: 1 000 − pensions 200 − depreciation 150 = 650 × 3 % = 19.5
            // HSN: 3 000 − riktade statsbidrag 100 = 2 900 × 3 % = 87; KN: 100 × 3 % = 3
            assertThat(line(2026, "RS", FrameChangeKind.INDEX_UPLIFT)).isEqualTo(m("19.5"));
            assertThat(line(2026, "HSN", FrameChangeKind.INDEX_UPLIFT)).isEqualTo(m("87"));
            assertThat(line(2026, "KN", FrameChangeKind.INDEX_UPLIFT)).isEqualTo(m("3"));
            BridgeLine rs = computed.bridge(2026).get(0);
            assertThat(rs.rule()).isEqualTo(BridgeLine.Rule.INDEX);
            assertThat(rs.basis()).contains(m("650"));
        }

        @Test
        void payrollOverheadPensionPartFallsOnePointOfPay() {
            // pension part 10 % → 9 %: payroll × −1 %: RS 100 → −1, HSN 1 000 → −10, KN 40 → −0.4,
            // and pensions 180 − 200 = −20 on RS: reductions RS −21, HSN −10, KN −0.4
            assertThat(line(2026, "RS", FrameChangeKind.REDUCTION)).isEqualTo(m("-21"));
            assertThat(line(2026, "HSN", FrameChangeKind.REDUCTION)).isEqualTo(m("-10"));
            assertThat(line(2026, "KN", FrameChangeKind.REDUCTION)).isEqualTo(m("-0.4"));
        }

        @Test
        void decisionsAreCarriedAsDecided() {
            assertThat(line(2026, "HSN", FrameChangeKind.ADDITION)).isEqualTo(m("50"));
            assertThat(line(2026, "HSN", FrameChangeKind.REALLOCATION)).isEqualTo(m("10"));
            assertThat(line(2026, "KN", FrameChangeKind.REALLOCATION)).isEqualTo(m("-10"));
        }

        @Test
        void unchangedDepreciationGivesNoLine() {
            // 2026 depreciation: existing 150, new investments start 2027: 150 = 2025's 150
            assertThat(computed.bridge(2026)).noneMatch(b -> b.rule() == BridgeLine.Rule.DEPRECIATION);
        }

        @Test
        void framesAreOpeningPlusChanges() {
            // RS 1 000 + 19.5 − 21 = 998.5; HSN 3 000 + 87 − 10 + 50 + 10 = 3 137; KN 100 + 3 − 0.4 − 10 = 92.6
            assertThat(plan.frames(2026)).extracting(f -> f.amount()).containsExactly(m("998.5"), m("3137"),
                    m("92.6"));
            assertThat(plan.frameTotal(2026)).isEqualTo(m("4228.1"));
        }
    }

    @Nested
    class ResultTwentySix {
        @Test
        void taxesAreTheGrownBaseTimesTheRate() {
            // 30 000 × 1.04 = 31 200 × 11 / 100 = 3 432
            assertThat(computed.figures(2026).taxBase()).isEqualTo(m("31200"));
            assertThat(is(2026, IncomeStatementLine.TAX_REVENUE)).isEqualTo(m("3432"));
        }

        @Test
        void grantsAreTheSumOfTheirParts() {
            assertThat(is(2026, IncomeStatementLine.GENERAL_GRANTS)).isEqualTo(m("839.1"));
        }

        @Test
        void netOperatingCostIsTheFrames() {
            assertThat(is(2026, IncomeStatementLine.NET_OPERATING_COST)).isEqualTo(m("-4228.1"));
            assertThat(is(2026, IncomeStatementLine.DEPRECIATION)).isEqualTo(m("-150"));
            assertThat(is(2026, IncomeStatementLine.OPERATING_RESULT)).isEqualTo(m("43"));
        }

        @Test
        void financialCostsAreInterestAndThePensionsFinancialPart() {
            // existing interest 20 + new 100 × 3 % = 3 + pensions' financial part 20 = 43; income 40
            assertThat(is(2026, IncomeStatementLine.FINANCIAL_COSTS)).isEqualTo(m("-43"));
            assertThat(computed.figures(2026).interestNew()).isEqualTo(m("3"));
            assertThat(is(2026, IncomeStatementLine.RESULT_FOR_YEAR)).isEqualTo(m("40"));
        }
    }

    @Nested
    class TwentySeven {
        @Test
        void bridge() {
            // index 2.5 %: RS (998.5 − 180 − 150) = 668.5 → 16.7125; HSN (3 137 − 100) → 75.925;
            // KN 92.6 → 2.315
            assertThat(line(2027, "RS", FrameChangeKind.INDEX_UPLIFT)).isEqualTo(m("16.7125"));
            assertThat(line(2027, "HSN", FrameChangeKind.INDEX_UPLIFT)).isEqualTo(m("75.925"));
            assertThat(line(2027, "KN", FrameChangeKind.INDEX_UPLIFT)).isEqualTo(m("2.315"));
            // pensions 190 − 180 = +10; depreciation 140 + 300/30 + 100/5 = 170, +20 on 150; decided −20
            assertThat(line(2027, "RS", FrameChangeKind.ADDITION)).isEqualTo(m("10"));
            assertThat(line(2027, "RS", FrameChangeKind.DEPRECIATION)).isEqualTo(m("20"));
            assertThat(line(2027, "RS", FrameChangeKind.REDUCTION)).isEqualTo(m("-20"));
            // the PO-pålägg is unchanged: no line
            assertThat(computed.bridge(2027)).noneMatch(b -> b.rule() == BridgeLine.Rule.PAYROLL_OVERHEAD);
            assertThat(plan.frameTotal(2027)).isEqualTo(m("4333.0525"));
        }

        @Test
        void result() {
            // 32 400 × 11 % = 3 564; grants 830; frames 4 333.0525;
            // financial: 18 + 100 × 3 % + 25 = 46 against 45 → result 59.9475
            assertThat(is(2027, IncomeStatementLine.TAX_REVENUE)).isEqualTo(m("3564"));
            assertThat(is(2027, IncomeStatementLine.DEPRECIATION)).isEqualTo(m("-170"));
            assertThat(is(2027, IncomeStatementLine.FINANCIAL_COSTS)).isEqualTo(m("-46"));
            assertThat(is(2027, IncomeStatementLine.RESULT_FOR_YEAR)).isEqualTo(m("59.9475"));
        }
    }

    @Nested
    class BalanceAndCash {
        @Test
        void balanceSheetRollsForward() {
            // fixed 2 000 + 400 − 150 = 2 250; equity 500 + 40; provisions 1 250 (KPA); loans 800 + 100
            assertThat(bs(2026, BalanceSheetLine.FIXED_ASSETS)).isEqualTo(m("2250"));
            assertThat(bs(2026, BalanceSheetLine.EQUITY)).isEqualTo(m("540"));
            assertThat(bs(2026, BalanceSheetLine.LONG_TERM_LIABILITIES)).isEqualTo(m("900"));
            assertThat(bs(2026, BalanceSheetLine.TOTAL_ASSETS)).isEqualTo(m("3190"));
            assertThat(bs(2026, BalanceSheetLine.CURRENT_ASSETS)).isEqualTo(m("940"));
            assertThat(bs(2026, BalanceSheetLine.INTEREST_BEARING_DEBT)).isEqualTo(m("900"));
            assertThat(bs(2026, BalanceSheetLine.CONTINGENT_PENSION_LIABILITY)).isEqualTo(m("1500"));
            // 2027: fixed 2 250 + 60 − 170; loans 900 − 50
            assertThat(bs(2027, BalanceSheetLine.FIXED_ASSETS)).isEqualTo(m("2140"));
            assertThat(bs(2027, BalanceSheetLine.INTEREST_BEARING_DEBT)).isEqualTo(m("850"));
        }

        @Test
        void cashFlowRollsForward() {
            // 200 + 40 + (150 + 50) − 400 + 100 = 140; 140 + 59.9475 + 170 − 60 − 50 = 259.9475
            assertThat(cf(2026, CashFlowLine.NON_CASH_ADJUSTMENTS)).isEqualTo(m("200"));
            assertThat(cf(2026, CashFlowLine.CLOSING_CASH)).isEqualTo(m("140"));
            assertThat(cf(2027, CashFlowLine.CLOSING_CASH)).isEqualTo(m("259.9475"));
        }

        @Test
        void thePlanTiesByConstruction() {
            assertThat(ConsistencyCheck.check(plan)).isEmpty();
        }
    }

    @Nested
    class Restoration {
        @Test
        void twentySixNeedsNothingDueAndRestoresThirty() {
            // nothing falls due in 2026 (2023's deficit was restored in 2025); BKR 40 − unrealised 10 = 30
            RequiredResult r = computed.required(2026).orElseThrow();
            assertThat(r.balanceRequirementResult()).isEqualTo(m("30"));
            assertThat(r.requiredBalanceRequirementResult()).isEqualTo(Money.ZERO);
            assertThat(r.leastResult()).isEqualTo(m("10"));
            assertThat(r.fallsShort()).isFalse();
        }

        @Test
        void twentySevenFallsShortOfTheRestorationOf2024() {
            // 2024: −150, 2025 restored 20 of it, 2026 30: 100 due by 2027; the plan gives 59.9475
            RequiredResult r = computed.required(2027).orElseThrow();
            assertThat(r.requiredBalanceRequirementResult()).isEqualTo(m("100"));
            assertThat(r.leastResult()).isEqualTo(m("100"));
            assertThat(r.fallsShort()).isTrue();
            assertThat(r.shortfall()).isEqualTo(m("40.0525"));
            assertThat(computed.shortfalls()).extracting(RequiredResult::year).containsExactly(2027);
        }
    }

    @Test
    void cashTheYearLacksIsBorrowedAtYearEndAndBearsInterestFromTheNext() {
        // 500 more to HSN in 2026: cash 140 − 500 = −360, so 360 is borrowed at the end of 2026
        PlanDrivers more = Norrfjall.drivers().withDecision(Decision.of(new se.balans.engine.plan.FrameChange(2026,
                "HSN", FrameChangeKind.ADDITION, m("500"), java.util.Optional.empty(), "Stort tillskott")));
        ComputedPlan short_ = PlanCalculator.compute(Norrfjall.base(), more, Norrfjall.history(), Money.ZERO);
        RegionalPlan p = short_.plan();

        assertThat(p.cashFlow(2026).orElseThrow().value(CashFlowLine.CLOSING_CASH)).isEqualTo(Money.ZERO);
        assertThat(short_.figures(2026).liquidityBorrowing()).isEqualTo(m("360"));
        assertThat(p.cashFlow(2026).orElseThrow().value(CashFlowLine.CHANGE_LONG_TERM_LIABILITIES)).isEqualTo(m("460"));
        assertThat(p.balanceSheet(2026).orElseThrow().value(BalanceSheetLine.INTEREST_BEARING_DEBT))
                .isEqualTo(m("1260"));
        // 2026's interest is on the planned 100 only; 2027's on 100 + 360 at 3 % = 13.8
        assertThat(short_.figures(2026).interestNew()).isEqualTo(m("3"));
        assertThat(short_.figures(2027).interestNew()).isEqualTo(m("13.8"));
        assertThat(ConsistencyCheck.check(p)).isEmpty();
    }

    @Test
    void withAReceiverThePoPaalaggChangeIsAReallocationThatNetsToZero() {
        PlanDrivers d = Norrfjall.drivers();
        List<PayrollOverhead> toRs = d.overhead().stream().map(o -> new PayrollOverhead(o.year(), o.total(),
                o.pensionPart(), java.util.Optional.of("RS"), o.source())).toList();
        PlanDrivers withReceiver = new PlanDrivers(d.baseYear(), d.lastYear(), d.pensionCommittee(),
                d.depreciationCommittee(), d.index(), d.committees(), toRs, d.taxBase(), d.grants(), d.pensions(),
                d.decisions(), d.investments(), d.existingDepreciation(), d.financing(), d.adjustments());
        ComputedPlan c = PlanCalculator.compute(Norrfjall.base(), withReceiver, Norrfjall.history(), Money.ZERO);

        // HSN −10 and KN −0.4 move to RS (+10.4); RS's own −1 is not moved to itself
        List<BridgeLine> po = c.bridge(2026).stream().filter(b -> b.rule() == BridgeLine.Rule.PAYROLL_OVERHEAD)
                .toList();
        assertThat(po).allMatch(b -> b.change().kind() == FrameChangeKind.REALLOCATION);
        assertThat(Money.sum(po, BridgeLine::amount)).isEqualTo(Money.ZERO);
        assertThat(Money.sum(po.stream().filter(b -> b.change().committee().equals("RS")).toList(),
                BridgeLine::amount)).isEqualTo(m("10.4"));
        // the frames' total no longer falls by the 11.4: 4 228.1 + 11.4
        assertThat(c.plan().frameTotal(2026)).isEqualTo(m("4239.5"));
        assertThat(ConsistencyCheck.check(c.plan())).isEmpty();
    }

    @Test
    void aBaseYearThatDoesNotTieIsRefusedRatherThanCarriedIntoThePlan() {
        RegionalPlan base = Norrfjall.base();
        RegionalPlan untied = new RegionalPlan(base.region(), base.planYear(), base.yearStatus(), base.committees(),
                base.frames(), base.frameChanges(), base.incomeStatements(), base.balanceSheets(),
                java.util.Map.of(2025, se.balans.engine.statement.Statement.of(
                        se.balans.engine.statement.StatementKind.CASH_FLOW, 2025, java.util.Map.of(
                                CashFlowLine.OPENING_CASH, m("200"), CashFlowLine.CLOSING_CASH, m("210")))),
                base.investmentPlan(), base.goals(), base.borrowingLimit(), base.publishedRounding());

        assertThatThrownBy(() -> PlanCalculator.compute(untied, Norrfjall.drivers(), List.of(), Money.ZERO))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("the base year 2025 does not tie in the base plan (1 finding(s), the first: "
                        + "cash_flow closing_cash 210 against 200)");
    }

    @Test
    void aMissingDriverIsNamedWithItsYear() {
        PlanDrivers d = Norrfjall.drivers();
        PlanDrivers noFinancing = new PlanDrivers(d.baseYear(), d.lastYear(), d.pensionCommittee(),
                d.depreciationCommittee(), d.index(), d.committees(), d.overhead(), d.taxBase(), d.grants(),
                d.pensions(), d.decisions(), d.investments(), d.existingDepreciation(),
                d.financing().subList(0, 1), d.adjustments());
        assertThatThrownBy(() -> PlanCalculator.compute(Norrfjall.base(), noFinancing, List.of(), Money.ZERO))
                .isInstanceOf(InvalidInputException.class).hasMessage("no financing driver for 2027");
    }
}

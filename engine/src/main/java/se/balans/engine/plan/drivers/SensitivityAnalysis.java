package se.balans.engine.plan.drivers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import se.balans.engine.balancerequirement.BalanceRequirementInput;
import se.balans.engine.money.Money;
import se.balans.engine.plan.RegionalPlan;
import se.balans.engine.statement.IncomeStatementLine;

/**
 * Känslighetsanalys: what one change in one driver means for årets resultat, each year, computed by
 * running the model again with that driver moved and everything else as planned — not a
 * rule-of-thumb typed into the plan.
 */
public record SensitivityAnalysis(List<Row> rows) {

    /** The drivers the table moves, each by the step Swedish budget documents use. */
    public enum Driver {
        /** Skatteunderlaget +1 %. */
        TAX_BASE("tax_base", "1 %"),
        /** Räntan +1 procentenhet på låneskulden. */
        INTEREST("interest", "1 pp"),
        /** Löneökning +1 %, på personalkostnaderna inkl. PO-pålägg. */
        PAY("pay", "1 %"),
        /** Prisökning +1 %, på övriga indexerade kostnader. */
        PRICES("prices", "1 %");

        private final String code;
        private final String step;

        Driver(String code, String step) {
            this.code = code;
            this.step = step;
        }

        public String code() {
            return code;
        }

        public String step() {
            return step;
        }
    }

    /** One driver's effect on the result per year (positive improves the result). */
    public record Row(Driver driver, Map<Integer, Money> effect) {
        public Row {
            Objects.requireNonNull(driver, "driver");
            effect = Collections.unmodifiableSortedMap(new TreeMap<>(effect));
        }

        public Money effect(int year) {
            return effect.getOrDefault(year, Money.ZERO);
        }
    }

    private static final BigDecimal ONE_PERCENT = new BigDecimal("0.01");

    public SensitivityAnalysis {
        rows = List.copyOf(rows);
    }

    public static SensitivityAnalysis compute(RegionalPlan base, PlanDrivers drivers,
                                              List<BalanceRequirementInput> history, Money openingReserve) {
        ComputedPlan plan = PlanCalculator.compute(base, drivers, history, openingReserve);
        List<Row> rows = new ArrayList<>();
        rows.add(row(Driver.TAX_BASE, plan, base, drivers, history, openingReserve,
                a -> a.withTaxBase(a.taxBase().add(ONE_PERCENT))));
        rows.add(row(Driver.INTEREST, plan, base, drivers, history, openingReserve,
                a -> a.withInterest(a.interest().add(ONE_PERCENT))));
        rows.add(row(Driver.PAY, plan, base, drivers, history, openingReserve,
                a -> a.withPay(a.pay().add(ONE_PERCENT))));
        rows.add(row(Driver.PRICES, plan, base, drivers, history, openingReserve,
                a -> a.withPrices(a.prices().add(ONE_PERCENT))));
        return new SensitivityAnalysis(rows);
    }

    private static Row row(Driver driver, ComputedPlan plan, RegionalPlan base, PlanDrivers drivers,
                           List<BalanceRequirementInput> history, Money openingReserve,
                           UnaryOperator<Adjustments> move) {
        ComputedPlan moved = PlanCalculator.compute(base, drivers.withAdjustments(move.apply(drivers.adjustments())),
                history, openingReserve);
        Map<Integer, Money> effect = new TreeMap<>();
        for (int y = drivers.firstYear(); y <= drivers.lastYear(); y++) {
            effect.put(y, result(moved, y).minus(result(plan, y)));
        }
        return new Row(driver, effect);
    }

    private static Money result(ComputedPlan p, int y) {
        return p.plan().incomeStatement(y).orElseThrow().value(IncomeStatementLine.RESULT_FOR_YEAR);
    }

    public Row row(Driver driver) {
        return rows.stream().filter(r -> r.driver() == driver).findFirst().orElseThrow();
    }
}

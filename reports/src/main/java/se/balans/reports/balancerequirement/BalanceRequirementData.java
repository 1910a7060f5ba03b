package se.balans.reports.balancerequirement;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

import se.balans.engine.balancerequirement.BalanceRequirementLine;
import se.balans.engine.balancerequirement.RestorationSchedule;
import se.balans.engine.balancerequirement.RestorationYear;
import se.balans.engine.money.Money;
import se.balans.reports.output.Data;
import se.balans.reports.output.ReportData;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Table;

/**
 * The balance requirement and the restoration schedule for programs ({@code balans
 * balance-requirement --format csv|json}), amounts in mnkr. The CSV is the auditors' file: its
 * columns are fixed by the file-format specification in the README.
 */
public final class BalanceRequirementData implements ReportData {
    private final RestorationSchedule schedule;

    public BalanceRequirementData(RestorationSchedule schedule) {
        this.schedule = schedule;
    }

    /** One record per year; then the deficit left from each year of origin ({@code unrestored_from_2023}, …). */
    @Override
    public Table records() {
        List<String> keys = new ArrayList<>(List.of("result", "result_after_adjustments",
                "balance_requirement_result", "special_reasons", "opening_unrestored", "closing_unrestored",
                "missed_deadline", "required_result"));
        schedule.originYears().forEach(o -> keys.add("unrestored_from_" + o));
        Table.Builder t = Table.keyed("balance requirement", "year", keys);
        for (RestorationYear y : schedule.years()) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.amount(y.input().result()),
                    Cell.amount(y.input().resultAfterAdjustments()), Cell.amount(y.balanceRequirementResult()),
                    Cell.amount(y.specialReasons()), Cell.amount(y.openingUnrestored()),
                    Cell.amount(y.closingUnrestored()), Cell.text(String.valueOf(y.missedDeadline())),
                    Cell.amount(y.requiredResult())));
            schedule.originYears().forEach(o -> cells.add(Cell.amount(y.unrestoredFrom(o))));
            t.keyed(String.valueOf(y.year()), cells);
        }
        return t.build();
    }

    /** Each year: the balanskravsutredning, the deficits restored, waived and left by year of origin, the reserve. */
    @Override
    public Data document() {
        return Data.object().text("unit", "mnkr").put("years", Data.array(schedule.years(), y -> {
            Data.ObjectBuilder statement = Data.object();
            for (BalanceRequirementLine line : BalanceRequirementLine.values()) {
                statement.amount(line.code(), y.input().amount(line));
            }
            return Data.object().number("year", y.year()).put("balanskravsutredning", statement.build())
                    .amount("special_reasons", y.specialReasons())
                    .amount("opening_unrestored", y.openingUnrestored())
                    .amount("closing_unrestored", y.closingUnrestored())
                    .put("unrestored_by_origin", byOrigin(y.unrestoredByOrigin()))
                    .put("restored", byOrigin(y.restored()))
                    .put("waived", byOrigin(y.waived()))
                    .amount("required_result", y.requiredResult())
                    .bool("missed_deadline", y.missedDeadline())
                    .put("missed_deadline_origins", Data.array(y.missedDeadlines(), Data::number))
                    .amount("reserve_balance", y.reserveBalance())
                    .putIfPresent("reserve_max_allocation",
                            y.reserveCeiling().map(c -> Data.amount(c.maxAllocation())))
                    .build();
        })).build();
    }

    private static Data byOrigin(SortedMap<Integer, Money> amounts) {
        Data.ObjectBuilder o = Data.object();
        amounts.forEach((origin, amount) -> o.amount(String.valueOf(origin), amount));
        return o.build();
    }
}

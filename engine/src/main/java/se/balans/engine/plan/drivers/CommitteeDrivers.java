package se.balans.engine.plan.drivers;

import java.util.Objects;

import se.balans.engine.money.Money;

/**
 * What the plan needs to know of one committee beyond its frame.
 *
 * @param payroll the committee's lönesumma in the base year (pay without PO-pålägg): the base of the
 *        PO-pålägg change and of the pay sensitivity
 * @param nonIndexed the part of the frame the index does not raise besides the pension costs and the
 *        depreciation the model excludes itself (e.g. riktade statsbidrag placed in the frame)
 */
public record CommitteeDrivers(String committee, Money payroll, Money nonIndexed, String source) {
    public CommitteeDrivers {
        DriverChecks.text(committee, "committee");
        DriverChecks.notNegative(payroll, "payroll");
        DriverChecks.notNegative(nonIndexed, "non-indexed part");
        Objects.requireNonNull(source, "source");
    }
}

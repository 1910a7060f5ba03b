package se.balans.engine.plan.drivers;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import se.balans.engine.money.Money;
import se.balans.engine.plan.FrameChange;

/**
 * One computed line of the frame bridge, with what it was computed from, so that a report can say
 * "3,2 % × 2 038,9" rather than only "+65,2".
 *
 * @param basis the amount the rate was applied to (the indexed part, the payroll), or the two
 *        forecasts' difference's first term; empty for a decided change
 * @param rate the rate applied to the basis, a fraction; empty where the line is a difference
 */
public record BridgeLine(FrameChange change, Rule rule, Optional<Money> basis, Optional<BigDecimal> rate,
                         String source) {

    /** Where a line of the bridge comes from. */
    public enum Rule {
        /** Indexuppräkning: the index on the indexed part of last year's frame. */
        INDEX("index"),
        /** Förändrat personalomkostnadspålägg: payroll × the change of the PO-pålägg's pension part. */
        PAYROLL_OVERHEAD("payroll_overhead"),
        /** Pensionskostnader enligt KPA:s prognos: this year's forecast less last year's. */
        PENSIONS("pensions"),
        /** Förändrad avskrivningsbudget: this year's depreciation less last year's. */
        DEPRECIATION("depreciation"),
        /** A change the council decided (tillskott, reducering, omfördelning). */
        DECISION("decision");

        private final String code;

        Rule(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public BridgeLine {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(source, "source");
    }

    public int year() {
        return change.year();
    }

    public Money amount() {
        return change.amount();
    }
}

package se.balans.engine.check;

import java.util.Objects;

import se.balans.engine.money.Money;

/**
 * A consistency failure in plan input: which year, statement and line, the figure as given and the
 * figure it should equal.
 *
 * @param rule which check failed
 * @param statement the statement or part of the plan, e.g. {@code balance_sheet} or {@code frames}
 * @param line the line at fault
 * @param given the figure as stated in the input
 * @param expected the figure the rule derives (a sum, the previous year's closing value, …)
 * @param detail what the expected figure is, e.g. {@code fixed_assets + current_assets}
 */
public record Finding(Rule rule, int year, String statement, String line, Money given, Money expected,
                      String detail) {

    /** The consistency rules a plan must satisfy. */
    public enum Rule {
        /** A printed total differs from the sum of its lines. */
        TOTAL("total"),
        /** Assets differ from equity + provisions + liabilities. */
        BALANCE("balance"),
        /** The committees' frames do not sum to the net operating cost (verksamhetens nettoram). */
        FRAME_SUM("frame_sum"),
        /** Last year's frame plus this year's changes is not this year's frame. */
        FRAME_BRIDGE("frame_bridge"),
        /** Reallocations between committees do not net to zero. */
        REALLOCATION("reallocation"),
        /** Opening equity is not last year's closing equity. */
        EQUITY_ROLL_FORWARD("equity_roll_forward"),
        /** Opening cash is not last year's closing cash. */
        CASH_ROLL_FORWARD("cash_roll_forward"),
        /** A statement's result differs from the result statement's årets resultat. */
        RESULT_LINK("result_link"),
        /** The result statement's depreciation differs from the investment plan's. */
        DEPRECIATION_LINK("depreciation_link");

        private final String code;

        Rule(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(given, "given");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(detail, "detail");
    }

    public Money difference() {
        return given.minus(expected);
    }
}

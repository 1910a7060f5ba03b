package se.balans.engine.costtype;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import se.balans.engine.statement.IncomeStatementLine;

/**
 * The cost types (kostnadsslag) the reports know, as regions' monthly reports show them: what the
 * operating costs and revenues are made of. Which accounts belong to which is configuration
 * ({@link CostTypeMapping}); the set itself is fixed, so that every region's reports say the same
 * thing by the same word.
 *
 * <p><b>"Därav"</b>: a type may be part of another ({@link #partOf()}). Pensions are part of the
 * personnel costs, as regions' reports show them ("personalkostnader, därav pensionskostnader"). An
 * account maps to exactly one type; a type's figure is its own accounts plus those of the types that
 * are part of it, and the totals add only the types that are part of none — so nothing is counted
 * twice.
 *
 * <p>Order: the order of the reports, costs first.
 */
public enum CostType {
    /** Personalkostnader: löner, sociala avgifter och pensioner. */
    PERSONNEL("personnel", Side.COST, null),
    /** Därav pensionskostnader (part of {@link #PERSONNEL}). */
    PENSIONS("pensions", Side.COST, PERSONNEL),
    /** Inhyrd personal (hyrpersonal): bought, so not part of the personnel costs. */
    AGENCY_STAFF("agency_staff", Side.COST, null),
    /** Köpt vård. */
    PURCHASED_CARE("purchased_care", Side.COST, null),
    /** Läkemedel. */
    DRUGS("drugs", Side.COST, null),
    /** Övriga kostnader: what no other cost type covers, mapped explicitly. */
    OTHER_COSTS("other_costs", Side.COST, null),
    /** Vårdintäkter: sold care. */
    CARE_REVENUE("care_revenue", Side.REVENUE, null),
    /** Patientavgifter. */
    PATIENT_FEES("patient_fees", Side.REVENUE, null),
    /** Övriga intäkter. */
    OTHER_REVENUE("other_revenue", Side.REVENUE, null);

    /** Whether a type is a cost or a revenue: the result line its accounts must be on, and its sign. */
    public enum Side {
        /** On verksamhetens kostnader; shown positive as booked (debit positive). */
        COST(IncomeStatementLine.OPERATING_COSTS),
        /** On verksamhetens intäkter; shown positive, the booked credit turned. */
        REVENUE(IncomeStatementLine.OPERATING_REVENUE);

        private final IncomeStatementLine line;

        Side(IncomeStatementLine line) {
            this.line = line;
        }

        /** The result line the side's accounts are on. */
        public IncomeStatementLine line() {
            return line;
        }

        /** +1 for a cost (a debit is a cost), −1 for a revenue (a credit is a revenue). */
        public int sign() {
            return this == COST ? 1 : -1;
        }
    }

    private final String code;
    private final Side side;
    private final CostType partOf;

    CostType(String code, Side side, CostType partOf) {
        this.code = code;
        this.side = side;
        this.partOf = partOf;
    }

    public String code() {
        return code;
    }

    public Side side() {
        return side;
    }

    /** The type this one is part of ("därav"), if any. */
    public Optional<CostType> partOf() {
        return Optional.ofNullable(partOf);
    }

    /** Whether this type's figure includes {@code other}'s: itself, or a type that is part of it. */
    public boolean includes(CostType other) {
        for (CostType t = other; t != null; t = t.partOf) {
            if (t == this) {
                return true;
            }
        }
        return false;
    }

    public static Optional<CostType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }

    /** Every code, for messages that say what is accepted. */
    public static List<String> codes() {
        return Arrays.stream(values()).map(CostType::code).toList();
    }
}

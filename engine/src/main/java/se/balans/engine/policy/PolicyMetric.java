package se.balans.engine.policy;

/**
 * What a finance-policy limit (limit i finanspolicyn) constrains. Limits on years are in years,
 * on shares in fractions, on money in SEK, as everywhere in the engine.
 */
public enum PolicyMetric {
    /** Låneskuld: its maximum is the borrowing limit (låneram). */
    TOTAL_DEBT("total_debt", Unit.MONEY),
    /** Genomsnittlig räntebindning, including swaps. */
    INTEREST_BINDING_YEARS("interest_binding_years", Unit.YEARS),
    /** Genomsnittlig kapitalbindning. */
    CAPITAL_BINDING_YEARS("capital_binding_years", Unit.YEARS),
    /** Andel av låneskulden som förfaller inom 12 månader. */
    SHARE_MATURING_12M("share_maturing_12m", Unit.FRACTION),
    /** Andel av låneskulden med räntejustering inom 12 månader, including swaps. */
    SHARE_REFIXING_12M("share_refixing_12m", Unit.FRACTION),
    /** Ett tillgångsslags andel av pensionsmedelsportföljen; the limit names the asset class. */
    ALLOCATION("allocation", Unit.FRACTION);

    /** How the metric's value and limits are expressed. */
    public enum Unit { MONEY, YEARS, FRACTION }

    private final String code;
    private final Unit unit;

    PolicyMetric(String code, Unit unit) {
        this.code = code;
        this.unit = unit;
    }

    public String code() {
        return code;
    }

    public Unit unit() {
        return unit;
    }

    public static PolicyMetric fromCode(String code) {
        for (PolicyMetric m : values()) {
            if (m.code.equals(code)) {
                return m;
            }
        }
        StringBuilder known = new StringBuilder();
        for (PolicyMetric m : values()) {
            known.append(known.length() == 0 ? "" : ", ").append(m.code);
        }
        throw new IllegalArgumentException("unknown policy metric '" + code + "'; expected one of " + known);
    }
}

package se.balans.engine.plan;

/** What a financial goal measures. Ratio metrics are fractions; money metrics are in SEK. */
public enum GoalMetric {
    /** Verksamhetens resultat i procent av skatteintäkter och generella statsbidrag. */
    OPERATING_RESULT_SHARE("operating_result_share", Unit.RATIO),
    /** Soliditet. */
    EQUITY_RATIO("equity_ratio", Unit.RATIO),
    /** Soliditet inklusive ansvarsförbindelse för pensioner. */
    EQUITY_RATIO_INCL_PENSION_COMMITMENTS("equity_ratio_incl_pension_commitments", Unit.RATIO),
    /** Räntebärande låneskuld (exkl. pensionsskuld) i procent av skatteintäkter och generella statsbidrag. */
    DEBT_SHARE("debt_share", Unit.RATIO),
    /** Förändring av räntebärande låneskuld mot föregående år ("låneskulden ska över tid minska"). */
    DEBT_CHANGE("debt_change", Unit.MONEY);

    /** How the metric's value and target are expressed. */
    public enum Unit { RATIO, MONEY }

    private final String code;
    private final Unit unit;

    GoalMetric(String code, Unit unit) {
        this.code = code;
        this.unit = unit;
    }

    public String code() {
        return code;
    }

    public Unit unit() {
        return unit;
    }

    public static GoalMetric fromCode(String code) {
        for (GoalMetric m : values()) {
            if (m.code.equals(code)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown goal metric '" + code + "'");
    }
}

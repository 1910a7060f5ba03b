package se.balans.engine.plan;

/** What a year's figures are: the plan mixes outcomes, forecasts, the budget and plan years. */
public enum YearStatus {
    /** Utfall / bokslut. */
    OUTCOME("outcome"),
    /** Prognos. */
    FORECAST("forecast"),
    /** Budget. */
    BUDGET("budget"),
    /** Plan. */
    PLAN("plan");

    private final String code;

    YearStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static YearStatus fromCode(String code) {
        for (YearStatus s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown year status '" + code + "' (outcome, forecast, budget or plan)");
    }
}

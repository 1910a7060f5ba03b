package se.balans.engine.closing;

/** How the full-year forecast (helårsprognos) extends the year to date. */
public enum ForecastMethod {
    /**
     * Year to date divided by the profile's cumulative share: the remaining months follow the
     * seasonal profile at this year's pace. For costs and revenues that follow the calendar.
     */
    SEASONAL("seasonal"),
    /**
     * Year to date plus the budget of the remaining months. For items that have no seasonality and
     * cannot be extrapolated, such as the pension portfolio's returns in finansnettot.
     */
    BUDGET("budget");

    private final String code;

    ForecastMethod(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ForecastMethod fromCode(String code) {
        for (ForecastMethod m : values()) {
            if (m.code.equals(code)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown forecast method '" + code + "' (seasonal or budget)");
    }
}

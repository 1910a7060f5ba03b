package se.balans.engine.treasury;

/** How a loan's rate is set (räntetyp). */
public enum RateType {
    /** Fast ränta: the rate holds until the loan matures. */
    FIXED("fixed"),
    /** Rörlig ränta: the rate is reset at each fixing date (räntejusteringsdag), e.g. quarterly to Stibor 3M. */
    FLOATING("floating");

    private final String code;

    RateType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}

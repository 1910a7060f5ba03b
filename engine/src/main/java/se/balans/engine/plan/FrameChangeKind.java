package se.balans.engine.plan;

/** Why a committee's frame changed from one year to the next. */
public enum FrameChangeKind {
    /** Indexuppräkning (landstingsprisindex, LPIK). May be negative when the index falls. */
    INDEX_UPLIFT("index_uplift", 0),
    /** Budgettillskott. Never negative. */
    ADDITION("addition", 1),
    /** Budgetreducering. Never positive. */
    REDUCTION("reduction", -1),
    /** Omfördelning mellan nämnder: moves frame from one committee to another, nets to zero. */
    REALLOCATION("reallocation", 0),
    /** Förändrad avskrivningsbudget. */
    DEPRECIATION("depreciation", 0),
    /** Riktade statsbidrag fördelade till en nämnd. Never negative. */
    TARGETED_STATE_GRANT("targeted_state_grant", 1);

    private final String code;
    private final int requiredSign;

    FrameChangeKind(String code, int requiredSign) {
        this.code = code;
        this.requiredSign = requiredSign;
    }

    public String code() {
        return code;
    }

    /** +1 if amounts must be ≥ 0, −1 if they must be ≤ 0, 0 if either sign is allowed. */
    public int requiredSign() {
        return requiredSign;
    }

    public static FrameChangeKind fromCode(String code) {
        for (FrameChangeKind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown frame change kind '" + code + "'");
    }
}

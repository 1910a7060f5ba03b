package se.balans.engine.pension;

/** An asset class of the pension-fund portfolio (tillgångsslag), as the financial report shows them. */
public enum AssetClass {
    /** Totala pensionsmedelsportföljen. */
    TOTAL("total"),
    /** Aktieportföljen. */
    EQUITIES("equities"),
    /** Ränteportföljen. */
    FIXED_INCOME("fixed_income");

    private final String code;

    AssetClass(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static AssetClass fromCode(String code) {
        for (AssetClass a : values()) {
            if (a.code.equals(code)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown asset class '" + code + "'; expected total, equities or fixed_income");
    }
}

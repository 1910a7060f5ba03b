package se.balans.engine.personnel;

import java.util.Arrays;
import java.util.Locale;

/**
 * Kön as the annual report's sick-leave figures divide the staff: sjukfrånvaron för kvinnor respektive män
 * (lag (2018:597) om kommunal bokföring och redovisning, 11 kap. 6 §).
 */
public enum Sex {
    /** Kvinnor. */
    WOMAN("kvinna"),
    /** Män. */
    MAN("man");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    /** The code in the HR export: {@code kvinna} or {@code man}. */
    public String code() {
        return code;
    }

    /**
     * The sex of a code, letter case aside.
     *
     * @throws IllegalArgumentException naming the codes, for any other text
     */
    public static Sex fromCode(String code) {
        String c = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.code.equals(c)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("expected kvinna or man, not \"" + code + "\""));
    }
}

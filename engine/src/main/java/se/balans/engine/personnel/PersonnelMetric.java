package se.balans.engine.personnel;

import java.util.Arrays;
import java.util.Locale;

/** A personnel figure a target can be set for; both are targets of at most so much. */
public enum PersonnelMetric {
    /** The cost of agency staff (inhyrd personal) as a share of the personnel costs, to date. */
    AGENCY_SHARE("agency_share"),
    /** Sick leave (sjukfrånvaro) as a share of the ordinary working hours, to date. */
    SICK_LEAVE("sick_leave");

    private final String code;

    PersonnelMetric(String code) {
        this.code = code;
    }

    /** The metric's code in {@code personnel-targets.csv}. */
    public String code() {
        return code;
    }

    /** @throws IllegalArgumentException naming the codes, for any other text */
    public static PersonnelMetric fromCode(String code) {
        String c = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.code.equals(c)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("expected agency_share or sick_leave, not \"" + code
                        + "\""));
    }
}

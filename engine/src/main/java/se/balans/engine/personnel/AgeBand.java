package se.balans.engine.personnel;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The age bands of the annual report's sick-leave figures: sjukfrånvaron för anställda i åldrarna 29 år eller
 * yngre, 30–49 år och 50 år eller äldre (lag (2018:597) om kommunal bokföring och redovisning, 11 kap. 6 §).
 * The age is the employee's at the month in which the hours fall, as the HR system counts it.
 */
public enum AgeBand {
    /** 29 år eller yngre. */
    UP_TO_29("29_or_younger", "29 år eller yngre"),
    /** 30–49 år. */
    FROM_30_TO_49("30_49", "30–49 år"),
    /** 50 år eller äldre. */
    FROM_50("50_or_older", "50 år eller äldre");

    private final String code;
    private final String swedish;

    AgeBand(String code, String swedish) {
        this.code = code;
        this.swedish = swedish;
    }

    /** The code in the HR export: {@code 29_or_younger}, {@code 30_49} or {@code 50_or_older}. */
    public String code() {
        return code;
    }

    /** The band as the annual report writes it: "29 år eller yngre", "30–49 år", "50 år eller äldre". */
    public String swedish() {
        return swedish;
    }

    /** The codes, in order. */
    public static List<String> codes() {
        return Arrays.stream(values()).map(AgeBand::code).toList();
    }

    /**
     * The band of a code, or of its Swedish words as the annual report writes them (a hyphen for the dash,
     * letter case and spacing aside), since an HR system may export those.
     *
     * @throws IllegalArgumentException naming the codes, for any other text
     */
    public static AgeBand fromCode(String code) {
        String c = normalise(code);
        return Arrays.stream(values()).filter(b -> b.code.equals(c) || normalise(b.swedish).equals(c)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("expected one of " + String.join(", ", codes())
                        + " (or the annual report's \"29 år eller yngre\", \"30–49 år\", \"50 år eller äldre\"), not \""
                        + code + "\""));
    }

    private static String normalise(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace('\u2013', '-').replaceAll("\\s+", " ")
                .replace(" - ", "-");
    }
}

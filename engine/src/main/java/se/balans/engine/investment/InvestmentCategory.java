package se.balans.engine.investment;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An investment category (investeringsområde) as the configuration names it: fastighet,
 * medicinteknisk utrustning, IT, … — a code, not an enum, because regions divide their investments
 * differently, with its name in Swedish and in English for the reports.
 *
 * @param code        the machine code, e.g. {@code property}: letters, digits and underscores
 * @param name        the Swedish name, e.g. Fastighet
 * @param englishName the English name, e.g. Property (the Swedish name when none is given)
 */
public record InvestmentCategory(String code, String name, String englishName) {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_]+");

    public InvestmentCategory {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(englishName, "englishName");
        requireCode(code);
        if (name.isBlank()) {
            throw new IllegalArgumentException("the category " + code + " needs a name");
        }
        if (englishName.isBlank()) {
            englishName = name;
        }
    }

    /**
     * Checks a category code: letters, digits and underscores, and not one of the words the
     * configuration reserves ({@value InvestmentMapping#EXCLUDED}, {@value InvestmentMapping#TOTAL}).
     */
    public static void requireCode(String code) {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a category code is letters, digits and underscores, got \"" + code
                    + "\"");
        }
        if (code.equals(InvestmentMapping.EXCLUDED) || code.equals(InvestmentMapping.TOTAL)) {
            throw new IllegalArgumentException("\"" + code + "\" is reserved and cannot be a category's code");
        }
    }
}

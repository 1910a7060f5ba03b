package se.balans.engine.plan;

import java.util.regex.Pattern;

/** Argument checks shared by the plan's value types. */
final class Checks {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    private Checks() {
    }

    static String code(String code, String what) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(what + " must be letters, digits, '_', '.' or '-', got '" + code + "'");
        }
        return code;
    }

    static int year(int year) {
        if (year < 1900 || year > 2200) {
            throw new IllegalArgumentException("year " + year + " is outside 1900–2200");
        }
        return year;
    }
}

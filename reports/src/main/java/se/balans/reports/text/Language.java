package se.balans.reports.text;

import java.util.Locale;

/** Output language. Swedish is the default: the reports go to a Swedish region's board. */
public enum Language {
    SV(Locale.forLanguageTag("sv-SE")),
    EN(Locale.forLanguageTag("en-GB"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public static Language fromCode(String code) {
        for (Language l : values()) {
            if (l.name().equalsIgnoreCase(code)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown language '" + code + "' (sv or en)");
    }
}

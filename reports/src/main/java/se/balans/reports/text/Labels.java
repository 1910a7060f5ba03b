package se.balans.reports.text;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import se.balans.engine.plan.Committee;
import se.balans.engine.statement.StatementKind;
import se.balans.engine.statement.StatementLine;

/**
 * The words of the reports in Swedish and English, from {@code labels_sv.properties} and
 * {@code labels_en.properties}. Keys are the engine's machine codes, so a new line needs one
 * label per language and nothing else.
 */
public final class Labels {
    private final Language language;
    private final ResourceBundle bundle;

    private Labels(Language language) {
        this.language = language;
        // Locale.ROOT fallback is deliberately absent: a missing label must fail the tests.
        this.bundle = ResourceBundle.getBundle("se.balans.reports.labels", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Labels of(Language language) {
        return new Labels(language);
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return language.locale();
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no " + language + " label for '" + key + "'", e);
        }
    }

    /** Whether a label exists, for words that are optional (a short sheet name beside a long title). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * A label with {0}-style arguments. Arguments are inserted as text: figures are formatted by
     * {@link NumberStyle} before they get here, and a year must not become "2 025".
     */
    public String format(String key, Object... args) {
        Object[] text = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            text[i] = String.valueOf(args[i]);
        }
        String out = new java.text.MessageFormat(get(key), language.locale()).format(text);
        return language == Language.SV ? agreeInNumber(out) : out;
    }

    /** "1 miljoner kronor" written as a region writes it: a whole one, not a decimal or a larger number. */
    private static final java.util.regex.Pattern ONE_MILLION =
            java.util.regex.Pattern.compile("(^|[\\s(\u2212-])1([ \u00a0\u202f])miljoner\\b");

    /**
     * Swedish number agreement where a label puts a figure before its unit: "1 miljon kronor" (singular) but
     * "1,0 miljoner", "21 miljoner" and "1 001 miljoner". Why here: the labels take any figure, and a separate
     * singular key for every sentence that states millions would be dozens of keys for one rule.
     */
    static String agreeInNumber(String s) {
        return ONE_MILLION.matcher(s).replaceAll("$11$2miljon");
    }

    public String line(StatementKind kind, StatementLine line) {
        return get("line." + kind.code() + "." + line.code());
    }

    public String committee(Committee c) {
        return language == Language.SV ? c.name() : c.englishName();
    }
}

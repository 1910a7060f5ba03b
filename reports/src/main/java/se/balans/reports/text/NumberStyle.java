package se.balans.reports.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

import se.balans.engine.money.Money;

/**
 * Numbers as people read them: Swedish "1 234,5" and "−239,0", English "1,234.5".
 *
 * <p>Rounding happens here and only here (half up, as a finance officer rounds by hand); the
 * engine's figures stay exact. The minus sign is the typographic U+2212 used in Swedish print.
 * Grouping uses a plain space, which survives copy and paste into any program.
 */
public final class NumberStyle {
    public static final char MINUS = '\u2212';

    private final Language language;

    public NumberStyle(Language language) {
        this.language = language;
    }

    public static NumberStyle of(Language language) {
        return new NumberStyle(language);
    }

    public Language language() {
        return language;
    }

    /** An amount in mnkr with the given number of decimals, without unit. */
    public String mnkr(Money amount, int decimals) {
        return number(amount.toMnkr(), decimals);
    }

    /** An amount in mnkr with one decimal and the unit: "1 234,5 mnkr" (English: "1,234.5 SEK m"). */
    public String mnkrWithUnit(Money amount) {
        return mnkr(amount, 1) + (language == Language.SV ? " mnkr" : " SEK m");
    }

    /** An amount in kronor to the öre: "−1 999 626 375,47 kr" (English: "SEK −1,999,626,375.47"). */
    public String kronor(Money amount) {
        String n = number(amount.sek(), 2);
        return language == Language.SV ? n + " kr" : "SEK " + n;
    }

    /** A fraction as a percentage: 0.0351 → "3,5 %" (Swedish) or "3.5%" (English). */
    public String percent(BigDecimal fraction, int decimals) {
        String n = number(fraction.movePointRight(2), decimals);
        return language == Language.SV ? n + " %" : n + "%";
    }

    /** A signed percentage for changes and returns: "+2,9 %". */
    public String signedPercent(BigDecimal fraction, int decimals) {
        String p = percent(fraction, decimals);
        return fraction.setScale(decimals + 2, RoundingMode.HALF_UP).signum() > 0 ? "+" + p : p;
    }

    /** A plain number with grouping and the given decimals. */
    public String number(BigDecimal value, int decimals) {
        BigDecimal r = value.setScale(decimals, RoundingMode.HALF_UP);
        boolean negative = r.signum() < 0;
        String digits = r.abs().toPlainString();
        int dot = digits.indexOf('.');
        String intPart = dot < 0 ? digits : digits.substring(0, dot);
        String frac = dot < 0 ? "" : digits.substring(dot + 1);
        StringBuilder sb = new StringBuilder();
        char group = language == Language.SV ? ' ' : ',';
        for (int i = 0; i < intPart.length(); i++) {
            if (i > 0 && (intPart.length() - i) % 3 == 0) {
                sb.append(group);
            }
            sb.append(intPart.charAt(i));
        }
        if (!frac.isEmpty()) {
            sb.append(language == Language.SV ? ',' : '.').append(frac);
        }
        return negative ? MINUS + sb.toString() : sb.toString();
    }
}

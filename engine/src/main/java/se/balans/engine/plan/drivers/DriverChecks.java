package se.balans.engine.plan.drivers;

import java.util.Objects;

import se.balans.engine.money.Money;

/** Argument checks shared by the driver records: each says what was expected. */
final class DriverChecks {
    private DriverChecks() {
    }

    static int year(int year) {
        if (year < 1900 || year > 2200) {
            throw new IllegalArgumentException("expected a year from 1900 to 2200, got " + year);
        }
        return year;
    }

    static String text(String text, String what) {
        Objects.requireNonNull(text, what);
        if (text.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return text;
    }

    static Money notNegative(Money amount, String what) {
        Objects.requireNonNull(amount, what);
        if (amount.isNegative()) {
            throw new IllegalArgumentException(what + " must not be negative, got " + amount.toMnkr().toPlainString()
                    + " mnkr");
        }
        return amount;
    }
}

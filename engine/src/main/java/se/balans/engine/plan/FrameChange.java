package se.balans.engine.plan;

import java.util.Objects;
import java.util.Optional;

import se.balans.engine.money.Money;

/**
 * One change to a committee's frame in the bridge from {@code year − 1} to {@code year}
 * (budgettillskott, budgetreducering, indexuppräkning, …), with the reason the council gave.
 *
 * @param counterparty for a reallocation, the committee on the other side; empty otherwise
 */
public record FrameChange(int year, String committee, FrameChangeKind kind, Money amount,
                          Optional<String> counterparty, String reason) {
    public FrameChange {
        Checks.year(year);
        Checks.code(committee, "committee code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(counterparty, "counterparty");
        Objects.requireNonNull(reason, "reason");
        if (kind.requiredSign() > 0 && amount.isNegative()) {
            throw new IllegalArgumentException(kind.code() + " must not be negative, got " + amount.toMnkr() + " mnkr");
        }
        if (kind.requiredSign() < 0 && amount.isPositive()) {
            throw new IllegalArgumentException(kind.code() + " must not be positive, got " + amount.toMnkr() + " mnkr");
        }
        if (kind == FrameChangeKind.REALLOCATION) {
            String other = counterparty.orElseThrow(() -> new IllegalArgumentException(
                    "a reallocation needs the counterparty committee"));
            Checks.code(other, "counterparty");
            if (other.equals(committee)) {
                throw new IllegalArgumentException("a reallocation cannot be from " + committee + " to itself");
            }
        } else if (counterparty.isPresent()) {
            throw new IllegalArgumentException("only a reallocation has a counterparty, not " + kind.code());
        }
    }
}

package se.balans.engine.balancerequirement;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import se.balans.engine.InvalidInputException;
import se.balans.engine.money.Money;
import se.balans.engine.statement.Statement;
import se.balans.engine.statement.StatementKind;

/**
 * One year of the balance-requirement history: the balanskravsutredning's inputs, the amount
 * fullmäktige decided not to restore (synnerliga skäl), and optionally the figures the
 * resultatreserv ceiling needs.
 *
 * @param amounts the input lines of the balanskravsutredning, signed as printed
 * @param specialReasons amount of deficit not to be restored because of synnerliga skäl (≥ 0)
 * @param taxesAndGrants skatteintäkter + generella statsbidrag och utjämning, for the reserve ceiling
 * @param equityInclPensionCommitments eget kapital inkl. ansvarsförbindelse, deciding 1 % or 2 %
 */
public record BalanceRequirementInput(int year, Map<BalanceRequirementLine, Money> amounts, Money specialReasons,
                                      Optional<Money> taxesAndGrants,
                                      Optional<Money> equityInclPensionCommitments) {

    public BalanceRequirementInput {
        Objects.requireNonNull(amounts, "amounts");
        Objects.requireNonNull(specialReasons, "specialReasons");
        Objects.requireNonNull(taxesAndGrants, "taxesAndGrants");
        Objects.requireNonNull(equityInclPensionCommitments, "equityInclPensionCommitments");
        if (!amounts.containsKey(BalanceRequirementLine.RESULT)) {
            throw new InvalidInputException("result", year, year + ": årets resultat (result) is required");
        }
        EnumMap<BalanceRequirementLine, Money> copy = new EnumMap<>(BalanceRequirementLine.class);
        for (Map.Entry<BalanceRequirementLine, Money> e : amounts.entrySet()) {
            BalanceRequirementLine line = e.getKey();
            if (line.isTotal()) {
                throw new InvalidInputException(line.code(), year, line.code() + " is computed, not given");
            }
            requireSign(year, line.code(), e.getValue(), line.requiredSign());
            copy.put(line, e.getValue());
        }
        requireSign(year, "special_reasons", specialReasons, 1);
        taxesAndGrants.ifPresent(b -> {
            if (!b.isPositive()) {
                throw new InvalidInputException("taxes_and_grants", year, year + ": taxes_and_grants must be positive");
            }
        });
        if (taxesAndGrants.isPresent() != equityInclPensionCommitments.isPresent()) {
            throw new InvalidInputException(taxesAndGrants.isPresent() ? "equity_incl_pension_commitments"
                    : "taxes_and_grants", year, year + ": the reserve ceiling needs both taxes_and_grants and "
                    + "equity_incl_pension_commitments");
        }
        amounts = Map.copyOf(copy);
    }

    private static void requireSign(int year, String field, Money amount, int sign) {
        if (sign > 0 && amount.isNegative()) {
            throw new InvalidInputException(field, year, year + ": " + field + " must be ≥ 0 (it is added to "
                    + "årets resultat as printed), got " + amount.toMnkr().toPlainString());
        }
        if (sign < 0 && amount.isPositive()) {
            throw new InvalidInputException(field, year, year + ": " + field + " must be ≤ 0 (it is deducted from "
                    + "årets resultat as printed), got " + amount.toMnkr().toPlainString());
        }
    }

    /** A year with only årets resultat; adjustments are added with {@link #with}. */
    public static BalanceRequirementInput of(int year, Money result) {
        return new BalanceRequirementInput(year, Map.of(BalanceRequirementLine.RESULT, result), Money.ZERO,
                Optional.empty(), Optional.empty());
    }

    public BalanceRequirementInput with(BalanceRequirementLine line, Money amount) {
        Map<BalanceRequirementLine, Money> m = new EnumMap<>(amounts);
        m.put(line, amount);
        return new BalanceRequirementInput(year, m, specialReasons, taxesAndGrants, equityInclPensionCommitments);
    }

    public BalanceRequirementInput withSpecialReasons(Money amount) {
        return new BalanceRequirementInput(year, amounts, amount, taxesAndGrants, equityInclPensionCommitments);
    }

    public BalanceRequirementInput withReserveBase(Money taxesAndGrants, Money equityInclPensionCommitments) {
        return new BalanceRequirementInput(year, amounts, specialReasons, Optional.of(taxesAndGrants),
                Optional.of(equityInclPensionCommitments));
    }

    public Money amount(BalanceRequirementLine line) {
        return statement().value(line);
    }

    /** The balanskravsutredning for this year, totals computed. */
    public Statement<BalanceRequirementLine> statement() {
        return Statement.of(StatementKind.BALANCE_REQUIREMENT, year, amounts);
    }

    public Money result() {
        return amount(BalanceRequirementLine.RESULT);
    }

    /** Årets resultat efter balanskravsjusteringar. */
    public Money resultAfterAdjustments() {
        return amount(BalanceRequirementLine.RESULT_AFTER_ADJUSTMENTS);
    }

    /** Årets balanskravsresultat. */
    public Money balanceRequirementResult() {
        return amount(BalanceRequirementLine.BALANCE_REQUIREMENT_RESULT);
    }
}

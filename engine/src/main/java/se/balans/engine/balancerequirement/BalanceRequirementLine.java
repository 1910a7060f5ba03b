package se.balans.engine.balancerequirement;

import java.util.List;

import se.balans.engine.statement.StatementLine;

/**
 * Lines of the balanskravsutredning (LKBR 11 kap. 10 §, KL 11 kap. 12 §), in the prescribed order.
 * Every adjustment is signed as printed: the amount added to årets resultat.
 */
public enum BalanceRequirementLine implements StatementLine {
    /** Årets resultat enligt resultaträkningen. */
    RESULT("result", 0),
    /** Avgår: samtliga realisationsvinster (≤ 0). */
    REALISATION_GAINS("realisation_gains", -1),
    /** Tillägg: realisationsvinster enligt undantagsmöjlighet (≥ 0). */
    EXEMPT_REALISATION_GAINS("exempt_realisation_gains", 1),
    /** Tillägg: realisationsförluster enligt undantagsmöjlighet (≥ 0). */
    EXEMPT_REALISATION_LOSSES("exempt_realisation_losses", 1),
    /** Orealiserade vinster och förluster i värdepapper (±). */
    UNREALISED_SECURITIES("unrealised_securities", 0),
    /** Återföring av orealiserade vinster och förluster i värdepapper (±). */
    UNREALISED_REVERSAL("unrealised_reversal", 0),
    /** Årets resultat efter balanskravsjusteringar. */
    RESULT_AFTER_ADJUSTMENTS("result_after_adjustments", 0, RESULT, REALISATION_GAINS, EXEMPT_REALISATION_GAINS,
            EXEMPT_REALISATION_LOSSES, UNREALISED_SECURITIES, UNREALISED_REVERSAL),
    /** Medel till resultatutjämningsreserv / resultatreserv (≤ 0). */
    RESERVE_ALLOCATION("reserve_allocation", -1),
    /** Medel från resultatutjämningsreserv / resultatreserv (≥ 0). */
    RESERVE_USE("reserve_use", 1),
    /** Årets balanskravsresultat. */
    BALANCE_REQUIREMENT_RESULT("balance_requirement_result", 0, RESULT_AFTER_ADJUSTMENTS, RESERVE_ALLOCATION,
            RESERVE_USE);

    private final String code;
    private final int requiredSign;
    private final List<BalanceRequirementLine> components;

    BalanceRequirementLine(String code, int requiredSign, BalanceRequirementLine... components) {
        this.code = code;
        this.requiredSign = requiredSign;
        this.components = List.of(components);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public List<BalanceRequirementLine> components() {
        return components;
    }

    /** +1 if the amount must be ≥ 0, −1 if ≤ 0, 0 if either sign is allowed. */
    public int requiredSign() {
        return requiredSign;
    }
}

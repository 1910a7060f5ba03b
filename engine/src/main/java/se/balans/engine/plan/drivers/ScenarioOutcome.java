package se.balans.engine.plan.drivers;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import se.balans.engine.money.Money;

/**
 * One scenario's figures for one year, as the comparison shows them.
 *
 * @param equityRatio soliditet
 * @param equityRatioInclPensionCommitments soliditet inklusive ansvarsförbindelse, when the plan has it
 * @param debt räntebärande låneskuld at year end
 * @param goalsMet how many of the year's financial goals the figures meet, of {@code goalsEvaluated}
 * @param required the least result the restoration requires that year, and whether it is reached
 */
public record ScenarioOutcome(String scenario, int year, Money result, Money balanceRequirementResult,
                              Optional<BigDecimal> equityRatio, Optional<BigDecimal> equityRatioInclPensionCommitments,
                              Money debt, int goalsMet, int goalsEvaluated, RequiredResult required) {
    public ScenarioOutcome {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(balanceRequirementResult, "balanceRequirementResult");
        Objects.requireNonNull(equityRatio, "equityRatio");
        Objects.requireNonNull(equityRatioInclPensionCommitments, "equityRatioInclPensionCommitments");
        Objects.requireNonNull(debt, "debt");
        Objects.requireNonNull(required, "required");
    }
}

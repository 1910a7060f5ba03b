package se.balans.engine.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import se.balans.engine.InvalidInputException;
import se.balans.engine.money.Money;
import se.balans.engine.pension.Allocation;
import se.balans.engine.treasury.PortfolioMetrics;

/**
 * The finance policy's limits (finanspolicy), as configuration: each region sets its own, and a
 * council revises them, so no limit is built into the code.
 */
public record FinancePolicy(List<PolicyLimit> limits) {

    public FinancePolicy {
        limits = List.copyOf(limits);
        Set<String> keys = new HashSet<>();
        for (PolicyLimit l : limits) {
            if (!keys.add(l.key())) {
                throw new InvalidInputException("metric", null, l.key() + " is limited twice");
            }
        }
    }

    public Optional<PolicyLimit> limit(PolicyMetric metric) {
        return limits.stream().filter(l -> l.metric() == metric && l.assetClass().isEmpty()).findFirst();
    }

    /** Låneram: the maximum of {@link PolicyMetric#TOTAL_DEBT}, if the policy sets one. */
    public Optional<Money> borrowingLimit() {
        return limit(PolicyMetric.TOTAL_DEBT).flatMap(PolicyLimit::max).map(Money::ofSek);
    }

    /** The debt limits checked against the portfolio's figures, in the policy's order. */
    public List<LimitCheck> checkDebt(PortfolioMetrics m) {
        List<LimitCheck> out = new ArrayList<>();
        for (PolicyLimit l : limits) {
            Optional<BigDecimal> value = switch (l.metric()) {
                case TOTAL_DEBT -> Optional.of(m.totalDebt().sek());
                case INTEREST_BINDING_YEARS -> m.interestBindingYears();
                case CAPITAL_BINDING_YEARS -> m.capitalBindingYears();
                case SHARE_MATURING_12M -> m.shareMaturing12m();
                case SHARE_REFIXING_12M -> m.shareRefixing12m();
                case ALLOCATION -> null;
            };
            if (value != null) {
                out.add(LimitCheck.of(l, value));
            }
        }
        return out;
    }

    /** The allocation limits checked against the portfolio's allocation, in the policy's order. */
    public List<LimitCheck> checkAllocation(Allocation allocation) {
        return limits.stream().filter(l -> l.metric() == PolicyMetric.ALLOCATION)
                .map(l -> LimitCheck.of(l, allocation.share(l.assetClass().orElseThrow()))).toList();
    }
}

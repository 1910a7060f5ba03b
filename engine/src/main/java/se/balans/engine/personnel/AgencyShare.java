package se.balans.engine.personnel;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import se.balans.engine.InvalidInputException;
import se.balans.engine.money.Money;

/**
 * Inhyrd personal: the cost of agency staff (bemanningsföretag, hyrläkare, hyrsjuksköterskor) as a share of the
 * personnel costs, to date, against a target of at most so much.
 *
 * <p>Both amounts come from the ledger's cost types and are given here as they are — this class decides nothing
 * about which accounts they hold. The share is {@code agencyCost / personnelCost}; a region that follows SKR's key
 * figure gives its own personnel costs (egen personal, without the agency staff) as the denominator.
 *
 * @param agencyCost    the cost of agency staff to date, a cost as a positive amount
 * @param personnelCost the personnel costs to date it is a share of, positive
 * @param target        the target share, when one is set
 */
public record AgencyShare(Money agencyCost, Money personnelCost, Optional<PersonnelTarget> target) {
    public AgencyShare {
        Objects.requireNonNull(agencyCost, "agencyCost");
        Objects.requireNonNull(personnelCost, "personnelCost");
        Objects.requireNonNull(target, "target");
        if (agencyCost.isNegative()) {
            throw new InvalidInputException("agency_cost", null, "the cost of agency staff is given as a positive "
                    + "amount, got " + agencyCost);
        }
        if (!personnelCost.isPositive()) {
            throw new InvalidInputException("personnel_cost", null, "the personnel costs are given as a positive "
                    + "amount, got " + personnelCost);
        }
        if (target.isPresent() && target.get().metric() != PersonnelMetric.AGENCY_SHARE) {
            throw new IllegalArgumentException("the target of the agency share is an " + PersonnelMetric.AGENCY_SHARE.code()
                    + " target, not " + target.get().metric().code());
        }
    }

    /** The agency staff's cost as a fraction of the personnel costs. */
    public BigDecimal share() {
        return agencyCost.ratioTo(personnelCost);
    }

    /** Whether the share is at most the target; none without a target. */
    public Optional<Boolean> met() {
        return target.map(t -> t.metBy(share()));
    }
}

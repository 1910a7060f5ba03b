package se.balans.engine.plan.drivers;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.balans.engine.plan.FrameChangeKind;

/**
 * Everything the plan years are computed from: the base year whose frames and balance sheet they
 * start from, and the drivers (the index, PO-pålägg, the tax base, grants, KPA's pension forecast,
 * decided frame changes, the investment plan, borrowing and rates).
 *
 * @param baseYear the last year given (the budget the plan starts from); the plan computes
 *        {@code baseYear + 1} to {@code lastYear}
 * @param pensionCommittee the committee whose frame carries the region's pension costs
 * @param depreciationCommittee the committee whose frame carries the depreciation (avskrivningsbudget)
 * @param decisions decided frame changes per committee and year (budgettillskott, budgetreduceringar,
 *        omfördelningar), as the council decided them
 * @param adjustments uniform changes for a scenario or a sensitivity; {@link Adjustments#NONE} in the plan
 */
public record PlanDrivers(int baseYear, int lastYear, String pensionCommittee, String depreciationCommittee,
                          List<PriceIndex> index, List<CommitteeDrivers> committees, List<PayrollOverhead> overhead,
                          List<TaxBaseForecast> taxBase, List<GrantPart> grants, List<PensionForecast> pensions,
                          List<Decision> decisions, List<Investment> investments,
                          List<ExistingDepreciation> existingDepreciation, List<Financing> financing,
                          Adjustments adjustments) {
    public PlanDrivers {
        DriverChecks.year(baseYear);
        DriverChecks.year(lastYear);
        if (lastYear <= baseYear) {
            throw new IllegalArgumentException("the last plan year (" + lastYear + ") must come after the base year ("
                    + baseYear + ")");
        }
        DriverChecks.text(pensionCommittee, "pension committee");
        DriverChecks.text(depreciationCommittee, "depreciation committee");
        index = List.copyOf(index);
        committees = List.copyOf(committees);
        overhead = List.copyOf(overhead);
        taxBase = List.copyOf(taxBase);
        grants = List.copyOf(grants);
        pensions = List.copyOf(pensions);
        decisions = List.copyOf(decisions);
        investments = List.copyOf(investments);
        existingDepreciation = List.copyOf(existingDepreciation);
        financing = List.copyOf(financing);
        Objects.requireNonNull(adjustments, "adjustments");
    }

    /** The budget year: the first year the plan computes. */
    public int firstYear() {
        return baseYear + 1;
    }

    public Optional<PriceIndex> index(int year) {
        return index.stream().filter(i -> i.year() == year).findFirst();
    }

    public Optional<PayrollOverhead> overhead(int year) {
        return overhead.stream().filter(o -> o.year() == year).findFirst();
    }

    public Optional<TaxBaseForecast> taxBase(int year) {
        return taxBase.stream().filter(t -> t.year() == year).findFirst();
    }

    public List<GrantPart> grants(int year) {
        return grants.stream().filter(g -> g.year() == year).toList();
    }

    public Optional<PensionForecast> pensions(int year) {
        return pensions.stream().filter(p -> p.year() == year).findFirst();
    }

    public List<Decision> decisions(int year) {
        return decisions.stream().filter(d -> d.year() == year).toList();
    }

    public Optional<ExistingDepreciation> existingDepreciation(int year) {
        return existingDepreciation.stream().filter(d -> d.year() == year).findFirst();
    }

    public Optional<Financing> financing(int year) {
        return financing.stream().filter(f -> f.year() == year).findFirst();
    }

    public Optional<CommitteeDrivers> committee(String code) {
        return committees.stream().filter(c -> c.committee().equals(code)).findFirst();
    }

    public PlanDrivers withAdjustments(Adjustments a) {
        return new PlanDrivers(baseYear, lastYear, pensionCommittee, depreciationCommittee, index, committees,
                overhead, taxBase, grants, pensions, decisions, investments, existingDepreciation, financing, a);
    }

    public PlanDrivers withTaxBase(List<TaxBaseForecast> replaced) {
        return new PlanDrivers(baseYear, lastYear, pensionCommittee, depreciationCommittee, index, committees,
                overhead, replaced, grants, pensions, decisions, investments, existingDepreciation, financing,
                adjustments);
    }

    /** These drivers with one more decided change (a scenario's addition to a committee). */
    public PlanDrivers withDecision(Decision change) {
        List<Decision> d = new ArrayList<>(decisions);
        d.add(change);
        return new PlanDrivers(baseYear, lastYear, pensionCommittee, depreciationCommittee, index, committees,
                overhead, taxBase, grants, pensions, d, investments, existingDepreciation, financing, adjustments);
    }

    /** The kinds a decided change may have: index, PO-pålägg, pensions and depreciation are computed. */
    public static boolean isDecidable(FrameChangeKind kind) {
        return kind == FrameChangeKind.ADDITION || kind == FrameChangeKind.REDUCTION
                || kind == FrameChangeKind.REALLOCATION || kind == FrameChangeKind.TARGETED_STATE_GRANT;
    }
}

package se.balans.engine.plan.drivers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.balans.engine.money.Money;
import se.balans.engine.money.Ratios;
import se.balans.engine.plan.FrameChange;
import se.balans.engine.plan.FrameChangeKind;

/**
 * A named variant of the plan (scenario): a set of changes to the drivers, e.g. SKR's April forecast
 * instead of its August one, the index +1 pp, interest +1 pp, or 100 mnkr more to one committee.
 */
public record Scenario(String name, String description, List<Change> changes) {

    /** What a scenario can change. */
    public enum Kind {
        /** Every year's tax base, in percent (1 for 1 % more). */
        TAX_BASE_PERCENT("tax_base_percent"),
        /** A year's tax base replaced by another forecast's amount, mnkr (needs year). */
        TAX_BASE("tax_base"),
        /** A year's tax base growth replaced by another forecast's, percent (needs year). */
        TAX_GROWTH_PERCENT("tax_growth_percent"),
        /** Percentage points on every year's index. */
        INDEX_PP("index_pp"),
        /** Percentage points on the rate of all interest-bearing debt. */
        INTEREST_PP("interest_pp"),
        /** A pay rise above the index, percent, compensated in the frames. */
        PAY_PERCENT("pay_percent"),
        /** A price rise above the index, percent, compensated in the frames. */
        PRICES_PERCENT("prices_percent"),
        /** A budgettillskott to a committee from a year on, mnkr (needs year and committee). */
        ADDITION("addition");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Kind fromCode(String code) {
            for (Kind k : values()) {
                if (k.code.equals(code)) {
                    return k;
                }
            }
            List<String> codes = new ArrayList<>();
            for (Kind k : values()) {
                codes.add(k.code);
            }
            throw new IllegalArgumentException("unknown scenario change '" + code + "'; expected one of "
                    + String.join(", ", codes));
        }
    }

    /**
     * One change of a scenario.
     *
     * @param value percent, percentage points or mnkr as the kind says
     * @param note why (the forecast's name and date, the decision)
     */
    public record Change(Kind kind, Optional<Integer> year, Optional<String> committee, BigDecimal value,
                         String note) {
        public Change {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(committee, "committee");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(note, "note");
            year.ifPresent(DriverChecks::year);
            boolean needsYear = kind == Kind.TAX_BASE || kind == Kind.TAX_GROWTH_PERCENT || kind == Kind.ADDITION;
            if (needsYear && year.isEmpty()) {
                throw new IllegalArgumentException(kind.code() + " needs a year");
            }
            if (kind == Kind.ADDITION && committee.isEmpty()) {
                throw new IllegalArgumentException("addition needs a committee");
            }
            if (kind != Kind.ADDITION && committee.isPresent()) {
                throw new IllegalArgumentException(kind.code() + " applies to the whole plan, not to a committee");
            }
            if (kind == Kind.ADDITION && value.signum() < 0) {
                throw new IllegalArgumentException("an addition must not be negative, got " + value.toPlainString());
            }
        }
    }

    public Scenario {
        DriverChecks.text(name, "scenario name");
        Objects.requireNonNull(description, "description");
        changes = List.copyOf(changes);
    }

    /** The drivers with this scenario's changes applied. */
    public PlanDrivers apply(PlanDrivers d) {
        PlanDrivers out = d;
        Adjustments a = d.adjustments();
        for (Change c : changes) {
            BigDecimal fraction = Ratios.fromPercent(c.value());
            switch (c.kind()) {
                case TAX_BASE_PERCENT -> a = a.withTaxBase(a.taxBase().add(fraction));
                case INDEX_PP -> a = a.withIndex(a.index().add(fraction));
                case INTEREST_PP -> a = a.withInterest(a.interest().add(fraction));
                case PAY_PERCENT -> a = a.withPay(a.pay().add(fraction));
                case PRICES_PERCENT -> a = a.withPrices(a.prices().add(fraction));
                case TAX_BASE -> out = out.withTaxBase(replaceTaxBase(out, c, Optional.of(Money.ofMnkr(c.value())),
                        Optional.empty()));
                case TAX_GROWTH_PERCENT -> out = out.withTaxBase(replaceTaxBase(out, c, Optional.empty(),
                        Optional.of(fraction)));
                case ADDITION -> out = out.withDecision(new Decision(new FrameChange(c.year().orElseThrow(),
                        c.committee().orElseThrow(), FrameChangeKind.ADDITION, Money.ofMnkr(c.value()),
                        Optional.empty(), c.note().isBlank() ? "Scenario " + name : c.note()), "scenario " + name));
            }
        }
        return out.withAdjustments(a);
    }

    private List<TaxBaseForecast> replaceTaxBase(PlanDrivers d, Change c, Optional<Money> amount,
                                                 Optional<BigDecimal> growth) {
        int year = c.year().orElseThrow();
        TaxBaseForecast old = d.taxBase(year).orElseThrow(() -> new IllegalArgumentException("scenario " + name
                + ": no tax base forecast for " + year + " to replace"));
        List<TaxBaseForecast> out = new ArrayList<>();
        for (TaxBaseForecast t : d.taxBase()) {
            out.add(t.year() != year ? t : new TaxBaseForecast(year, amount, growth, old.taxRate(), old.settlement(),
                    c.note().isBlank() ? "scenario " + name : c.note(), "scenario " + name));
        }
        return out;
    }
}

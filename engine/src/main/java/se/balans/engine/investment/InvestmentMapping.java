package se.balans.engine.investment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import se.balans.engine.ledger.RangeMap;

/**
 * Which accounts carry investments and in which category (configuration, never code), by account
 * range with the same rule as the result and balance-sheet mappings: ranges of leading digits, the
 * most specific range winning ({@link RangeMap}). So {@code 11} may be fastighet while {@code 1119},
 * its accumulated depreciation, is {@link Placement#excluded() excluded}.
 *
 * <p>Only mapped accounts count: an investment is the net debit movement of an account placed in a
 * category. An account the balance sheet places on anläggningstillgångar must be placed here too —
 * in a category or excluded — or {@link InvestmentFollowUp} refuses, naming it: nothing on a
 * fixed-asset account is left out without a word.
 *
 * @param categories the categories in the order the reports show them; codes unique
 * @param accounts   account ranges → a category, or excluded
 */
public record InvestmentMapping(List<InvestmentCategory> categories, RangeMap<Placement> accounts) {
    /** The word for a range that is not an investment (accumulated depreciation, financial assets). */
    public static final String EXCLUDED = "excluded";
    /** Reserved for the sum of the categories in machine output. */
    public static final String TOTAL = "total";

    /** Where an account range goes: a category's code, or nowhere (not an investment). */
    public record Placement(Optional<String> category) {
        public Placement {
            Objects.requireNonNull(category, "category");
        }

        public static Placement of(String category) {
            return new Placement(Optional.of(category));
        }

        /** The range is a fixed-asset account that is not an investment. */
        public static Placement excluded() {
            return new Placement(Optional.empty());
        }
    }

    public InvestmentMapping {
        categories = List.copyOf(categories);
        Objects.requireNonNull(accounts, "accounts");
        Map<String, InvestmentCategory> byCode = new LinkedHashMap<>();
        for (InvestmentCategory c : categories) {
            if (byCode.put(c.code(), c) != null) {
                throw new IllegalArgumentException("the category " + c.code() + " is defined twice");
            }
        }
        for (RangeMap.Entry<Placement> e : accounts.entries()) {
            e.value().category().ifPresent(c -> {
                if (!byCode.containsKey(c)) {
                    throw new IllegalArgumentException("accounts " + e.range() + " are mapped to the category " + c
                            + ", which is not defined; categories: " + byCode.keySet());
                }
            });
        }
    }

    /** The category of an account, if it is an investment account. */
    public Optional<String> categoryOf(String account) {
        return accounts.lookup(account).flatMap(Placement::category);
    }

    /** Whether the mapping says anything of an account: a category, or excluded. */
    public boolean places(String account) {
        return accounts.lookup(account).isPresent();
    }

    public Optional<InvestmentCategory> category(String code) {
        return categories.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** Whether a category of this code is defined. */
    public boolean defines(String code) {
        return category(code).isPresent();
    }
}

package se.balans.engine.costtype;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import se.balans.engine.ledger.RangeMap;

/**
 * Accounts (ranges by leading digits, the most specific winning, as {@link RangeMap} has it for the
 * result and balance-sheet mappings) to cost types. Configuration, never code.
 *
 * <p>The mapping splits what the result mapping ({@code LedgerMapping}) puts on verksamhetens
 * kostnader and intäkter; it does not decide what is an operating cost. An account the result mapping
 * puts elsewhere (depreciation, taxes, financial items, the balance sheet) is not a cost type whatever
 * range covers it, so a range {@code 4–7} may map to other costs though 78 is depreciation. Every
 * account on the two operating lines must have a type: none falls into "other" unless a range says
 * so ({@link CostTypeFollowUp} refuses the rest by name).
 */
public record CostTypeMapping(RangeMap<CostType> accounts) {
    public CostTypeMapping {
        Objects.requireNonNull(accounts, "accounts");
    }

    public Optional<CostType> typeOf(String account) {
        return accounts.lookup(account);
    }

    /**
     * The types the reports show: those the mapping maps accounts to, and those they are part of. A type
     * the mapping never names is not shown, rather than shown as zero: a region without an account for
     * agency staff has not had agency staff for nothing.
     */
    public Set<CostType> types() {
        Set<CostType> out = EnumSet.noneOf(CostType.class);
        for (RangeMap.Entry<CostType> e : accounts.entries()) {
            for (Optional<CostType> t = Optional.of(e.value()); t.isPresent(); t = t.get().partOf()) {
                out.add(t.get());
            }
        }
        return out;
    }
}

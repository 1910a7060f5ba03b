package se.balans.engine.closing;

import java.util.Map;
import java.util.Objects;

import se.balans.engine.ledger.LedgerMapping.Key;
import se.balans.engine.money.Money;

/**
 * The year's budget (årsbudget) per committee and result line, signed as the result statement
 * (revenues positive, costs negative). A committee's operating lines sum to minus its frame.
 */
public record AnnualBudget(int year, Map<Key, Money> amounts) {
    public AnnualBudget {
        amounts = Map.copyOf(Objects.requireNonNull(amounts, "amounts"));
    }

    public Money amount(Key key) {
        return amounts.getOrDefault(key, Money.ZERO);
    }
}

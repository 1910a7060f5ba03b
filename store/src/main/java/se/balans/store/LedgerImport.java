package se.balans.store;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import se.balans.engine.money.Money;

/**
 * A parsed ledger file ready to be stored: where it came from (its name, and the absolute path it
 * was read from, so that it can be hashed again), and its balances per month,
 * account, cost centre and further dimensions.
 */
public record LedgerImport(String fileName, String filePath, String sha256, long sizeBytes, String format, String charset,
                           long vouchers, long rows, List<Balance> balances, Map<String, String> accountNames) {

    /** The file's movement for one month, account, cost centre and dimension set. Debit positive. */
    public record Balance(YearMonth period, String account, String costCentre, String dimensions, Money amount,
                          long rowCount) {
        public Balance {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(costCentre, "costCentre");
            Objects.requireNonNull(dimensions, "dimensions");
            Objects.requireNonNull(amount, "amount");
        }
    }

    public LedgerImport {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(filePath, "filePath");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(charset, "charset");
        balances = List.copyOf(balances);
        accountNames = Map.copyOf(accountNames);
    }
}

package se.balans.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import se.balans.engine.ledger.LedgerBalance;

/**
 * A parsed ledger file ready to be stored: where it came from (its name, and the absolute path it
 * was read from, so that it can be hashed again), and its balances per month,
 * account, cost centre and further dimensions.
 */
public record LedgerImport(String fileName, String filePath, String sha256, long sizeBytes, String format, String charset,
                           long vouchers, long rows, List<LedgerBalance> balances, Map<String, String> accountNames) {

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

package se.balans.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import se.balans.engine.ledger.LedgerBalance;
import se.balans.engine.ledger.OpeningBalance;

/**
 * A parsed ledger file ready to be stored: where it came from (its name, and the absolute path it
 * was read from, so that it can be hashed again), and its balances per month,
 * account, cost centre and further dimensions, and the opening balances of its fiscal year ({@code #IB}).
 */
public record LedgerImport(String fileName, String filePath, String sha256, long sizeBytes, String format, String charset,
                           long vouchers, long rows, List<LedgerBalance> balances, Map<String, String> accountNames,
                           List<OpeningBalance> openingBalances) {

    public LedgerImport {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(filePath, "filePath");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(charset, "charset");
        balances = List.copyOf(balances);
        accountNames = Map.copyOf(accountNames);
        openingBalances = List.copyOf(openingBalances);
    }

    /** A file that states no opening balances (a CSV ledger, a SIE file without {@code #IB}). */
    public LedgerImport(String fileName, String filePath, String sha256, long sizeBytes, String format, String charset,
                        long vouchers, long rows, List<LedgerBalance> balances, Map<String, String> accountNames) {
        this(fileName, filePath, sha256, sizeBytes, format, charset, vouchers, rows, balances, accountNames, List.of());
    }
}

package se.balans.store;

import java.util.List;

/** What an import did: the new file's record and the imports it superseded (with --replace). */
public record ImportReceipt(ImportInfo imported, List<ImportInfo> superseded) {
    public ImportReceipt {
        superseded = List.copyOf(superseded);
    }
}

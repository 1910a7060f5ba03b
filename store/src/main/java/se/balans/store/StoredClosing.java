package se.balans.store;

import java.util.List;

import se.balans.engine.closing.MonthlyClosing;

/** A closing read back from the store, with the imports (id and hash at closing time) and configuration it used. */
public record StoredClosing(ClosingInfo info, MonthlyClosing closing, List<ImportRef> imports, List<ConfigFile> config) {

    /** An import a closing read, with the file's hash when it was read. */
    public record ImportRef(long importId, String sha256) {
    }

    public StoredClosing {
        imports = List.copyOf(imports);
        config = List.copyOf(config);
    }
}

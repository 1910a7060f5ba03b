package se.balans.store;

import java.util.List;
import java.util.Objects;

import se.balans.engine.closing.MonthlyClosing;

/** A computed closing with what it read, to be stored. */
public record ClosingDraft(MonthlyClosing closing, String engineVersion, String inputsSha256, long ledgerVersion,
                           List<ImportInfo> imports, List<ConfigFile> config) {
    public ClosingDraft {
        Objects.requireNonNull(closing, "closing");
        Objects.requireNonNull(engineVersion, "engineVersion");
        Objects.requireNonNull(inputsSha256, "inputsSha256");
        imports = List.copyOf(imports);
        config = List.copyOf(config);
    }
}

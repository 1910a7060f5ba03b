package se.balans.store;

import java.util.Objects;

/** A configuration file a closing used (mapping, budget, profiles), kept verbatim with its hash. */
public record ConfigFile(String name, String sha256, String content) {
    public ConfigFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(content, "content");
    }
}

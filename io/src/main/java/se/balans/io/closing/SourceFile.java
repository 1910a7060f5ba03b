package se.balans.io.closing;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import se.balans.io.Fingerprint;

/** A configuration file's name, SHA-256 and text: what a closing records of its configuration. */
public record SourceFile(String name, String sha256, String content) {
    public SourceFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(content, "content");
    }

    public static SourceFile of(String name, String content) {
        return new SourceFile(name, Fingerprint.sha256(content.getBytes(StandardCharsets.UTF_8)), content);
    }
}

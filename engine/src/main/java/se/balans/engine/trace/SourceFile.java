package se.balans.engine.trace;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An input file as a closing records it: its name, its text verbatim and the SHA-256 of that text. One
 * type wherever a file's content travels with its hash — read from the configuration, stored with the
 * closing, hashed again by {@code verify} — so that the hash always means the same bytes (UTF-8).
 *
 * @param name    the file's name, e.g. {@code account-mapping.csv}
 * @param sha256  lower-case hex SHA-256 of {@code content} as UTF-8, as it was when the file was read;
 *                kept as given, never checked here: a stored hash that no longer matches its content (or is
 *                no hash at all) is what {@code verify} must be able to read back and report
 * @param content the file's text
 */
public record SourceFile(String name, String sha256, String content) {
    public SourceFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(content, "content");
    }

    /** A file's text with its hash computed now. */
    public static SourceFile of(String name, String content) {
        return new SourceFile(name, sha256(content.getBytes(StandardCharsets.UTF_8)), content);
    }

    /** Whether the recorded hash still matches the content. */
    public boolean intact() {
        return sha256.equals(sha256(content.getBytes(StandardCharsets.UTF_8)));
    }

    /** SHA-256 of bytes as lower-case hex: the one definition of a text's hash in Balans. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}

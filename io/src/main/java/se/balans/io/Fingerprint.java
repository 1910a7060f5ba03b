package se.balans.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The fingerprint of a run's inputs (indatafingeravtryck): SHA-256 over the input files' bytes and
 * the engine version, printed in every report so that a reader can tell whether two documents
 * were made from the same figures by the same engine.
 *
 * <p>Each file enters under a name the caller gives (its role, e.g. {@code plan/frames.csv}),
 * not its path, so the same files in another folder give the same fingerprint; names are taken
 * in sorted order, and each name and length is hashed before the bytes, so moving bytes from one
 * file to the next changes the result.
 */
public final class Fingerprint {
    private Fingerprint() {
    }

    /**
     * @param inputs the files by name; every file must exist
     * @param engineVersion {@code EngineVersion.get()}
     * @return 64 lower-case hex digits
     * @throws InputFileException if a file cannot be read
     */
    public static String of(Map<String, Path> inputs, String engineVersion) {
        Objects.requireNonNull(engineVersion, "engineVersion");
        MessageDigest sha = sha256();
        SortedMap<String, Path> sorted = new TreeMap<>(inputs);
        byte[] buffer = new byte[64 * 1024];
        for (Map.Entry<String, Path> e : sorted.entrySet()) {
            Path file = e.getValue();
            try {
                sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(ByteBuffer.allocate(Long.BYTES).putLong(Files.size(file)).array());
                try (InputStream in = Files.newInputStream(file)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        sha.update(buffer, 0, n);
                    }
                }
            } catch (IOException ex) {
                throw new InputFileException(file, null, null, "cannot read: " + ex.getMessage(), ex);
            }
        }
        sha.update(("engine " + engineVersion).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    /** SHA-256 of a file's bytes, streamed, as 64 lower-case hex digits: how imports record a file. */
    public static String sha256(Path file) {
        MessageDigest sha = sha256();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
        } catch (NoSuchFileException e) {
            throw new InputFileException(file, null, null, "no such file");
        } catch (IOException e) {
            throw new InputFileException(file, null, null, "cannot read: " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** SHA-256 of bytes (a configuration file's text, a canonical list of inputs), as hex. */
    public static String sha256(byte[] bytes) {
        return se.balans.engine.trace.SourceFile.sha256(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}

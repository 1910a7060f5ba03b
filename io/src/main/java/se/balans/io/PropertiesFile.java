package se.balans.io;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;

import se.balans.io.csv.CsvTable;

/**
 * A {@code .properties} file read strictly, for the small settings files Balans keeps
 * ({@code plan.properties}, the workspace's {@code balans.properties}): UTF-8 and bounded in size as
 * the tables are; a key given twice or a key the file may not hold is refused with its line, since
 * {@link Properties} would keep the last of two silently and ignore a misspelt key, and the figure
 * or path it meant would be silently missing.
 */
public final class PropertiesFile {
    private final Path file;
    private final Properties values;
    private final Map<String, Long> lines;

    private PropertiesFile(Path file, Properties values, Map<String, Long> lines) {
        this.file = file;
        this.values = values;
        this.lines = lines;
    }

    /**
     * Reads a file whose keys must satisfy {@code allowed}.
     *
     * @param missing what to say when the file does not exist
     * @param keys    the keys the file may hold, as the message on an unknown key lists them
     */
    public static PropertiesFile read(Path file, String missing, Predicate<String> allowed, String keys) {
        if (!Files.isRegularFile(file)) {
            throw new InputFileException(file, null, null, missing);
        }
        String text = CsvTable.readText(file);
        Properties p = new Properties();
        try (Reader r = new StringReader(text)) {
            p.load(r);
        } catch (IOException e) {
            throw new InputFileException(file, null, null, "cannot read: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            // Properties refuses a backslash-u not followed by four hexadecimal digits this way.
            throw new InputFileException(file, null, null, "a malformed \\u escape (" + e.getMessage()
                    + "): write the character itself, the file is UTF-8");
        }
        Map<String, Long> seen = new HashMap<>();
        for (PropertyLine pl : propertyLines(text)) {
            Long previous = seen.putIfAbsent(pl.key(), pl.line());
            if (previous != null) {
                throw new InputFileException(file, pl.line(), pl.key(), "given twice (also on line " + previous + ")");
            }
            if (!allowed.test(pl.key())) {
                throw new InputFileException(file, pl.line(), pl.key(), "unknown key; the keys are " + keys);
            }
        }
        return new PropertiesFile(file, p, seen);
    }

    public Path file() {
        return file;
    }

    /** The keys the file holds. */
    public java.util.Set<String> keys() {
        return values.stringPropertyNames();
    }

    /** A value, stripped; empty when absent or blank. */
    public Optional<String> get(String key) {
        String v = values.getProperty(key);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    /** A value that must be there. */
    public String required(String key) {
        return get(key).orElseThrow(() -> new InputFileException(file, null, key, "required property is missing"));
    }

    /** The line a key's entry starts on, if the file has it. */
    public Long line(String key) {
        return lines.get(key);
    }

    /** An error about a key's value, naming its line. */
    public InputFileException error(String key, String message) {
        return new InputFileException(file, line(key), key, message);
    }

    /** A key and the line its entry starts on. */
    private record PropertyLine(String key, long line) {
    }

    /**
     * The entries of a properties text with their line numbers, which {@link Properties} does not
     * keep: logical lines as {@link Properties#load(Reader)} reads them (a line ending in an odd
     * number of backslashes continues on the next; blank lines and lines starting with {@code #}
     * or {@code !} are skipped), each key parsed by {@code Properties} itself so that escapes and
     * separators are understood exactly as when the file is read.
     */
    private static List<PropertyLine> propertyLines(String text) {
        List<PropertyLine> out = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        int i = 0;
        while (i < lines.length) {
            long number = i + 1L;
            String first = lines[i].replaceFirst("^[ \\t\\f]+", "");
            if (first.isEmpty() || first.startsWith("#") || first.startsWith("!")) {
                i++;
                continue;
            }
            StringBuilder logical = new StringBuilder(lines[i]);
            while (endsInContinuation(lines[i]) && i + 1 < lines.length) {
                i++;
                logical.append('\n').append(lines[i]);
            }
            i++;
            Properties one = new Properties();
            try (Reader r = new StringReader(logical.toString())) {
                one.load(r);
            } catch (IOException | IllegalArgumentException e) {
                // The whole text loaded without error above, so a line of it does too.
                throw new IllegalStateException(e);
            }
            one.stringPropertyNames().forEach(k -> out.add(new PropertyLine(k, number)));
        }
        return out;
    }

    private static boolean endsInContinuation(String line) {
        int backslashes = 0;
        for (int j = line.length() - 1; j >= 0 && line.charAt(j) == '\\'; j--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}

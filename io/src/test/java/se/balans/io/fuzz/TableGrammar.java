package se.balans.io.fuzz;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import se.balans.io.csv.CsvTable;

/**
 * Random tables shaped like the seed files: the seed's header (sometimes with a column dropped,
 * added, repeated or moved) and rows whose values come mostly from the same column of the seeds,
 * else from another column, a huge number, an exotic character or nothing; written by Commons CSV
 * with commas, or with semicolons and decimal commas as Swedish Excel saves. Properties files get
 * random {@code key=value} lines from the seed's keys.
 */
final class TableGrammar implements ReaderTarget.Grammar {
    private record Model(List<String> header, Map<String, List<String>> values) {
    }

    private final Map<String, Model> models = new HashMap<>();
    private final List<String> allValues = new ArrayList<>();

    TableGrammar(List<Seed> seeds) {
        for (Seed s : seeds) {
            Model m = s.file().endsWith(".properties") ? properties(s) : table(s);
            models.put(s.file(), m);
            m.values().values().forEach(allValues::addAll);
        }
    }

    private static Model table(Seed s) {
        String text = new String(s.bytes(), StandardCharsets.UTF_8);
        try (CSVParser p = CSVParser.builder().setReader(new java.io.StringReader(text)).setFormat(CsvTable.format(','))
                .get()) {
            List<String> header = p.getHeaderNames();
            Map<String, List<String>> values = new LinkedHashMap<>();
            header.forEach(h -> values.put(h, new ArrayList<>()));
            int n = 0;
            for (CSVRecord rec : p) {
                for (int i = 0; i < Math.min(rec.size(), header.size()) && n < 4000; i++) {
                    values.get(header.get(i)).add(rec.get(i));
                }
                n++;
            }
            return new Model(header, values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Model properties(Seed s) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String line : new String(s.bytes(), StandardCharsets.UTF_8).split("\n")) {
            int eq = line.indexOf('=');
            if (!line.startsWith("#") && eq > 0) {
                values.computeIfAbsent(line.substring(0, eq), k -> new ArrayList<>()).add(line.substring(eq + 1));
            }
        }
        return new Model(null, values);
    }

    @Override
    public byte[] generate(Random r, Seed like) {
        Model m = models.get(like.file());
        String text = m.header() == null ? properties(m, r) : table(m, r);
        if (r.nextInt(10) == 0) {
            text = "\uFEFF" + text;
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private String table(Model m, Random r) {
        List<String> header = new ArrayList<>(m.header());
        switch (r.nextInt(12)) {
            case 0 -> header.remove(r.nextInt(header.size()));
            case 1 -> header.add(r.nextInt(header.size() + 1), header.get(r.nextInt(header.size())));
            case 2 -> header.add(r.nextInt(header.size() + 1), new String[] {"cost_center", "Year", "", "#x",
                "dim_", "amount "}[r.nextInt(6)]);
            case 3 -> Collections.shuffle(header, r);
            default -> {
                // the seed's own header
            }
        }
        boolean swedish = r.nextInt(4) == 0;
        StringWriter out = new StringWriter();
        if (r.nextInt(5) == 0) {
            out.write("# a comment line before the header\n");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(swedish ? ';' : ',').setRecordSeparator('\n').get();
        try (CSVPrinter p = new CSVPrinter(out, format)) {
            p.printRecord(header);
            for (int n = r.nextInt(r.nextInt(10) == 0 ? 200 : 25); n > 0; n--) {
                List<String> row = new ArrayList<>();
                int fields = r.nextInt(20) == 0 ? r.nextInt(header.size() + 2) : header.size();
                for (int i = 0; i < fields; i++) {
                    String v = value(m, i < header.size() ? header.get(i) : "", r);
                    row.add(swedish && v.matches("-?\\d+\\.\\d+") ? v.replace('.', ',') : v);
                }
                p.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private String properties(Model m, Random r) {
        List<String> keys = new ArrayList<>(m.values().keySet());
        StringBuilder sb = new StringBuilder();
        for (int n = r.nextInt(16); n > 0; n--) {
            String key = r.nextInt(6) == 0 ? new String[] {"year.20x5", "year.2025", "adopted", "unknown",
                "year.", "plan_year\\u00"}[r.nextInt(6)] : keys.get(r.nextInt(keys.size()));
            sb.append(key).append(r.nextInt(10) == 0 ? ':' : '=').append(value(m, key, r)).append('\n');
        }
        return sb.toString();
    }

    private String value(Model m, String column, Random r) {
        List<String> own = m.values().get(column);
        int choice = r.nextInt(20);
        if (choice < 13 && own != null && !own.isEmpty()) {
            return own.get(r.nextInt(own.size()));
        }
        return switch (choice) {
            case 13, 14 -> allValues.get(r.nextInt(allValues.size()));
            case 15, 16 -> Mutation.hugeNumber(r);
            case 17 -> new String[] {"\u2212" + (1 + r.nextInt(900)), "2025-13", "2025-02-30", "+10000-01-01",
                "1 234,5", "\"", "a\nb", "\u001B[2J", "\u0663\u0662", "\\u00e5", "−0,0", "+999999999-12",
                "-999999999-01-01", "+999999999-12-31", "0000-01"}[r.nextInt(15)];
            case 18 -> "";
            default -> "\uFF11\u200B" + r.nextInt(100);
        };
    }
}

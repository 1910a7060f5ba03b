package se.balans.io.personnel;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import se.balans.engine.money.Ratios;
import se.balans.engine.personnel.PersonnelMetric;
import se.balans.engine.personnel.PersonnelTarget;
import se.balans.io.csv.CsvTable;

/**
 * The targets of the personnel follow-up ({@code personnel-targets.csv}): {@code metric,target,source}, optionally
 * {@code year}. The metric is {@code agency_share} (the agency staff's cost as a share of the personnel costs) or
 * {@code sick_leave} (sick leave as a share of the ordinary working hours); the target is the most it may be, in
 * percent ({@code 2.0} for 2 %); the source says where it was decided (the regionplan, a committee's plan) or that
 * it is illustrative. A row with a year holds for that year and outranks one without, which holds for every year.
 * A metric given twice for the same year (or twice without one) is refused with its line.
 */
public final class PersonnelTargetsFile {
    /** The file's name in the closing configuration. */
    public static final String NAME = "personnel-targets.csv";

    private PersonnelTargetsFile() {
    }

    /** The targets of a file, by metric and year (empty: every year). */
    public record Targets(Map<PersonnelMetric, Map<OptionalInt, PersonnelTarget>> byMetric) {
        public static final Targets NONE = new Targets(Map.of());

        public Targets {
            Map<PersonnelMetric, Map<OptionalInt, PersonnelTarget>> copy = new LinkedHashMap<>();
            byMetric.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
            byMetric = Map.copyOf(copy);
        }

        /** The target of a metric for a year: the year's own, else the one for every year. */
        public Optional<PersonnelTarget> of(PersonnelMetric metric, int year) {
            Map<OptionalInt, PersonnelTarget> m = byMetric.getOrDefault(metric, Map.of());
            return Optional.ofNullable(m.getOrDefault(OptionalInt.of(year), m.get(OptionalInt.empty())));
        }
    }

    public static Targets read(Path file) {
        return parse(file, CsvTable.readText(file));
    }

    public static Targets parse(Path file, String text) {
        CsvTable t = CsvTable.parse(file, text, Set.of("metric", "target", "source"), Set.of("year"));
        Map<PersonnelMetric, Map<OptionalInt, PersonnelTarget>> out = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (CsvTable.Row r : t.rows()) {
            PersonnelMetric metric = r.check("metric", () -> PersonnelMetric.fromCode(r.text("metric")));
            OptionalInt year = r.optionalText("year").isPresent() ? OptionalInt.of(r.year("year")) : OptionalInt.empty();
            BigDecimal percent = r.number("target");
            PersonnelTarget target = r.check("target", () -> new PersonnelTarget(metric, Ratios.fromPercent(percent),
                    r.text("source")));
            if (!seen.add(metric.code() + " " + year)) {
                throw r.error(year.isPresent() ? "year" : "metric", metric.code() + (year.isPresent() ? " for "
                        + year.getAsInt() : " for every year") + " is given twice");
            }
            out.computeIfAbsent(metric, m -> new LinkedHashMap<>()).put(year, target);
        }
        return new Targets(out);
    }
}

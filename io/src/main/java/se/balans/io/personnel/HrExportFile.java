package se.balans.io.personnel;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import se.balans.engine.InvalidInputException;
import se.balans.engine.organisation.Organisation;
import se.balans.engine.personnel.AgeBand;
import se.balans.engine.personnel.HrRecord;
import se.balans.engine.personnel.Sex;
import se.balans.io.InputFileException;
import se.balans.io.csv.CsvTable;

/**
 * The HR system's export for the personnel follow-up (personalstatistik), one row per month, committee, sex and
 * age band:
 *
 * <pre>
 * month,committee,sex,age_band,employees,fte,ordinary_hours,sick_hours,long_sick_hours[,worked_hours][,org_number]
 * 2025-11,RS,kvinna,30_49,742,689.5,112840.25,4520.5,1710
 * </pre>
 *
 * <ul>
 * <li>{@code month}: the month the hours fall in, {@code 2025-11}; a file may hold any months.</li>
 * <li>{@code committee}: the committee's code as {@code committees.csv} lists it; when the list is given, another
 *     code is refused.</li>
 * <li>{@code sex}: {@code kvinna} or {@code man}. {@code age_band}: {@code 29_or_younger}, {@code 30_49} or
 *     {@code 50_or_older} (or the annual report's words, "30–49 år").</li>
 * <li>{@code employees}: the head count at the month end, a whole number. {@code fte}: full-time equivalents
 *     (årsarbetare) at the month end, at most the head count.</li>
 * <li>{@code ordinary_hours}: the group's ordinary working hours in the month (sammanlagd ordinarie arbetstid),
 *     which the sick-leave percentage divides by (LKBR 11 kap. 6 §). {@code sick_hours}: the sick-leave hours
 *     within them, at most those. {@code long_sick_hours}: of the sick hours, those in a spell of 60 days or
 *     more, at most the sick hours.</li>
 * <li>{@code worked_hours}, optional: the hours worked, kept but dividing nothing.</li>
 * <li>{@code org_number}, optional: the organisation's number on every row. An export that gives it is checked
 *     against the workspace's organisation and must give one number throughout; one that does not is taken as
 *     the workspace's, since the folder it is read from is.</li>
 * </ul>
 *
 * Hours and counts are plain numbers with {@code .} as decimal point (or {@code ,} in a semicolon-separated file
 * as Excel saves it); none may be negative. A group is given once: the same month, committee, sex and age band
 * twice, in one file or in two, is refused with both places, since its hours would be counted twice. Every
 * refusal names the file, the line and the column.
 */
public final class HrExportFile {
    /** The folder of the closing configuration the exports are read from. */
    public static final String FOLDER = "hr";
    static final Set<String> REQUIRED = Set.of("month", "committee", "sex", "age_band", HrRecord.EMPLOYEES,
            HrRecord.FTE, HrRecord.ORDINARY_HOURS, HrRecord.SICK_HOURS, HrRecord.LONG_SICK_HOURS);
    static final Set<String> OPTIONAL = Set.of(HrRecord.WORKED_HOURS, "org_number");
    /** More employees than any organisation has in one group: a bound so that a damaged count is refused, not wrapped. */
    static final int MAX_EMPLOYEES = 1_000_000;

    private HrExportFile() {
    }

    /**
     * What the rows are checked against.
     *
     * @param organisation the workspace's organisation, which an {@code org_number} column must name
     * @param committees   the committees' codes, when known ({@code committees.csv}); another code is refused
     */
    public record Options(Optional<Organisation> organisation, Optional<Set<String>> committees) {
        public static final Options NONE = new Options(Optional.empty(), Optional.empty());

        public Options {
            Objects.requireNonNull(organisation, "organisation");
            committees = committees.map(Set::copyOf);
        }
    }

    /** A row read, with where it came from. */
    public record Entry(HrRecord record, String where) {
    }

    public static List<HrRecord> read(Path file, Options options) {
        return readAll(List.of(file), options);
    }

    /** Several exports as one: a group given in two of them is refused at the second, naming the first. */
    public static List<HrRecord> readAll(List<Path> files, Options options) {
        List<HrRecord> out = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Path f : files) {
            for (Entry e : entries(f, CsvTable.readText(f), options, seen)) {
                out.add(e.record());
            }
        }
        return out;
    }

    /** An export already in memory; {@code file} names it in errors. */
    public static List<HrRecord> parse(Path file, String text, Options options) {
        return entries(file, text, options, new HashMap<>()).stream().map(Entry::record).toList();
    }

    private static List<Entry> entries(Path file, String text, Options options, Map<String, String> seen) {
        CsvTable t = CsvTable.parse(file, text, REQUIRED, OPTIONAL);
        if (t.rows().isEmpty()) {
            throw new InputFileException(file, null, null, "no rows: the export has a header but no figures");
        }
        List<Entry> out = new ArrayList<>();
        String fileNumber = null;
        for (CsvTable.Row r : t.rows()) {
            if (t.hasColumn("org_number")) {
                fileNumber = organisation(r, options, fileNumber);
            }
            String committee = r.text("committee");
            options.committees().ifPresent(known -> {
                if (!known.contains(committee)) {
                    throw r.error("committee", "unknown committee \"" + committee + "\"; committees.csv lists "
                            + String.join(", ", new TreeSet<>(known)));
                }
            });
            Sex sex = r.check("sex", () -> Sex.fromCode(r.text("sex")));
            AgeBand band = r.check("age_band", () -> AgeBand.fromCode(r.text("age_band")));
            HrRecord record;
            try {
                record = new HrRecord(r.month("month"), committee, sex, band, employees(r), r.number(HrRecord.FTE),
                        r.number(HrRecord.ORDINARY_HOURS), r.optionalNumber(HrRecord.WORKED_HOURS),
                        r.number(HrRecord.SICK_HOURS), r.number(HrRecord.LONG_SICK_HOURS));
            } catch (InvalidInputException e) {
                throw r.error(e.field(), e.getMessage());
            }
            String where = file + ":" + r.line();
            String key = record.month() + " " + committee + " " + sex.code() + " " + band.code();
            String first = seen.putIfAbsent(key, where);
            if (first != null) {
                throw r.error("month", "the group " + key + " is given twice (also at " + first + "): each month, "
                        + "committee, sex and age band has one row, or its hours would be counted twice");
            }
            out.add(new Entry(record, where));
        }
        return out;
    }

    private static int employees(CsvTable.Row r) {
        BigDecimal n = r.number(HrRecord.EMPLOYEES);
        if (n.signum() < 0) {
            throw r.error(HrRecord.EMPLOYEES, "the employees cannot be negative, got " + n.toPlainString());
        }
        if (n.stripTrailingZeros().scale() > 0) {
            throw r.error(HrRecord.EMPLOYEES, "the employees are a head count, a whole number, got " + n.toPlainString()
                    + " (the full-time equivalents go in fte)");
        }
        if (n.compareTo(BigDecimal.valueOf(MAX_EMPLOYEES)) > 0) {
            throw r.error(HrRecord.EMPLOYEES, "more than " + MAX_EMPLOYEES + " employees in one group: not the right"
                    + " column?");
        }
        return n.intValueExact();
    }

    /** The row's organisation number, checked against the workspace's and the file's first. */
    private static String organisation(CsvTable.Row r, Options options, String fileNumber) {
        String given = r.text("org_number");
        String number = r.check("org_number", () -> Organisation.normaliseNumber(given));
        if (options.organisation().isPresent() && !options.organisation().get().number().equals(number)) {
            throw r.error("org_number", "the export is of organisation " + number + ", not of this workspace's "
                    + options.organisation().get());
        }
        if (fileNumber != null && !fileNumber.equals(number)) {
            throw r.error("org_number", "organisation " + number + " in an export of " + fileNumber
                    + ": one export is of one organisation");
        }
        return number;
    }
}

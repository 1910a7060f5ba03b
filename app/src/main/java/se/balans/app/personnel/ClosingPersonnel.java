package se.balans.app.personnel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import se.balans.app.MissingInputException;
import se.balans.engine.money.Money;
import se.balans.engine.organisation.Organisation;
import se.balans.engine.personnel.AgencyShare;
import se.balans.engine.personnel.HrRecord;
import se.balans.engine.personnel.PersonnelFollowUp;
import se.balans.engine.personnel.PersonnelMetric;
import se.balans.engine.personnel.PersonnelMissing;
import se.balans.io.closing.ClosingSetupReader;
import se.balans.io.csv.CsvTable;
import se.balans.io.personnel.HrExportFile;
import se.balans.io.personnel.PersonnelTargetsFile;

/**
 * Use case: the personnel follow-up (personaluppföljning) of a month from the workspace's HR exports — every
 * {@code .csv} in the folder {@value HrExportFile#FOLDER} of the closing configuration, read as one export — with
 * the targets of {@value PersonnelTargetsFile#NAME} beside them and, when the caller has them from the ledger's cost
 * types, the agency staff's cost and the personnel costs to date.
 *
 * <p>A month without a follow-up is not left out silently: the result says why ({@link PersonnelMissing}) — no
 * export at all, none with rows for the month, or a month from January to it missing. A bad export (a negative
 * hour, an unknown committee, a group given twice) is refused with its file, line and column
 * ({@link se.balans.io.InputFileException}), as every reader refuses.
 */
public final class ClosingPersonnel {
    private ClosingPersonnel() {
    }

    /**
     * The agency staff's cost and the personnel costs it is a share of, to date, as the ledger's cost types give
     * them: costs as positive amounts.
     */
    public record AgencyCosts(Money agencyCost, Money personnelCost) {
        public AgencyCosts {
            Objects.requireNonNull(agencyCost, "agencyCost");
            Objects.requireNonNull(personnelCost, "personnelCost");
        }
    }

    /**
     * The follow-up, or why there is none: exactly one.
     *
     * @param files the HR exports read, by name
     */
    public record Result(YearMonth month, Optional<PersonnelFollowUp> followUp, Optional<PersonnelMissing> missing,
                         List<Path> files) {
        public Result {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(followUp, "followUp");
            Objects.requireNonNull(missing, "missing");
            files = List.copyOf(files);
            if (followUp.isPresent() == missing.isPresent()) {
                throw new IllegalArgumentException("either a follow-up or why there is none");
            }
        }

        /** The follow-up, or a {@link MissingInputException} saying why there is none. */
        public PersonnelFollowUp require() {
            return followUp.orElseThrow(() -> new MissingInputException(missing.orElseThrow().describe()));
        }
    }

    /** The follow-up without the agency staff's share. */
    public static Result of(Path workspaceConfigDir, YearMonth month, Optional<Organisation> organisation) {
        return of(workspaceConfigDir, month, organisation, Optional.empty());
    }

    /**
     * @param workspaceConfigDir the closing configuration (the workspace's {@code closing=}): its folder
     *                           {@value HrExportFile#FOLDER} holds the HR exports, and its {@code committees.csv},
     *                           when there, the committees the exports may name
     * @param organisation       the workspace's organisation, which an export's {@code org_number} must name
     * @param agency             the agency staff's cost and the personnel costs to date, when the caller has them
     */
    public static Result of(Path workspaceConfigDir, YearMonth month, Optional<Organisation> organisation,
                            Optional<AgencyCosts> agency) {
        Path folder = workspaceConfigDir.resolve(HrExportFile.FOLDER);
        List<Path> files = exports(folder);
        if (files.isEmpty()) {
            return missing(month, PersonnelMissing.Reason.NO_EXPORT, folder, Optional.empty(), List.of(), files);
        }
        List<HrRecord> records = HrExportFile.readAll(files, new HrExportFile.Options(organisation,
                committees(workspaceConfigDir)));
        List<YearMonth> months = records.stream().map(HrRecord::month).distinct().sorted().toList();
        Optional<List<YearMonth>> covered = Optional.of(List.of(months.get(0), months.get(months.size() - 1)));
        if (!months.contains(month)) {
            return missing(month, PersonnelMissing.Reason.NO_MONTH, folder, covered, List.of(), files);
        }
        List<PersonnelFollowUp.Gap> gaps = PersonnelFollowUp.gaps(records, month);
        if (!gaps.isEmpty()) {
            return missing(month, PersonnelMissing.Reason.INCOMPLETE, folder, covered, gaps, files);
        }
        PersonnelTargetsFile.Targets targets = targets(workspaceConfigDir);
        int year = month.getYear();
        Optional<AgencyShare> share = agency.map(a -> new AgencyShare(a.agencyCost(), a.personnelCost(),
                targets.of(PersonnelMetric.AGENCY_SHARE, year)));
        return new Result(month, Optional.of(PersonnelFollowUp.of(records, month, share,
                targets.of(PersonnelMetric.SICK_LEAVE, year))), Optional.empty(), files);
    }

    private static Result missing(YearMonth month, PersonnelMissing.Reason reason, Path folder,
                                  Optional<List<YearMonth>> covered, List<PersonnelFollowUp.Gap> gaps, List<Path> files) {
        return new Result(month, Optional.empty(), Optional.of(new PersonnelMissing(month, reason, folder.toString(),
                covered, gaps)), files);
    }

    /** The exports: the folder's {@code .csv} files by name; none when there is no folder. */
    static List<Path> exports(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv"))
                    .filter(Files::isRegularFile).sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new MissingInputException("cannot list the HR exports in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static Optional<Set<String>> committees(Path dir) {
        Path file = dir.resolve(ClosingSetupReader.COMMITTEES);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(ClosingSetupReader.committeeList(file, CsvTable.readText(file)).stream()
                .map(se.balans.engine.plan.Committee::code).collect(Collectors.toSet()));
    }

    private static PersonnelTargetsFile.Targets targets(Path dir) {
        Path file = dir.resolve(PersonnelTargetsFile.NAME);
        return Files.isRegularFile(file) ? PersonnelTargetsFile.read(file) : PersonnelTargetsFile.Targets.NONE;
    }
}

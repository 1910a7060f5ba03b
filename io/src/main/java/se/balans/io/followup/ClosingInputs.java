package se.balans.io.followup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import se.balans.engine.trace.SourceFile;
import se.balans.io.closing.ClosingSetup;
import se.balans.io.closing.ClosingSetupReader;
import se.balans.io.closing.CostTypeFiles;
import se.balans.io.csv.CsvTable;
import se.balans.io.investment.InvestmentFiles;

/**
 * A closing's configuration with the follow-up files it records beside its own: the investment files
 * ({@link InvestmentFiles#NAMES}) and the cost types ({@value CostTypeFiles#MAPPING},
 * {@value CostTypeFiles#BUDGET}), each read and checked before the closing stores it.
 *
 * <p>Why recorded with the closing: a given investment forecast, a carry-over decision or a cost-type
 * mapping changes the month's report. Kept verbatim with the closing (as its mappings and budgets are),
 * the report of a closed month is written again with the inputs it was closed with, and a later change
 * shows as a closing made with other files — closed again, not silently rewritten.
 */
public final class ClosingInputs {
    /** The follow-up files a closing records when the folder has them. */
    public static final List<String> NAMES;

    static {
        List<String> names = new ArrayList<>(InvestmentFiles.NAMES);
        names.add(CostTypeFiles.MAPPING);
        names.add(CostTypeFiles.BUDGET);
        NAMES = List.copyOf(names);
    }

    private ClosingInputs() {
    }

    /**
     * The folder's closing configuration ({@link ClosingSetupReader#read}) with its follow-up files.
     *
     * @throws se.balans.io.InputFileException for a follow-up file that cannot be read, with its line and column:
     *         a closing does not record a file its reports would refuse
     */
    public static ClosingSetup read(Path dir) {
        ClosingSetup setup = ClosingSetupReader.read(dir);
        Map<String, String> texts = texts(dir);
        check(dir, texts, setup);
        List<SourceFile> files = new ArrayList<>();
        texts.forEach((name, text) -> files.add(SourceFile.of(name, text)));
        return setup.withFiles(files);
    }

    /** Checks the follow-up files as the reports will read them. */
    private static void check(Path dir, Map<String, String> texts, ClosingSetup setup) {
        InvestmentFiles.parse(dir, texts);
        Optional.ofNullable(texts.get(CostTypeFiles.MAPPING)).ifPresent(t ->
                CostTypeFiles.mapping(dir.resolve(CostTypeFiles.MAPPING), t));
        Optional.ofNullable(texts.get(CostTypeFiles.BUDGET)).ifPresent(t -> CostTypeFiles.budgets(
                dir.resolve(CostTypeFiles.BUDGET), t, new LinkedHashSet<>(setup.committeeCodes())));
    }

    /** The texts of the follow-up files a folder holds, by name, unchecked: what a closing would record. */
    public static Map<String, String> texts(Path dir) {
        Map<String, String> texts = new TreeMap<>();
        for (String name : NAMES) {
            Path p = dir.resolve(name);
            if (Files.isRegularFile(p)) {
                texts.put(name, CsvTable.readText(p));
            }
        }
        return texts;
    }

    /**
     * The texts of the follow-up files a closing recorded, by name; empty when it recorded none (a closing made
     * before closings recorded them).
     */
    public static Map<String, String> recorded(List<SourceFile> config) {
        Map<String, String> out = new TreeMap<>();
        for (SourceFile f : config) {
            if (NAMES.contains(f.name())) {
                out.put(f.name(), f.content());
            }
        }
        return out;
    }
}

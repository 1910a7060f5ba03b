package se.balans.app.sample;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.LongConsumer;

import se.balans.app.MissingInputException;
import se.balans.io.sample.LedgerOutline;
import se.balans.engine.organisation.Organisation;
import se.balans.io.sample.SampleLedgerFiles;
import se.balans.io.sample.SampleLedgerGenerator;

/**
 * Use case: write the sample region's ledger (Region Västerbotten) at any scale, one file per fiscal
 * year, generated from its outline: closing its months gives the figures of the board's monthly
 * reports. The same request always gives the same files.
 */
public final class WriteSampleLedger {
    /** The sample organisation as its ledger files name it (#FNAMN, #ORGNR) and the demo's workspace holds it. */
    public static final Organisation ORGANISATION = Organisation.of("Region Västerbotten", "232100-0222");
    private static final String FILE_PREFIX = "region-vasterbotten";

    private WriteSampleLedger() {
    }

    /**
     * @param years only these fiscal years; empty: every year of the outline
     */
    public record Request(Path outline, Path folder, SampleLedgerFiles.Format format,
                          SampleLedgerGenerator.Options options, Optional<List<Integer>> years) {
        public Request {
            Objects.requireNonNull(outline, "outline");
            Objects.requireNonNull(folder, "folder");
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(options, "options");
            years = years.map(List::copyOf);
        }
    }

    /**
     * @param rowsWritten told the running count of rows written, for a progress display
     * @return the written files
     * @throws MissingInputException when a year asked for is not in the outline
     */
    public static List<Path> run(Request request, LongConsumer rowsWritten) {
        LedgerOutline outline = LedgerOutline.read(request.outline());
        if (request.years().isPresent()) {
            for (int y : request.years().get()) {
                if (!outline.years().containsKey(y)) {
                    throw new MissingInputException("the outline has no year " + y + "; it has "
                            + outline.years().keySet());
                }
            }
            SortedMap<Integer, LedgerOutline.Year> kept = new TreeMap<>(outline.years());
            kept.keySet().retainAll(request.years().get());
            outline = new LedgerOutline(kept, outline.projectNames());
        }
        return SampleLedgerFiles.write(outline, request.options(), request.folder(), FILE_PREFIX, ORGANISATION,
                request.format(), rowsWritten);
    }
}

package se.balans.app.forecast;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.balans.app.closing.Staleness;
import se.balans.engine.organisation.Organisation;
import se.balans.io.InputFileException;
import se.balans.reports.forecast.FilledTemplate;
import se.balans.reports.forecast.ForecastTemplateException;
import se.balans.reports.forecast.ForecastTemplateReader;
import se.balans.store.ForecastSubmission;
import se.balans.store.Store;
import se.balans.store.StoredClosing;

/**
 * Use case: read filled forecast templates back and store the committees' forecasts of the round, all
 * files in one transaction or none. A template is refused, naming the file, the sheet and the cell, when
 * it is another organisation's, of a month that is not closed, made from a closing that has since been
 * closed again (stale), for a committee the closing does not have, or given twice in one import; the
 * template itself refuses altered figures and bad input ({@link ForecastTemplateReader}). Importing a
 * committee's template again replaces its forecast of the round; the store keeps the replaced one.
 */
public final class ImportForecasts {
    /** Where a template keeps its identity (its hidden sheet, one key a row): named in refusals of it. */
    static final String ORGANISATION = "_balans!B3";
    static final String COMMITTEE = "_balans!B4";
    static final String MONTH = "_balans!B5";
    static final String CLOSING = "_balans!B6";

    private ImportForecasts() {
    }

    public record Request(List<Path> files) {
        public Request {
            files = List.copyOf(files);
            if (files.isEmpty()) {
                throw new IllegalArgumentException("no templates to import");
            }
        }
    }

    /**
     * @return the stored forecasts, in the order of the files
     * @throws InputFileException naming the file and cell of the first template refused
     */
    public static List<ForecastSubmission> run(Store store, Request request) {
        List<ForecastSubmission> out = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        for (Path file : request.files()) {
            FilledTemplate t = read(file);
            check(store, file, t);
            String key = t.month() + " " + t.committee();
            Path before = seen.put(key, file);
            if (before != null) {
                throw new InputFileException(file, null, COMMITTEE, "the forecast of " + t.committee() + " for the round "
                        + "of " + t.month() + " is given twice in this import: also in " + before.getFileName()
                        + "; import the one that holds");
            }
            out.add(ForecastSubmission.of(t.forecast(), t.closingId(), file.getFileName().toString(), t.fileSha256()));
        }
        return store.saveForecasts(out);
    }

    static FilledTemplate read(Path file) {
        try {
            return new ForecastTemplateReader().read(file);
        } catch (ForecastTemplateException e) {
            throw new InputFileException(e.file(), null, e.field(), e.detail(), e);
        }
    }

    /** The template belongs to this store's organisation, a current closing of its month, and a committee of it. */
    static void check(Store store, Path file, FilledTemplate t) {
        Organisation organisation = store.organisation().orElseThrow(() -> new InputFileException(file, null, ORGANISATION,
                "the store belongs to no organisation yet, so the template's (" + t.organisationNumber()
                        + ") cannot be checked: import the ledger from the workspace first"));
        if (!organisation.number().equals(t.organisationNumber())) {
            throw new InputFileException(file, null, ORGANISATION, "the template is organisation " + t.organisationNumber()
                    + "'s, not " + organisation.name() + " (" + organisation.number() + ")'s");
        }
        StoredClosing closing = store.closing(t.month()).orElseThrow(() -> new InputFileException(file, null, MONTH,
                "the template is for the round of " + t.month() + ", which is not closed in this store"));
        if (closing.info().id() != t.closingId() || !closing.info().inputsSha256().equals(t.closingFingerprint())) {
            throw new InputFileException(file, null, CLOSING, "the template is stale: it was written from closing #"
                    + t.closingId() + " of " + t.month() + ", but " + t.month() + " has since been closed again (now "
                    + "closing #" + closing.info().id() + "); write new templates (balans forecast template --month "
                    + t.month() + ") and have the committee fill in its figures again");
        }
        Staleness.requireCurrent(store, closing);
        if (closing.committees().stream().noneMatch(c -> c.code().equals(t.committee()))) {
            throw new InputFileException(file, null, COMMITTEE, "the closing of " + t.month() + " has no committee "
                    + t.committee() + "; its committees are " + String.join(", ", closing.closing().committees()));
        }
    }
}

package se.balans.store;

import java.util.List;
import java.util.Objects;

import se.balans.engine.closing.MonthlyClosing;
import se.balans.engine.plan.Committee;
import se.balans.engine.trace.SourceFile;

/**
 * A closing read back from the store, with the names it was closed with, and the imports (id and
 * hash at closing time) and configuration it used.
 *
 * @param organisation the organisation's name the closing was made with; "" for a closing stored
 *        before closings kept it (schema version 3 and earlier) or made without it
 * @param committees the committees in report order with their names; their codes are exactly the
 *        closing's {@link MonthlyClosing#committees()}. A closing stored before closings kept names has
 *        each committee named by its code ({@link ClosingDraft#namedByCode}).
 */
public record StoredClosing(ClosingInfo info, String organisation, List<Committee> committees,
                            MonthlyClosing closing, List<ImportRef> imports, List<SourceFile> config) {

    /** An import a closing read, with the file's hash when it was read. */
    public record ImportRef(long importId, String sha256) {
    }

    public StoredClosing {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(closing, "closing");
        committees = List.copyOf(committees);
        ClosingDraft.requireSameCodes(committees, closing);
        imports = List.copyOf(imports);
        config = List.copyOf(config);
    }

    /** A stored closing without names: the organisation "" and each committee named by its code. */
    public StoredClosing(ClosingInfo info, MonthlyClosing closing, List<ImportRef> imports, List<SourceFile> config) {
        this(info, "", ClosingDraft.namedByCode(closing.committees()), closing, imports, config);
    }
}

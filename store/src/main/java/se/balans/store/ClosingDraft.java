package se.balans.store;

import java.util.List;
import java.util.Objects;

import se.balans.engine.closing.MonthlyClosing;
import se.balans.engine.plan.Committee;
import se.balans.engine.trace.SourceFile;

/**
 * A computed closing with what it read, to be stored. It carries the organisation's and the
 * committees' names, so that a report of the closing can be rendered from the stored closing alone,
 * the same file whenever it is written, whatever the configuration says by then.
 *
 * @param organisation the organisation's name as the configuration gives it (e.g. "Region Västerbotten");
 *        "" when the caller does not know it
 * @param committees the closing's committees in report order, with their names; their codes are
 *        exactly the closing's {@link MonthlyClosing#committees()}, so the two cannot drift apart
 */
public record ClosingDraft(MonthlyClosing closing, String organisation, List<Committee> committees,
                           String engineVersion, String inputsSha256, long ledgerVersion, List<ImportInfo> imports,
                           List<SourceFile> config) {
    public ClosingDraft {
        Objects.requireNonNull(closing, "closing");
        Objects.requireNonNull(organisation, "organisation");
        committees = List.copyOf(committees);
        requireSameCodes(committees, closing);
        Objects.requireNonNull(engineVersion, "engineVersion");
        Objects.requireNonNull(inputsSha256, "inputsSha256");
        imports = List.copyOf(imports);
        config = List.copyOf(config);
    }

    /**
     * A closing without names, as callers made them before closings carried names: the organisation
     * is "" and each committee is named by its code ({@link #namedByCode}).
     */
    public ClosingDraft(MonthlyClosing closing, String engineVersion, String inputsSha256, long ledgerVersion,
                        List<ImportInfo> imports, List<SourceFile> config) {
        this(closing, "", namedByCode(closing.committees()), engineVersion, inputsSha256, ledgerVersion, imports,
                config);
    }

    /**
     * Committees known only by their codes, each named by its code in Swedish and English: what a
     * closing without names records, and what a closing stored before names were kept reads back with.
     */
    public static List<Committee> namedByCode(List<String> codes) {
        return codes.stream().map(code -> new Committee(code, code, code)).toList();
    }

    /** The committees' codes in order must be the closing's committees. */
    static void requireSameCodes(List<Committee> committees, MonthlyClosing closing) {
        List<String> codes = committees.stream().map(Committee::code).toList();
        if (!codes.equals(closing.committees())) {
            throw new IllegalArgumentException("the committees " + codes + " are not the closing's committees "
                    + closing.committees() + " in report order");
        }
    }
}

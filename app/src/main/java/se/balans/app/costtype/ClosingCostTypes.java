package se.balans.app.costtype;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;

import se.balans.app.closing.StoredClosings;
import se.balans.engine.InvalidInputException;
import se.balans.engine.costtype.CostTypeBudget;
import se.balans.engine.costtype.CostTypeFollowUp;
import se.balans.engine.costtype.CostTypeMapping;
import se.balans.io.closing.ClosingSetup;
import se.balans.io.closing.CostTypeFiles;
import se.balans.io.followup.ClosingInputs;
import se.balans.store.LedgerSnapshot;
import se.balans.store.Store;
import se.balans.store.StoredClosing;

/**
 * A stored closing's costs and revenues by cost type ({@link CostTypeFollowUp}): the ledger of the
 * imports the closing recorded, placed on committees and result lines by the result mapping the
 * closing recorded, and split by the cost-type mapping ({@value CostTypeFiles#MAPPING}) and budget
 * ({@value CostTypeFiles#BUDGET}) the closing recorded ({@link ClosingInputs}) — or, for a closing that
 * recorded none, the configuration folder's as they are now.
 */
public final class ClosingCostTypes {
    private ClosingCostTypes() {
    }

    /**
     * The cost types, or why there are none: the reports say which rather than leaving the section out
     * without a word.
     */
    public record Result(Optional<CostTypeFollowUp> costTypes, Optional<String> missing) {
        public Result {
            Objects.requireNonNull(costTypes, "costTypes");
            Objects.requireNonNull(missing, "missing");
            if (costTypes.isPresent() == missing.isPresent()) {
                throw new IllegalArgumentException("either the cost types or why there are none");
            }
        }

        static Result missing(String why) {
            return new Result(Optional.empty(), Optional.of(why));
        }
    }

    /**
     * @param configDir the workspace's closing configuration folder
     * @throws se.balans.io.InputFileException for a cost-type file that cannot be read, naming its line and column
     */
    public static Result of(Store store, StoredClosing stored, Path configDir) {
        return of(stored, () -> StoredClosings.ledger(store, stored), configDir);
    }

    /**
     * @param ledger the closing's ledger ({@link StoredClosings#ledger}), read only when there is a mapping: this
     *               year and last are taken from it
     */
    public static Result of(StoredClosing stored, java.util.function.Supplier<LedgerSnapshot> ledger, Path configDir) {
        YearMonth month = stored.closing().month();
        java.util.Map<String, String> texts = ClosingInputs.recorded(stored.config());
        Path dir = Path.of("closing #" + stored.info().id());
        if (!texts.containsKey(CostTypeFiles.MAPPING)) {
            // A closing made before closings recorded the cost types: the workspace's files as they are now.
            dir = configDir;
            texts = ClosingInputs.texts(configDir);
        }
        if (!texts.containsKey(CostTypeFiles.MAPPING)) {
            return Result.missing("there is no cost-type mapping (" + CostTypeFiles.MAPPING + ") in the configuration "
                    + "folder " + configDir + "; add one to follow up the costs by type");
        }
        CostTypeMapping mapping = CostTypeFiles.mapping(dir.resolve(CostTypeFiles.MAPPING),
                texts.get(CostTypeFiles.MAPPING));
        ClosingSetup setup = StoredClosings.setup(stored);
        Optional<CostTypeBudget> budget = texts.containsKey(CostTypeFiles.BUDGET)
                ? Optional.ofNullable(CostTypeFiles.budgets(dir.resolve(CostTypeFiles.BUDGET),
                texts.get(CostTypeFiles.BUDGET), new LinkedHashSet<>(setup.committeeCodes())).get(month.getYear()))
                : Optional.empty();
        try {
            return new Result(Optional.of(CostTypeFollowUp.of(mapping, setup.mapping(), ledger.get().amounts(), month,
                    budget)),
                    Optional.empty());
        } catch (InvalidInputException e) {
            return Result.missing(dir.resolve(CostTypeFiles.MAPPING) + ": " + e.getMessage());
        }
    }
}

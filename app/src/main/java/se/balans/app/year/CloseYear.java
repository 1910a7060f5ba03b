package se.balans.app.year;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import se.balans.app.ConflictException;
import se.balans.app.balancerequirement.ClosingBalanceRequirement;
import se.balans.app.closing.Staleness;
import se.balans.app.closing.StoredClosings;
import se.balans.engine.balancerequirement.BalanceRequirementInput;
import se.balans.engine.balancerequirement.BalanceRequirementLine;
import se.balans.engine.balancerequirement.RestorationSchedule;
import se.balans.engine.balancerequirement.RestorationYear;
import se.balans.engine.money.Money;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.engine.trace.SourceFile;
import se.balans.io.csv.CsvTable;
import se.balans.io.history.BalanceRequirementHistory;
import se.balans.io.history.HistoryYear;
import se.balans.store.Store;
import se.balans.store.StoredClosing;

/**
 * Use case: close a year's balance requirement ({@code balans year close}) — record the year's final
 * balanskravsresultat into the workspace's history, so that the next year's closings continue from it.
 * The figures come from the December closing (årets resultat, and the adjustments booked on the
 * accounts configured for them); what the council decides after the year — synnerliga skäl, a
 * reservation to or use of the resultatreserv — is given. The history file stays the auditors' way to
 * re-run any year by hand; what is written is read back and its schedule computed before the file is
 * replaced, and the step is in the audit log with the file's new SHA-256.
 */
public final class CloseYear {
    private CloseYear() {
    }

    /**
     * @param history        the workspace's balance-requirement history, rewritten in place
     * @param specialReasons synnerliga skäl decided by the council (≥ 0)
     * @param replace        replace a row the history already holds as an outcome
     */
    public record Request(int year, Path history, Money specialReasons, Money reserveAllocation, Money reserveUse,
                          String note, boolean replace) {
        public Request {
            Objects.requireNonNull(history, "history");
            Objects.requireNonNull(specialReasons, "specialReasons");
            Objects.requireNonNull(reserveAllocation, "reserveAllocation");
            Objects.requireNonNull(reserveUse, "reserveUse");
            Objects.requireNonNull(note, "note");
        }
    }

    /** What was recorded: the year in the schedule as the history now computes it, and the closing it came from. */
    public record Closed(RestorationYear year, long closingId, Path history, String sha256) {
    }

    /**
     * @throws se.balans.app.MissingInputException when December is not closed
     * @throws ConflictException when the December closing is stale, or the history already holds the
     *                           year as an outcome and {@code replace} is not asked
     */
    public static Closed run(Store store, Request request) throws IOException {
        int year = request.year();
        YearMonth december = YearMonth.of(year, 12);
        StoredClosing stored = StoredClosings.require(store, december, () -> "the year " + year
                + " is closed from its December closing, and " + december + " is not closed: balans close " + december);
        Staleness.requireCurrent(store, stored);
        Path file = request.history();
        String text = CsvTable.readText(file);
        Optional<String> status = HistoryYear.status(file, text, year);
        if (status.isPresent() && status.get().equalsIgnoreCase("outcome") && !request.replace()) {
            throw new ConflictException(file + " already holds " + year + " as an outcome; give --replace to record "
                    + "the December closing's instead");
        }
        BalanceRequirementInput in = BalanceRequirementInput.of(year,
                stored.closing().line(IncomeStatementLine.RESULT_FOR_YEAR).ytd());
        for (Map.Entry<BalanceRequirementLine, Money> e : ClosingBalanceRequirement.adjustments(store, stored)
                .orElse(Map.of()).entrySet()) {
            in = in.with(e.getKey(), e.getValue());
        }
        in = in.with(BalanceRequirementLine.RESERVE_ALLOCATION, request.reserveAllocation().negated())
                .with(BalanceRequirementLine.RESERVE_USE, request.reserveUse())
                .withSpecialReasons(request.specialReasons());
        String note = request.note().isBlank() ? "from closing #" + stored.info().id() + " of " + december
                : request.note();
        String written = HistoryYear.with(file, text, in, "outcome", note);
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".balance-requirement", ".tmp");
        Files.writeString(tmp, written);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        RestorationSchedule schedule = BalanceRequirementHistory.parse(file, written).schedule();
        RestorationYear recorded = schedule.year(year).orElseThrow();
        String sha = SourceFile.of(file.getFileName().toString(), written).sha256();
        store.audit("year-close", String.valueOf(year), "from closing #" + stored.info().id() + ": årets resultat "
                + in.result().toMnkr().toPlainString() + ", balanskravsresultat "
                + recorded.balanceRequirementResult().toMnkr().toPlainString() + ", synnerliga skäl "
                + request.specialReasons().toMnkr().toPlainString() + "; " + file + " sha256 " + sha);
        return new Closed(recorded, stored.info().id(), file, sha);
    }
}

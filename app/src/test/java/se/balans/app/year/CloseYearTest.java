package se.balans.app.year;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.app.ConflictException;
import se.balans.app.SampleWorkspace;
import se.balans.app.balancerequirement.ClosingBalanceRequirement;
import se.balans.app.closing.CloseMonth;
import se.balans.engine.money.Money;
import se.balans.io.closing.ClosingSetupReader;
import se.balans.io.history.BalanceRequirementHistory;
import se.balans.store.Store;

/**
 * Closing 2025 into a history that holds 2023 and 2024: the row written is what the December closing's
 * balance requirement says, and the history file, re-run by hand, agrees with it.
 */
class CloseYearTest {
    @TempDir
    Path dir;

    private Path historyUntil2024() throws IOException {
        String sample = Files.readString(SampleWorkspace.region().resolve("balance-requirement.csv"));
        String cut = String.join("\n", sample.lines().filter(l -> !l.startsWith("2025")).toList()) + "\n";
        return Files.writeString(dir.resolve("balance-requirement.csv"), cut);
    }

    @Test
    void theRecordedYearAndTheDecemberClosingAgree() throws IOException {
        Path history = historyUntil2024();
        try (Store store = SampleWorkspace.storeWithLedger()) {
            CloseMonth.run(store, new CloseMonth.Request(YearMonth.of(2025, 12),
                    ClosingSetupReader.withHistory(SampleWorkspace.setup(), history)));
            var december = ClosingBalanceRequirement.of(store, store.closing(YearMonth.of(2025, 12)).orElseThrow())
                    .forecast().orElseThrow();

            CloseYear.Closed c = CloseYear.run(store, new CloseYear.Request(2025, history, Money.ZERO, Money.ZERO,
                    Money.ZERO, "", false));

            assertThat(c.year().balanceRequirementResult()).isEqualTo(december.forecastResult())
                    .isEqualTo(Money.ofMnkr("18"));
            var byHand = BalanceRequirementHistory.read(history).schedule().year(2025).orElseThrow();
            assertThat(byHand.closingUnrestored()).isEqualTo(december.closingUnrestored())
                    .isEqualTo(Money.ofMnkr("-414"));
            assertThat(byHand.unrestoredByOrigin()).containsEntry(2023, Money.ofMnkr("-221"))
                    .containsEntry(2024, Money.ofMnkr("-193"));
            assertThat(Files.readString(history)).startsWith("# Balance-requirement history of Region Västerbotten")
                    .contains("\n2025,18,,0,outcome,from closing #");
            assertThat(store.auditLog()).anySatisfy(e -> assertThat(e.action()).isEqualTo("year-close"));
        }
    }

    @Test
    void anOutcomeAlreadyRecordedIsReplacedOnlyWhenAsked() throws IOException {
        Path history = historyUntil2024();
        try (Store store = SampleWorkspace.storeWithLedger()) {
            CloseMonth.run(store, new CloseMonth.Request(YearMonth.of(2025, 12),
                    ClosingSetupReader.withHistory(SampleWorkspace.setup(), history)));
            CloseYear.run(store, new CloseYear.Request(2025, history, Money.ZERO, Money.ZERO, Money.ZERO, "", false));

            assertThatThrownBy(() -> CloseYear.run(store, new CloseYear.Request(2025, history, Money.ZERO, Money.ZERO,
                    Money.ZERO, "", false))).isInstanceOf(ConflictException.class)
                    .hasMessageContaining("already holds 2025 as an outcome");
            CloseYear.Closed again = CloseYear.run(store, new CloseYear.Request(2025, history, Money.ofMnkr("10"),
                    Money.ZERO, Money.ZERO, "Synnerliga skäl enligt fullmäktige", true));

            assertThat(again.year().specialReasons()).isEqualTo(Money.ofMnkr("10"));
            assertThat(Files.readString(history).lines().filter(l -> l.startsWith("2025"))).hasSize(1);
        }
    }

    @Test
    void aYearWhoseDecemberIsNotClosedIsNotClosed() throws IOException {
        Path history = historyUntil2024();
        try (Store store = SampleWorkspace.storeWithLedger()) {
            assertThatThrownBy(() -> CloseYear.run(store, new CloseYear.Request(2025, history, Money.ZERO, Money.ZERO,
                    Money.ZERO, "", false))).hasMessageContaining("2025-12 is not closed");
        }
    }
}

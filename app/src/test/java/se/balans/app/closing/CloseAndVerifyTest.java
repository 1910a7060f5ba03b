package se.balans.app.closing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.balans.app.ConflictException;
import se.balans.app.MissingInputException;
import se.balans.app.SampleWorkspace;
import se.balans.engine.closing.ClosingComparison;
import se.balans.engine.closing.MonthlyClosing;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.store.ClosingInfo;
import se.balans.store.Store;

/** Closing a month and verifying it through the application layer alone: no command line, an in-memory store. */
class CloseAndVerifyTest {
    static final YearMonth MARCH = YearMonth.of(2026, 3);
    static Store store;

    @BeforeAll
    static void importTheSampleLedger() {
        store = SampleWorkspace.storeWithLedger();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void aClosedMonthIsStoredWithItsInputsAndVerifiesAgainstItsRecomputation() {
        CloseMonth.Closed closed = CloseMonth.run(store, new CloseMonth.Request(YearMonth.of(2026, 2),
                SampleWorkspace.setup()));

        assertThat(closed.info().valid()).isTrue();
        assertThat(closed.info().closedBy()).isEqualTo("ekonomichef");
        assertThat(ClosingComparison.compare(store.closing(YearMonth.of(2026, 2)).orElseThrow().closing(),
                closed.closing())).isEmpty();
        VerifyClosings.Result verified = VerifyClosings.run(store, Optional.of(YearMonth.of(2026, 2)));
        assertThat(verified.ok()).isTrue();
        assertThat(verified.closings()).singleElement().satisfies(c -> {
            assertThat(c.info().id()).isEqualTo(closed.info().id());
            assertThat(c.differences()).isEmpty();
            assertThat(c.sameEngine()).isTrue();
        });
        assertThat(verified.files()).extracting(VerifyClosings.FileCheck::state)
                .containsOnly(VerifyClosings.FileCheck.State.MATCHES);
    }

    @Test
    void theClosingsFiguresAddUpAsTheResultStatementSays() {
        MonthlyClosing c = CloseMonth.run(store, new CloseMonth.Request(MARCH, SampleWorkspace.setup())).closing();

        assertThat(c.line(IncomeStatementLine.RESULT_FOR_YEAR).ytd()).isEqualTo(
                c.line(IncomeStatementLine.OPERATING_RESULT).ytd().plus(c.netFinancialItems().ytd()));
        assertThat(c.committees()).isNotEmpty();
    }

    @Test
    void aClosedMonthIsNotClosedAgainButCanBeReopened() {
        YearMonth january = YearMonth.of(2026, 1);
        ClosingInfo first = CloseMonth.run(store, new CloseMonth.Request(january, SampleWorkspace.setup())).info();

        assertThatThrownBy(() -> CloseMonth.run(store, new CloseMonth.Request(january, SampleWorkspace.setup())))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("2026-01 is already closed (closing #" + first.id())
                .hasMessageContaining("--reopen");

        ClosingInfo second = ReopenMonth.run(store, new CloseMonth.Request(january, SampleWorkspace.setup())).info();
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(store.closing(january).orElseThrow().info().id()).isEqualTo(second.id());
        assertThat(store.closingById(first.id()).orElseThrow().info().valid()).isFalse();
        assertThat(VerifyClosings.run(store, Optional.of(january)).ok()).isTrue();
    }

    @Test
    void aYearWithoutABudgetOrAMonthWithoutALedgerIsMissingInput() {
        assertThatThrownBy(() -> CloseMonth.run(store, new CloseMonth.Request(YearMonth.of(2030, 1),
                SampleWorkspace.setup())))
                .isInstanceOf(MissingInputException.class)
                .hasMessage("no budget for 2030: add budget-2030.csv to the configuration");
        assertThatThrownBy(() -> CloseMonth.run(store, new CloseMonth.Request(YearMonth.of(2026, 9),
                SampleWorkspace.setup())))
                .isInstanceOf(MissingInputException.class)
                .hasMessageContaining("no ledger for 2026-09 is imported");
    }

    @Test
    void verifyingAMonthThatIsNotClosedChecksNothingAndFindsNothingWrong() {
        VerifyClosings.Result r = VerifyClosings.run(store, Optional.of(YearMonth.of(2024, 6)));

        assertThat(r.closings()).isEmpty();
        assertThat(r.ok()).isTrue();
    }
}

package se.balans.app.balancerequirement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.balans.app.SampleWorkspace;
import se.balans.app.closing.CloseMonth;
import se.balans.engine.money.Money;
import se.balans.io.closing.ClosingSetup;
import se.balans.io.closing.ClosingSetupReader;
import se.balans.store.Store;
import se.balans.store.StoredClosing;

/** A closing carries the history it continues, and its year's balance requirement follows from it. */
class ClosingBalanceRequirementTest {
    static final YearMonth MARCH = YearMonth.of(2026, 3);

    @Test
    void theMarchClosingContinuesThePublishedOutcomesInto2026() {
        try (Store store = SampleWorkspace.storeWithLedger()) {
            CloseMonth.run(store, new CloseMonth.Request(MARCH, SampleWorkspace.setup()));
            StoredClosing stored = store.closing(MARCH).orElseThrow();

            ClosingBalanceRequirement.Result r = ClosingBalanceRequirement.of(store, stored);

            assertThat(stored.config()).anyMatch(f -> f.name().equals(ClosingSetupReader.HISTORY));
            var f = r.forecast().orElseThrow();
            assertThat(f.openingUnrestored()).isEqualTo(Money.ofMnkr("-989"));
            assertThat(f.openingByOrigin()).containsEntry(2023, Money.ofMnkr("-239"))
                    .containsEntry(2024, Money.ofMnkr("-193")).containsEntry(2025, Money.ofMnkr("-557"));
            assertThat(f.requiredResult()).isEqualTo(Money.ofMnkr("239"));
            // One set of figures: the plan report's restoration schedule ends 2025 where the monthly report starts 2026
            var plan = se.balans.io.history.BalanceRequirementHistory.read(SampleWorkspace.region()
                    .resolve("balance-requirement.csv")).schedule().year(2025).orElseThrow().unrestoredByOrigin();
            var planOutstanding = new java.util.TreeMap<Integer, Money>();
            plan.forEach((origin, amount) -> {
                if (amount.isNegative()) {
                    planOutstanding.put(origin, amount);
                }
            });
            assertThat(f.openingByOrigin()).isEqualTo(planOutstanding);
            assertThat(f.forecastResult()).as("årets resultat forecast, no adjustments followed yet")
                    .isEqualTo(stored.closing().line(se.balans.engine.statement.IncomeStatementLine.RESULT_FOR_YEAR)
                            .forecastYear());
        }
    }

    @Test
    void aClosingWithoutAHistorySaysSoRatherThanShowingNothing() {
        ClosingSetup full = SampleWorkspace.setup();
        ClosingSetup without = new ClosingSetup(full.organisation(), full.mapping(), full.config(), full.budgets(),
                full.committees(), full.files().stream().filter(x -> !x.name().equals(ClosingSetupReader.HISTORY))
                .toList());
        try (Store store = SampleWorkspace.storeWithLedger()) {
            CloseMonth.run(store, new CloseMonth.Request(MARCH, without));

            ClosingBalanceRequirement.Result r = ClosingBalanceRequirement.of(store, store.closing(MARCH).orElseThrow());

            assertThat(r.forecast()).isEmpty();
            assertThat(r.missing()).hasValueSatisfying(m -> assertThat(m).contains("recorded no balance-requirement history"));
        }
    }

    @Test
    void aHistoryEndingTooEarlyIsNamedNotSkipped() {
        ClosingSetup full = SampleWorkspace.setup();
        String text = full.history().orElseThrow().content();
        String cut = String.join("\n", text.lines().filter(l -> !l.startsWith("2025")).toList()) + "\n";
        ClosingSetup setup = full.withHistory(se.balans.engine.trace.SourceFile.of(ClosingSetupReader.HISTORY, cut));
        try (Store store = SampleWorkspace.storeWithLedger()) {
            CloseMonth.run(store, new CloseMonth.Request(MARCH, setup));

            ClosingBalanceRequirement.Result r = ClosingBalanceRequirement.of(store, store.closing(MARCH).orElseThrow());

            assertThat(r.missing()).hasValueSatisfying(m -> assertThat(m).contains("ends with 2024"));
            assertThat(List.of(r.forecast())).containsExactly(java.util.Optional.empty());
        }
    }

    @Test
    void adjustmentAccountsAreFollowedFromTheImportsTheClosingRead() {
        ClosingSetup full = SampleWorkspace.setup();
        // Illustrative: the pension fund's return (8440) counted as unrealised value change in securities.
        java.util.Map<String, String> texts = new java.util.TreeMap<>();
        full.files().forEach(f -> texts.put(f.name(), f.content()));
        texts.put(ClosingSetupReader.ADJUSTMENTS, "from,to,line\n8440,8440,unrealised_securities\n");
        ClosingSetup setup = ClosingSetupReader.parse(SampleWorkspace.region(), texts).withOrganisation("Region Västerbotten");
        try (Store store = SampleWorkspace.storeWithLedger()) {
            CloseMonth.run(store, new CloseMonth.Request(MARCH, setup));
            StoredClosing stored = store.closing(MARCH).orElseThrow();
            Money booked = store.ledger(2026, MARCH).amounts().stream().filter(a -> a.account().equals("8440"))
                    .map(se.balans.engine.ledger.LedgerAmount::amount).reduce(Money.ZERO, Money::plus);

            var f = ClosingBalanceRequirement.of(store, stored).forecast().orElseThrow();

            assertThat(booked.isNegative()).as("a return is a credit").isTrue();
            assertThat(f.adjustmentsFollowed()).isTrue();
            assertThat(f.toDate().amount(se.balans.engine.balancerequirement.BalanceRequirementLine.UNREALISED_SECURITIES))
                    .isEqualTo(booked);
            Money result = stored.closing().line(se.balans.engine.statement.IncomeStatementLine.RESULT_FOR_YEAR)
                    .forecastYear();
            assertThat(f.forecastResult()).as("the return to date is taken out of the forecast too")
                    .isEqualTo(result.plus(booked));
        }
    }
}

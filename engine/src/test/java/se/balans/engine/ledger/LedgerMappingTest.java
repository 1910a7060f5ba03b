package se.balans.engine.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.balans.engine.ledger.LedgerMapping.AccountTarget;
import se.balans.engine.ledger.LedgerMapping.Key;
import se.balans.engine.money.Money;
import se.balans.engine.statement.IncomeStatementLine;

class LedgerMappingTest {

    static RangeMap.Entry<AccountTarget> acc(String from, String to, IncomeStatementLine line) {
        return new RangeMap.Entry<>(new PrefixRange(from, to), line == null ? AccountTarget.ignored()
                : AccountTarget.of(line));
    }

    final LedgerMapping mapping = new LedgerMapping(
            RangeMap.of(List.of(acc("1", "2", null), acc("3", "3", IncomeStatementLine.OPERATING_REVENUE),
                    acc("4", "7", IncomeStatementLine.OPERATING_COSTS), acc("78", "78", IncomeStatementLine.DEPRECIATION),
                    acc("80", "80", IncomeStatementLine.TAX_REVENUE))),
            RangeMap.of(List.of(new RangeMap.Entry<>(new PrefixRange("10", "19"), "RS"),
                    new RangeMap.Entry<>(new PrefixRange("20", "59"), "HSN"))));

    final YearMonth jan = YearMonth.of(2025, 1);

    @Test
    void classesAndGroupsMapByTheirLeadingDigitsTheMostSpecificWinning() {
        Map<YearMonth, Map<Key, Money>> out = mapping.apply(List.of(
                new LedgerAmount(jan, "5010", "2100", Money.ofSek(100)),
                new LedgerAmount(jan, "7810", "1100", Money.ofSek(40)),
                new LedgerAmount(jan, "30110", "2100", Money.ofSek(-30)),
                new LedgerAmount(jan, "1930", "", Money.ofSek(-110))));
        // Signs turn to the result statement's: costs negative, revenues positive.
        assertThat(out.get(jan)).containsOnly(
                Map.entry(new Key("HSN", IncomeStatementLine.OPERATING_COSTS), Money.ofSek(-100)),
                Map.entry(new Key("RS", IncomeStatementLine.DEPRECIATION), Money.ofSek(-40)),
                Map.entry(new Key("HSN", IncomeStatementLine.OPERATING_REVENUE), Money.ofSek(30)));
    }

    @Test
    void everyUnmappedAccountAndCostCentreIsListed() {
        assertThatThrownBy(() -> mapping.apply(List.of(
                new LedgerAmount(jan, "8910", "1000", Money.ofSek(1)),
                new LedgerAmount(jan, "5010", "9900", Money.ofSek(1)),
                new LedgerAmount(jan, "5010", "", Money.ofSek(1)),
                new LedgerAmount(jan, "8120", "1000", Money.ofSek(1)))))
                .isInstanceOfSatisfying(UnmappedLedgerException.class, e -> {
                    assertThat(e.accounts()).containsExactly("8120", "8910");
                    assertThat(e.costCentres()).containsExactly("", "9900");
                })
                .hasMessageContaining("(none)");
    }

    @Test
    void anOverlapIsFoundBehindARangeThatDoesNotOverlapItsNeighbour() {
        // 10–50 overlaps 30–31 although the range sorted between them (20–21) touches neither's end.
        assertThatThrownBy(() -> RangeMap.of(List.of(acc("10", "50", null), acc("20", "21", null),
                acc("51", "60", null), acc("30", "31", null)))).hasMessageContaining("10–50").hasMessageContaining("overlap");
        assertThat(RangeMap.of(List.of(acc("10", "19", null), acc("20", "29", null), acc("2", "2", null))).entries())
                .hasSize(3);
    }

    @Test
    void overlappingRangesOfTheSameLengthAreRefused() {
        assertThatThrownBy(() -> RangeMap.of(List.of(acc("3", "4", null), acc("4", "5", null))))
                .hasMessageContaining("overlap");
        assertThatThrownBy(() -> new PrefixRange("78", "7")).hasMessageContaining("same length");
    }

    @Test
    void aFigureTracedToItsAccountsSumsWhatTheClosingSums() {
        List<LedgerAmount> ledger = List.of(
                new LedgerAmount(jan, "5010", "2100", Money.ofSek(100)),
                new LedgerAmount(jan, "5020", "1100", Money.ofSek(7)),
                new LedgerAmount(jan.plusMonths(1), "5010", "2100", Money.ofSek(50)),
                new LedgerAmount(jan.plusMonths(2), "5010", "2100", Money.ofSek(1_000)),
                new LedgerAmount(jan.minusMonths(1), "5010", "2100", Money.ofSek(9)),
                new LedgerAmount(jan, "1930", "", Money.ofSek(-110)));

        // February's year to date of HSN's costs: January and February of 2025 only, sign of the result statement.
        Map<String, Money> traced = mapping.accountsOf(ledger, jan.plusMonths(1),
                k -> k.committee().equals("HSN") && k.line() == IncomeStatementLine.OPERATING_COSTS);

        assertThat(traced).containsExactly(Map.entry("5010", Money.ofSek(-150)));
        Map<YearMonth, Map<Key, Money>> applied = mapping.apply(ledger);
        Key hsnCosts = new Key("HSN", IncomeStatementLine.OPERATING_COSTS);
        assertThat(applied.get(jan).get(hsnCosts).plus(applied.get(jan.plusMonths(1)).get(hsnCosts)))
                .isEqualTo(traced.get("5010"));
    }

    @Test
    void eachAccountAndCostCentreHasOnePlacement() {
        assertThat(mapping.place("5010", "2100"))
                .isEqualTo(new LedgerMapping.Placement.Mapped(new Key("HSN", IncomeStatementLine.OPERATING_COSTS)));
        assertThat(mapping.place("1930", "")).isEqualTo(new LedgerMapping.Placement.OutsideResult());
        assertThat(mapping.place("8910", "2100")).isEqualTo(new LedgerMapping.Placement.Unmapped(
                java.util.Optional.of("8910"), java.util.Optional.empty()));
        assertThat(mapping.place("5010", "9900")).isEqualTo(new LedgerMapping.Placement.Unmapped(
                java.util.Optional.empty(), java.util.Optional.of("9900")));
    }

    @Test
    void rowsWithoutACostCentreArePlacedByTheExplicitRuleForTheirAccount() {
        // Taxes and financial items booked without a cost centre: class 8 to RS, but 84 (financial income) to HSN.
        LedgerMapping withRule = new LedgerMapping(mapping.accounts(), mapping.costCentres(), RangeMap.of(List.of(
                new RangeMap.Entry<>(new PrefixRange("8", "8"), "RS"),
                new RangeMap.Entry<>(new PrefixRange("84", "84"), "HSN"))));
        List<LedgerAmount> ledger = List.of(
                new LedgerAmount(jan, "8010", "", Money.ofSek(-500)),
                new LedgerAmount(jan, "8010", "1000", Money.ofSek(-20)),
                new LedgerAmount(jan, "1930", "", Money.ofSek(520)));

        assertThat(withRule.place("8010", "")).isEqualTo(new LedgerMapping.Placement.Mapped(
                new Key("RS", IncomeStatementLine.TAX_REVENUE)));
        // A row with a cost centre goes by its cost centre, whatever the rule for rows without one.
        assertThat(withRule.place("8010", "2100")).isEqualTo(new LedgerMapping.Placement.Mapped(
                new Key("HSN", IncomeStatementLine.TAX_REVENUE)));
        assertThat(withRule.apply(ledger).get(jan)).containsOnly(
                Map.entry(new Key("RS", IncomeStatementLine.TAX_REVENUE), Money.ofSek(520)));
        assertThat(withRule.accountsOf(ledger, jan, k -> k.committee().equals("RS")))
                .containsExactly(Map.entry("8010", Money.ofSek(520)));
        // An account the rule does not cover stays unmapped, as an empty cost centre.
        assertThat(withRule.place("5010", "")).isEqualTo(new LedgerMapping.Placement.Unmapped(
                java.util.Optional.empty(), java.util.Optional.of("")));
    }

    @Test
    void aRuleForEveryAccountIsTheLeastSpecific() {
        LedgerMapping withRule = new LedgerMapping(mapping.accounts(), mapping.costCentres(), RangeMap.of(List.of(
                new RangeMap.Entry<>(PrefixRange.all(), "RS"), new RangeMap.Entry<>(new PrefixRange("5", "5"), "HSN"))));

        assertThat(withRule.place("8010", "")).isEqualTo(new LedgerMapping.Placement.Mapped(
                new Key("RS", IncomeStatementLine.TAX_REVENUE)));
        assertThat(withRule.place("5010", "")).isEqualTo(new LedgerMapping.Placement.Mapped(
                new Key("HSN", IncomeStatementLine.OPERATING_COSTS)));
        assertThatThrownBy(() -> RangeMap.of(List.of(new RangeMap.Entry<>(PrefixRange.all(), "RS"),
                new RangeMap.Entry<>(PrefixRange.all(), "HSN")))).isInstanceOf(RangeMap.OverlapException.class);
    }

    @Test
    void codesWithLettersMatchRangesOfTheSameShapeCharacterByCharacter() {
        LedgerMapping letters = new LedgerMapping(mapping.accounts(), RangeMap.of(List.of(
                new RangeMap.Entry<>(new PrefixRange("TF", "TF"), "RS"),
                new RangeMap.Entry<>(new PrefixRange("TF40", "TF49"), "HSN"),
                new RangeMap.Entry<>(new PrefixRange("10", "19"), "RS"))));

        assertThat(letters.place("5010", "TF41")).isEqualTo(new LedgerMapping.Placement.Mapped(
                new Key("HSN", IncomeStatementLine.OPERATING_COSTS)));
        assertThat(letters.place("5010", "TF50")).isEqualTo(new LedgerMapping.Placement.Mapped(
                new Key("RS", IncomeStatementLine.OPERATING_COSTS)));
        assertThat(letters.place("5010", "TFX1")).isEqualTo(new LedgerMapping.Placement.Mapped(
                new Key("RS", IncomeStatementLine.OPERATING_COSTS)));
        // Case-sensitive, as the ledger writes codes; and a range of digits never covers a letter.
        assertThat(letters.place("5010", "tf41")).isInstanceOf(LedgerMapping.Placement.Unmapped.class);
        assertThat(letters.place("5010", "1A")).isInstanceOf(LedgerMapping.Placement.Unmapped.class);
    }

    @Test
    void rangesOfDigitsCoverWhatTheyCoveredBeforeLettersWereAllowed() {
        PrefixRange tens = new PrefixRange("10", "29");
        assertThat(tens.matches("1500")).isTrue();
        assertThat(tens.matches("2999")).isTrue();
        assertThat(tens.matches("3000")).isFalse();
        assertThat(tens.matches("1A00")).isFalse();
        assertThat(tens.matches("1")).isFalse();
        // 1A–1Z sorts between 10 and 29 but shares no code with them: no overlap.
        assertThat(RangeMap.of(List.of(acc("10", "29", null), acc("1A", "1Z", null))).entries()).hasSize(2);
    }

    @Test
    void aRangeWhoseBoundsDifferInShapeOrAreNotLettersAndDigitsIsRefused() {
        assertThatThrownBy(() -> new PrefixRange("T1", "99")).hasMessage(
                "range T1–99 must have digits and letters in the same places at its start and its end");
        assertThatThrownBy(() -> new PrefixRange("T-1", "T-1")).hasMessage(
                "range start must be letters and digits, got 'T-1'");
        assertThatThrownBy(() -> new PrefixRange("TF", "")).hasMessage("range end is empty");
        assertThatThrownBy(() -> new PrefixRange("TF9", "TF1")).hasMessage("range TF9–TF1 is empty");
    }
}

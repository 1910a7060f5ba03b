package se.balans.engine.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.balans.engine.investment.InvestmentFollowUpTest.FUNDS;
import static se.balans.engine.investment.InvestmentFollowUpTest.MAPPING;
import static se.balans.engine.investment.InvestmentFollowUpTest.MAY;
import static se.balans.engine.investment.InvestmentFollowUpTest.SHEET;
import static se.balans.engine.investment.InvestmentFollowUpTest.figures;
import static se.balans.engine.investment.InvestmentFollowUpTest.ledger;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.balans.engine.InvalidInputException;
import se.balans.engine.investment.InvestmentFollowUp.ForecastBasis;
import se.balans.engine.investment.InvestmentProjectFollowUp.Line;
import se.balans.engine.ledger.LedgerObjectAmount;
import se.balans.engine.money.Money;

/**
 * Region Norrfjäll's investments of January–May 2027 (illustrative; the ledger of
 * {@link InvestmentFollowUpTest}) by project, SIE dimension 6, computed by hand.
 *
 * <p>The ledger's project rows, mnkr: P1 (property) January 1110 +8, February 1110 +6, March 1220 +1 and
 * May 1110 +4, and 2 of operating cost on 5010 in May; P2 (IT) February 1250 +3 and April 1250 +3; X9 —
 * which nobody registered — May 1220 +2. P3 is registered but has nothing in 2027.
 *
 * <p>Budgets 2027: property 40 for P1 and 20 unassigned, medical equipment 24, IT 18 for P2 and 12
 * unassigned; carried in: P1 +12, IT −6 unassigned. Forecasts given in April: property 65, P1 45.
 */
class InvestmentProjectFollowUpTest {

    static final InvestmentProjects REGISTER = new InvestmentProjects("6", List.of(
            new InvestmentProject("P1", "property", "Vårdcentrum Norrfjäll", "Norrfjäll health centre"),
            new InvestmentProject("P3", "property", "Ombyggnad hus 9 (avslutat)", ""),
            new InvestmentProject("P2", "it", "Nytt journalsystem", "New patient records")));

    static LedgerObjectAmount project(int month, String account, String object, String mnkr) {
        return new LedgerObjectAmount(YearMonth.of(2027, month), account, "6", object, Money.ofMnkr(mnkr));
    }

    static final List<LedgerObjectAmount> PROJECT_ROWS = List.of(
            new LedgerObjectAmount(YearMonth.of(2026, 12), "1110", "6", "P1", Money.ofMnkr("100")),
            project(1, "1110", "P1", "8"), project(2, "1110", "P1", "6"), project(3, "1220", "P1", "1"),
            project(5, "1110", "P1", "4"), project(5, "5010", "P1", "2"),
            project(2, "1250", "P2", "3"), project(4, "1250", "P2", "3"),
            project(5, "1220", "X9", "2"),
            project(6, "1110", "P1", "50"));

    static final List<InvestmentBudget> BUDGETS = List.of(
            new InvestmentBudget(2027, "property", Optional.of("P1"), Money.ofMnkr("40"), "RF 2026-11"),
            new InvestmentBudget(2027, "property", Optional.empty(), Money.ofMnkr("20"), "RF 2026-11"),
            new InvestmentBudget(2027, "medical_equipment", Optional.empty(), Money.ofMnkr("24"), "RF 2026-11"),
            new InvestmentBudget(2027, "it", Optional.of("P2"), Money.ofMnkr("18"), "RF 2026-11"),
            new InvestmentBudget(2027, "it", Optional.empty(), Money.ofMnkr("12"), "RF 2026-11"));

    static final List<InvestmentCarryOver> CARRY = List.of(
            new InvestmentCarryOver(2026, 2027, "property", Optional.of("P1"), Money.ofMnkr("12"), "RS 2027-02-10 § 5", ""),
            new InvestmentCarryOver(2026, 2027, "it", Optional.empty(), Money.ofMnkr("-6"), "RS 2027-02-10 § 5", ""));

    static final List<InvestmentForecastInput> FORECASTS = List.of(
            new InvestmentForecastInput(YearMonth.of(2027, 4), "property", Money.ofMnkr("65"), "fastighetsenheten"),
            new InvestmentForecastInput(YearMonth.of(2027, 4), "property", Optional.of("P1"), Money.ofMnkr("45"),
                    "projektledaren"));

    static InvestmentFollowUp follow(YearMonth month, List<InvestmentBudget> budgets, List<InvestmentCarryOver> carry,
                                     List<InvestmentForecastInput> forecasts) {
        return InvestmentFollowUp.of(MAPPING, SHEET, ledger(), month, budgets, carry, forecasts, FUNDS,
                Optional.of(new InvestmentProjectFollowUp.Inputs(REGISTER, PROJECT_ROWS)));
    }

    @Test
    void eachProjectHasItsInvestmentsOnAnyInvestmentAccountButNotItsOperatingCosts() {
        InvestmentProjectFollowUp p = follow(MAY, BUDGETS, CARRY, FORECASTS).projects().orElseThrow();

        assertThat(p.dimension()).isEqualTo("6");
        assertThat(p.projects()).extracting(Line::code).containsExactly("P1", "P2", "X9");
        Line p1 = p.projects().get(0);
        // 8 + 6 + 1 (on a medical-equipment account) + 4; the 2 on 5010 is no investment, June's 50 is after May
        assertThat(p1.figures()).isEqualTo(figures("4", "19", "40", "12", "45"));
        assertThat(p1.forecastBasis()).isEqualTo(ForecastBasis.GIVEN);
        assertThat(p1.forecastGiven().orElseThrow().source()).isEqualTo("projektledaren");
        assertThat(p1.figures().deviation()).isEqualTo(Money.ofMnkr("7"));
        assertThat(p1.category()).isEqualTo("property");
    }

    @Test
    void aProjectWithoutAGivenForecastFollowsTheBudgetsPace() {
        Line p2 = follow(MAY, BUDGETS, CARRY, FORECASTS).projects().orElseThrow().projects().get(1);

        // 6 + 18 × 7 / 12 = 16,5
        assertThat(p2.figures()).isEqualTo(figures("0", "6", "18", "0", "16.5"));
        assertThat(p2.forecastBasis()).isEqualTo(ForecastBasis.BUDGET_PACE);
        assertThat(p2.figures().deviation()).isEqualTo(Money.ofMnkr("1.5"));
    }

    @Test
    void anObjectNobodyRegisteredIsShownUnderItsCodeAndFlagged() {
        InvestmentProjectFollowUp p = follow(MAY, BUDGETS, CARRY, FORECASTS).projects().orElseThrow();

        assertThat(p.unregistered()).extracting(Line::code).containsExactly("X9");
        Line x9 = p.unregistered().get(0);
        assertThat(x9.registered()).isEmpty();
        assertThat(x9.name(false)).isEqualTo("X9");
        assertThat(x9.category()).isEqualTo("medical_equipment");
        assertThat(x9.figures()).isEqualTo(figures("2", "2", "0", "0", "2"));
    }

    @Test
    void whatNoProjectCarriesIsTheTotalLessTheProjectsSoTheTableTies() {
        InvestmentFollowUp f = follow(MAY, BUDGETS, CARRY, FORECASTS);

        // total: month 12, to date 52, budget 114, carried 6, forecast 65 + 26 + 24 = 115
        assertThat(f.total()).isEqualTo(figures("12", "52", "114", "6", "115"));
        // projects: month 6, to date 27, budget 58, carried 12, forecast 63,5
        assertThat(f.projects().orElseThrow().withoutProject()).isEqualTo(figures("6", "25", "56", "-6", "51.5"));
    }

    @Test
    void inDecemberEveryProjectIsForecastAtItsOutcome() {
        InvestmentProjectFollowUp p = follow(YearMonth.of(2027, 12), BUDGETS, CARRY, FORECASTS).projects()
                .orElseThrow();

        Line p1 = p.projects().get(0);
        assertThat(p1.forecastBasis()).isEqualTo(ForecastBasis.OUTCOME);
        // to date 19 + June's 50
        assertThat(p1.figures().forecast()).isEqualTo(Money.ofMnkr("69"));
    }

    @Test
    void aBudgetForAnUnregisteredProjectIsRefused() {
        List<InvestmentBudget> budgets = List.of(
                new InvestmentBudget(2027, "property", Optional.of("P7"), Money.ofMnkr("5"), ""));

        assertThatThrownBy(() -> follow(MAY, budgets, List.of(), List.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("P7").hasMessageContaining("project register does not know");
    }

    @Test
    void aBudgetRowThatPlacesAProjectInAnotherCategoryIsRefused() {
        List<InvestmentBudget> budgets = List.of(
                new InvestmentBudget(2027, "property", Optional.of("P2"), Money.ofMnkr("5"), ""));

        assertThatThrownBy(() -> follow(MAY, budgets, List.of(), List.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("places the project P2 in property")
                .hasMessageContaining("register places it in it");
    }

    @Test
    void withoutARegisterThereIsNoProjectFollowUp() {
        assertThat(InvestmentFollowUp.of(MAPPING, SHEET, ledger(), MAY, BUDGETS, CARRY, FORECASTS, FUNDS).projects())
                .isEmpty();
    }
}

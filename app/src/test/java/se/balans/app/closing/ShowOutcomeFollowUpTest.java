package se.balans.app.closing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.balans.app.SampleWorkspace;
import se.balans.engine.organisation.Organisation;
import se.balans.reports.output.JsonRenderer;
import se.balans.store.Store;

/**
 * {@code balans outcome}'s JSON carries what the monthly report follows up beyond the result: given the sample's
 * closing configuration, March 2026's investments, costs by type and personnel; without it, none of them.
 */
class ShowOutcomeFollowUpTest {
    static final YearMonth MARCH = YearMonth.of(2026, 3);

    @Test
    void theInvestmentsTheCostTypesAndThePersonnelAreInTheJson() {
        try (Store store = SampleWorkspace.storeWithLedger()) {
            store.bindOrganisation(Organisation.of("Region Västerbotten", "232100-0222"));
            CloseMonth.run(store, new CloseMonth.Request(MARCH, SampleWorkspace.setup()));

            String json = JsonRenderer.render(ShowOutcome.run(store, MARCH, Optional.empty(), Optional.empty(),
                    List.of(), Optional.of(SampleWorkspace.region())).data().document());
            assertThat(json).contains("\"investments\"").contains("\"self_financing_ytd\"")
                    .contains("\"cost_types\"").contains("\"agency_staff\"").contains("\"net_cost_growth\"")
                    .contains("\"personnel\"").contains("\"sick_leave_ytd\"");

            String without = JsonRenderer.render(ShowOutcome.run(store, MARCH).data().document());
            assertThat(without).doesNotContain("\"investments\"").doesNotContain("\"cost_types\"")
                    .doesNotContain("\"personnel\"");
        }
    }
}

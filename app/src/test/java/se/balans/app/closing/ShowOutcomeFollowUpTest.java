package se.balans.app.closing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import se.balans.app.SampleWorkspace;
import se.balans.engine.organisation.Organisation;
import se.balans.reports.output.CsvRenderer;
import se.balans.reports.output.JsonRenderer;
import se.balans.reports.output.MachineNumbers;
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

    @Test
    void theCsvCarriesTheSameFiguresAsRecordsOfTheirOwnLevels() throws Exception {
        try (Store store = SampleWorkspace.storeWithLedger()) {
            store.bindOrganisation(Organisation.of("Region Västerbotten", "232100-0222"));
            CloseMonth.run(store, new CloseMonth.Request(MARCH, SampleWorkspace.setup()));
            ShowOutcome.Result r = ShowOutcome.run(store, MARCH, Optional.empty(), Optional.empty(), List.of(),
                    Optional.of(SampleWorkspace.region()));

            List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(CsvRenderer.render(r.data().records()))).getRecords();
            var investments = r.data().year().investments().orElseThrow();
            assertThat(find(records, "investment", "", "total").get("ytd"))
                    .isEqualTo(MachineNumbers.text(investments.total().yearToDate().toMnkr()));
            assertThat(find(records, "investment", "", "total").get("budget_year"))
                    .isEqualTo(MachineNumbers.text(investments.total().budgetOfYear().toMnkr()));
            assertThat(find(records, "investment", "", "property").get("forecast_year"))
                    .isEqualTo(MachineNumbers.text(investments.categories().get(0).figures().forecast().toMnkr()));
            var costTypes = r.data().year().costTypes().orElseThrow();
            assertThat(find(records, "cost_type", "", "net_cost").get("growth"))
                    .isEqualTo(MachineNumbers.text(costTypes.netCostGrowth().orElseThrow()));
            var personnel = r.data().year().personnel().orElseThrow();
            assertThat(find(records, "personnel", "", "sick_leave").get("ytd"))
                    .isEqualTo(MachineNumbers.text(personnel.region().yearToDate().rate().orElseThrow()));
            assertThat(find(records, "personnel", "", "employees").get("ytd"))
                    .isEqualTo(String.valueOf(personnel.region().staff().employees()));

            String without = CsvRenderer.render(ShowOutcome.run(store, MARCH).data().records());
            assertThat(without).doesNotContain(",investment,").doesNotContain(",cost_type,")
                    .doesNotContain(",personnel,");
        }
    }

    private static CSVRecord find(List<CSVRecord> records, String level, String committee, String line) {
        return records.stream().filter(c -> c.get("level").equals(level) && c.get("committee").equals(committee)
                && c.get("line").equals(line)).findFirst().orElseThrow(() -> new AssertionError("no record "
                + level + "/" + committee + "/" + line));
    }
}

package se.balans.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.balans.engine.closing.MonthlyClosing;
import se.balans.engine.plan.Committee;

/** A draft's committees are the closing's committees, with names: one list, never two that disagree. */
class ClosingDraftTest {
    static final MonthlyClosing CLOSING = JooqStoreTest.closing(YearMonth.of(2025, 1), "1.00");

    static ClosingDraft draft(List<Committee> committees) {
        return new ClosingDraft(CLOSING, "Region Västerbotten", committees, "0.1.0", JooqStoreTest.sha('f'), 0,
                List.of(), List.of());
    }

    @Test
    void committeesThatAreNotTheClosingsInReportOrderAreRefused() {
        Committee hsn = new Committee("HSN", "Hälso- och sjukvårdsnämnden", null);
        Committee rs = new Committee("RS", "Regionstyrelsen", null);
        assertThat(draft(List.of(hsn, rs)).committees()).containsExactly(hsn, rs);
        assertThatThrownBy(() -> draft(List.of(rs, hsn))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[RS, HSN]").hasMessageContaining("[HSN, RS]");
        assertThatThrownBy(() -> draft(List.of(hsn))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDraftMadeTheOldWayHasNoOrganisationAndItsCommitteesAreNamedByTheirCodes() {
        ClosingDraft d = new ClosingDraft(CLOSING, "0.1.0", JooqStoreTest.sha('f'), 0, List.of(), List.of());
        assertThat(d.organisation()).isEmpty();
        assertThat(d.committees()).containsExactly(new Committee("HSN", "HSN", "HSN"), new Committee("RS", "RS", "RS"));
    }
}

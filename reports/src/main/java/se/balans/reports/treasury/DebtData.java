package se.balans.reports.treasury;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.balans.engine.money.Money;
import se.balans.engine.policy.LimitCheck;
import se.balans.engine.treasury.Loan;
import se.balans.engine.treasury.LoanEvents;
import se.balans.engine.treasury.PortfolioMetrics;
import se.balans.reports.output.Data;
import se.balans.reports.output.ReportData;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Table;

/**
 * The loan portfolio for programs ({@code balans debt --format csv|json}), as {@link DebtTables}
 * shows it to people: amounts in mnkr, rates and shares as fractions, years ACT/365. The CSV's
 * columns are fixed by the file-format specification.
 *
 * @param borrowingLimit the finance policy's borrowing limit, when a policy is given
 * @param checks         the finance-policy checks of the portfolio (none without a policy)
 * @param events         the loans that matured or were taken up in the as-of date's month
 */
public record DebtData(PortfolioMetrics metrics, Optional<Money> borrowingLimit, List<LimitCheck> checks,
                       LoanEvents events) implements ReportData {

    public DebtData {
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(borrowingLimit, "borrowingLimit");
        checks = List.copyOf(checks);
        Objects.requireNonNull(events, "events");
    }

    /** One record: the portfolio's key figures as of the date. */
    @Override
    public Table records() {
        PortfolioMetrics m = metrics;
        return Table.keyed("debt", "as_of", List.of("total", "average_rate", "average_rate_incl_swaps",
                        "capital_binding_years", "interest_binding_years", "share_maturing_12m", "share_refixing_12m"))
                .keyed(m.asOf().toString(), List.of(Cell.amount(m.totalDebt()), fraction(m.averageRate()),
                        fraction(m.averageRateInclSwaps()), number(m.capitalBindingYears()),
                        number(m.interestBindingYears()), fraction(m.shareMaturing12m()),
                        fraction(m.shareRefixing12m())))
                .build();
    }

    private static Cell fraction(Optional<BigDecimal> v) {
        return v.map(Cell::percent).orElse(Cell.EMPTY);
    }

    private static Cell number(Optional<BigDecimal> v) {
        return v.map(x -> (Cell) new Cell.Number(x, 1)).orElse(Cell.EMPTY);
    }

    /** The key figures, the headroom to the borrowing limit, the maturity profile, the month's events and the limits. */
    @Override
    public Data document() {
        PortfolioMetrics m = metrics;
        return Data.object().text("as_of", m.asOf().toString())
                .text("unit", "mnkr; rates and shares as fractions; years ACT/365")
                .number("loan_count", m.loanCount()).number("swap_count", m.swapCount())
                .amount("total", m.totalDebt())
                .decimal("average_rate", m.averageRate())
                .decimal("average_rate_incl_swaps", m.averageRateInclSwaps())
                .decimal("capital_binding_years", m.capitalBindingYears())
                .decimal("interest_binding_years", m.interestBindingYears())
                .decimal("share_maturing_12m", m.shareMaturing12m())
                .decimal("share_refixing_12m", m.shareRefixing12m())
                .amount("rate_sensitivity_1pp_12m", m.rateSensitivity())
                .putIfPresent("borrowing_limit", borrowingLimit.map(Data::amount))
                .putIfPresent("headroom", borrowingLimit.map(l -> Data.amount(m.headroom(l))))
                .put("maturity_profile", Data.array(m.maturityProfile(),
                        y -> Data.object().number("year", y.year()).amount("amount", y.amount()).build()))
                .put("events", Data.object().text("month", events.month().toString())
                        .put("matured", loans(events.matured())).put("borrowed", loans(events.borrowed()))
                        .amount("refinanced", events.refinanced()).amount("new_borrowing", events.newBorrowing())
                        .amount("repaid", events.repaid()).amount("net_change", events.netChange()).build())
                .put("policy_limits", PolicyLimitData.of(checks))
                .build();
    }

    private static Data loans(List<Loan> loans) {
        return Data.array(loans, l -> Data.object().text("id", l.id()).text("lender", l.lender())
                .amount("amount", l.amount()).text("start_date", l.startDate().toString())
                .text("maturity_date", l.maturityDate().toString()).text("rate_type", l.rateType().code())
                .decimal("rate", l.rate()).build());
    }
}

package se.balans.reports.treasury;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.balans.engine.goal.GoalEvaluation;
import se.balans.engine.goal.GoalStatus;
import se.balans.engine.money.Money;
import se.balans.engine.pension.AssetClass;
import se.balans.engine.pension.AssetClassFigures;
import se.balans.engine.pension.MonthlyReturn;
import se.balans.engine.policy.LimitCheck;
import se.balans.engine.policy.LimitStatus;
import se.balans.engine.treasury.FinancialMonth;
import se.balans.engine.treasury.Loan;
import se.balans.engine.treasury.LoanEvents;
import se.balans.engine.treasury.PortfolioMetrics;
import se.balans.engine.treasury.RateType;
import se.balans.reports.text.Labels;
import se.balans.reports.text.NumberStyle;

/**
 * The financial report's text, one paragraph per part, in the style of the board summaries: "Den
 * totala pensionsmedelsportföljen utvecklades +2,9 % …", "Likvida medel uppgick till 264 miljoner
 * kronor", "Totala lån uppgick per februari till 3 020 miljoner kronor med en genomsnittsränta på
 * 2,82 % …". Every figure in it comes from {@link FinancialMonth}; amounts are in whole millions
 * and returns with one decimal, as the board summaries write them.
 */
public final class FinancialNarrative {
    private final FinancialMonth f;
    private final Labels l;
    private final NumberStyle n;
    private final String monthName;

    private FinancialNarrative(FinancialMonth f, Labels l) {
        this.f = f;
        this.l = l;
        this.n = NumberStyle.of(l.language());
        this.monthName = l.get("month." + f.month().getMonthValue());
    }

    /** The paragraphs: the pension-fund portfolio, cash, the loan portfolio. */
    public static List<String> of(FinancialMonth figures, Labels labels) {
        FinancialNarrative t = new FinancialNarrative(figures, labels);
        List<String> out = new ArrayList<>();
        t.pension().ifPresent(out::add);
        out.add(t.cash());
        out.add(t.debt());
        return out;
    }

    private Optional<String> pension() {
        List<String> s = new ArrayList<>();
        for (AssetClass c : AssetClass.values()) {
            f.returns(c).map(AssetClassFigures::month).ifPresent(m -> s.add(assetClass(c, m)));
        }
        limits(f.allocationChecks(), "fnarr.pension").ifPresent(s::add);
        return s.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", s));
    }

    private String assetClass(AssetClass c, MonthlyReturn m) {
        return l.format("fnarr.pension." + c.code(), pct(m.portfolioReturn()), pct(m.activeReturn()),
                pct(m.benchmarkReturn()), monthName);
    }

    /** "+2,9 %", as the board summaries write a return or an active return. */
    private String pct(BigDecimal fraction) {
        return n.signedPercent(fraction, 1);
    }

    /** Whether every limit is kept; or which are not; nothing without limits. */
    private Optional<String> limits(List<LimitCheck> checks, String prefix) {
        if (checks.isEmpty()) {
            return Optional.empty();
        }
        List<String> outside = checks.stream().filter(c -> c.status() != LimitStatus.WITHIN)
                .map(c -> new LimitCells(l).label(c.limit()).toLowerCase(l.locale())).toList();
        return Optional.of(outside.isEmpty() ? l.get(prefix + ".within")
                : l.format(prefix + ".outside", String.join(", ", outside)));
    }

    private String cash() {
        String s = l.format("fnarr.cash", millions(f.cash().actual().cash()));
        if (f.cash().plannedAtMonthEnd().isPresent()) {
            s += " " + l.format("fnarr.cash_plan", f.month().getYear(), millions(f.cash().plannedClosingCash().get()),
                    millions(f.cash().plannedAtMonthEnd().get()));
        }
        return s;
    }

    private String debt() {
        List<String> s = new ArrayList<>(events(f.events()));
        PortfolioMetrics d = f.debt();
        if (d.totalDebt().isZero()) {
            s.add(l.format("fnarr.debt.no_loans", monthName));
        } else {
            s.add(l.format("fnarr.debt.total", monthName, millions(d.totalDebt()),
                    d.averageRate().map(r -> n.percent(r, 2)).orElse("–"),
                    d.interestBindingYears().map(y -> n.number(y, 1)).orElse("–"),
                    d.capitalBindingYears().map(y -> n.number(y, 1)).orElse("–")));
        }
        limits(f.debtChecks(), "fnarr.debt").ifPresent(s::add);
        if (f.debtGoal().isPresent()) {
            goal(f.debtGoal().get()).ifPresent(s::add);
        } else {
            // Said, not left out: the reader of last year's report looks for the goal here.
            s.add(l.format("fnarr.debt.no_goal", String.valueOf(f.month().getYear())));
        }
        return String.join(" ", s);
    }

    private List<String> events(LoanEvents e) {
        if (e.isEmpty()) {
            return List.of(l.format("fnarr.debt.no_events", monthName));
        }
        List<String> s = new ArrayList<>();
        if (!e.matured().isEmpty()) {
            s.add(l.format("fnarr.debt.matured", monthName, millions(e.maturedTotal())));
        }
        if (!e.borrowed().isEmpty()) {
            s.add(l.format("fnarr.debt.borrowed", millions(e.borrowedTotal()), millions(e.refinanced()),
                    millions(e.newBorrowing())));
            s.add(l.format(e.borrowed().size() == 1 ? "fnarr.debt.new_loan" : "fnarr.debt.new_loans",
                    String.join("; ", e.borrowed().stream().map(this::loan).toList())));
        }
        if (e.repaid().isPositive()) {
            s.add(l.format("fnarr.debt.repaid", millions(e.repaid())));
        }
        return s;
    }

    private String loan(Loan loan) {
        return loan.rateType() == RateType.FLOATING
                ? l.format("fnarr.debt.loan.floating", millions(loan.amount()), n.percent(loan.rate(), 2),
                        loan.maturityDate())
                : l.format("fnarr.debt.loan.fixed", millions(loan.amount()), n.percent(loan.rate(), 2),
                        loan.maturityDate());
    }

    private Optional<String> goal(GoalEvaluation g) {
        if (g.status() == GoalStatus.NOT_EVALUABLE || g.value().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(l.format("fnarr.debt.goal",
                l.get(g.goal().atLeast() ? "goal.comparison.at_least" : "goal.comparison.at_most"),
                n.percent(g.goal().target(), 1), l.get("fnarr.goal." + g.status().name()), n.percent(g.value().get(), 1)));
    }

    private String millions(Money m) {
        return n.mnkr(m, 0);
    }
}

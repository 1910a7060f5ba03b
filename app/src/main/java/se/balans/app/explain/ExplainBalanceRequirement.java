package se.balans.app.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.balans.app.MissingInputException;
import se.balans.engine.balancerequirement.BalanceRequirementLine;
import se.balans.engine.balancerequirement.RestorationSchedule;
import se.balans.engine.balancerequirement.RestorationYear;
import se.balans.engine.money.Money;
import se.balans.engine.statement.StatementKind;
import se.balans.io.history.BalanceRequirementHistory;
import se.balans.reports.explain.Explanation;
import se.balans.reports.text.Labels;
import se.balans.reports.text.NumberStyle;

/**
 * Use case: explain a year's balanskravsresultat and its place in the restoration schedule: each line of the
 * balanskravsutredning with the file line and column it came from, then the restoration rules as
 * applied that year, with the amounts.
 */
public final class ExplainBalanceRequirement {
    private final Labels l;
    private final NumberStyle n;

    public ExplainBalanceRequirement(Labels labels, NumberStyle numbers) {
        this.l = labels;
        this.n = numbers;
    }

    /**
     * @throws MissingInputException when the history has no row for the year
     */
    public Explanation run(java.nio.file.Path historyFile, int year) {
        return run(BalanceRequirementHistory.read(historyFile), year);
    }

    /**
     * @throws MissingInputException when the history has no row for the year
     */
    public Explanation run(BalanceRequirementHistory history, int year) {
        RestorationSchedule schedule = history.schedule();
        RestorationYear y = schedule.year(year).orElseThrow(() -> new MissingInputException(
                history.file() + " has no row for " + year));
        long line = history.lineOfYear().get(year);
        String file = history.file().getFileName().toString();

        List<Explanation> lines = new ArrayList<>();
        for (BalanceRequirementLine bl : BalanceRequirementLine.values()) {
            boolean given = y.input().amounts().containsKey(bl);
            if (!bl.isTotal() && !given) {
                continue;
            }
            String label = l.line(StatementKind.BALANCE_REQUIREMENT, bl);
            Money value = y.input().amount(bl);
            if (bl.isTotal()) {
                lines.add(new Explanation(label, m(value), l.format("explain.bkr.sum", components(bl, y)), "",
                        List.of()));
            } else {
                lines.add(Explanation.leaf(label, m(value), l.format("explain.source.cell", file, line, bl.code())));
            }
        }
        Explanation statement = Explanation.of(l.format("explain.bkr.statement", year), m(y.balanceRequirementResult()),
                l.get("explain.bkr.statement_rule"), lines);

        List<Explanation> restoration = new ArrayList<>();
        restoration.add(Explanation.of(l.get("bkr.opening_unrestored"), m(y.openingUnrestored()), "",
                byOrigin(schedule, year - 1)));
        restoration.add(Explanation.leaf(l.get("bkr.special_reasons"), m(y.specialReasons()),
                y.specialReasons().isZero() ? "" : l.format("explain.source.cell", file, line, "special_reasons")));
        for (Map.Entry<Integer, Money> w : y.waived().entrySet()) {
            restoration.add(Explanation.leaf(l.format("explain.bkr.waived", w.getKey()), m(w.getValue()), ""));
        }
        for (Map.Entry<Integer, Money> r : y.restored().entrySet()) {
            restoration.add(Explanation.leaf(l.format("explain.bkr.restored", r.getKey()), m(r.getValue()), ""));
        }
        restoration.add(Explanation.of(l.get("bkr.closing_unrestored"), m(y.closingUnrestored()), "",
                byOrigin(schedule, year)));
        restoration.add(new Explanation(l.get("bkr.required_result"), m(y.requiredResult()),
                l.get("explain.bkr.required_rule"), "", List.of()));
        restoration.add(Explanation.leaf(l.get("bkr.missed_deadline"), y.missedDeadline()
                ? l.get("bkr.yes") + " (" + String.join(", ", y.missedDeadlines().stream().map(String::valueOf).toList())
                + ")" : l.get("bkr.no"), ""));
        y.reserveCeiling().ifPresent(c -> restoration.add(new Explanation(l.get("bkr.reserve_ceiling"),
                m(c.maxAllocation()), l.format("explain.bkr.ceiling_rule", n.percent(c.rate(), 0), m(c.threshold())),
                "", List.of())));
        Explanation schedulePart = Explanation.of(l.format("explain.bkr.restoration", year), "",
                l.get("explain.bkr.restoration_rule"), restoration);
        return Explanation.of(l.format("explain.bkr.title", year), m(y.balanceRequirementResult()), "",
                List.of(statement, schedulePart));
    }

    private List<Explanation> byOrigin(RestorationSchedule schedule, int year) {
        List<Explanation> out = new ArrayList<>();
        schedule.year(year).ifPresent(y -> y.unrestoredByOrigin().forEach((origin, amount) -> {
            if (!amount.isZero()) {
                out.add(Explanation.leaf(l.format("bkr.from_origin", origin, RestorationSchedule.deadline(origin)),
                        m(amount), ""));
            }
        }));
        return out;
    }

    /** The components the year actually has, without the sign marks the statement prints before them. */
    private String components(BalanceRequirementLine total, RestorationYear y) {
        List<String> names = new ArrayList<>();
        for (var c : total.components()) {
            BalanceRequirementLine line = (BalanceRequirementLine) c;
            if (line.isTotal() || y.input().amounts().containsKey(line)) {
                names.add(l.line(StatementKind.BALANCE_REQUIREMENT, line).replaceFirst("^[−+±] ", ""));
            }
        }
        return String.join(" + ", names);
    }

    private String m(Money amount) {
        return n.mnkrWithUnit(amount);
    }
}

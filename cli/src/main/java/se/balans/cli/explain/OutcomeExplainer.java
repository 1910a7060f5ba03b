package se.balans.cli.explain;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

import se.balans.engine.closing.ForecastBasis;
import se.balans.engine.closing.Measures;
import se.balans.engine.closing.MonthlyClosing;
import se.balans.engine.ledger.LedgerAmount;
import se.balans.engine.ledger.LedgerMapping;
import se.balans.engine.ledger.LedgerMapping.Key;
import se.balans.engine.ledger.PrefixRange;
import se.balans.engine.ledger.RangeMap;
import se.balans.engine.money.Money;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.engine.statement.StatementKind;
import se.balans.engine.statement.StatementLine;
import se.balans.io.closing.ClosingSetup;
import se.balans.io.closing.ClosingSetupReader;
import se.balans.reports.text.Labels;
import se.balans.reports.text.NumberStyle;
import se.balans.store.ConfigFile;
import se.balans.store.ImportInfo;
import se.balans.store.LedgerSnapshot;
import se.balans.store.Store;
import se.balans.store.StoredClosing;

/**
 * Explains a closed month's figure from the store: the closing it comes from, the rule (the line's
 * components), each input line's accounts and committees as booked in the imports the closing read,
 * the budget's periodisation and the forecast's method.
 */
public final class OutcomeExplainer {
    /** Accounts listed per line before the rest are summed as one. */
    private static final int MAX_ACCOUNTS = 12;

    private final Labels l;
    private final NumberStyle n;

    public OutcomeExplainer(Labels labels, NumberStyle numbers) {
        this.l = labels;
        this.n = numbers;
    }

    /** What to explain: some input lines of some committees, summing to a figure of the closing. */
    public record Target(String title, String rule, List<IncomeStatementLine> lines, Predicate<String> committees,
                         java.util.function.Function<MonthlyClosing, Measures> figure) {
    }

    /** A line of the result statement, region-wide; a total is explained through its input lines. */
    public Target line(IncomeStatementLine il) {
        String rule = il.isTotal() ? l.format("explain.outcome.sum", String.join(" + ", il.components().stream()
                .map(x -> l.line(StatementKind.INCOME_STATEMENT, x)).toList())) : "";
        return new Target(l.line(StatementKind.INCOME_STATEMENT, il), rule, il.isTotal() ? leaves(il) : List.of(il),
                k -> true, c -> c.line(il));
    }

    /** Finansnetto: financial income plus financial costs. */
    public Target netFinancialItems() {
        return new Target(l.get("plan.net_financial_items"), l.format("explain.outcome.sum",
                l.line(StatementKind.INCOME_STATEMENT, IncomeStatementLine.FINANCIAL_INCOME) + " + "
                        + l.line(StatementKind.INCOME_STATEMENT, IncomeStatementLine.FINANCIAL_COSTS)),
                List.of(IncomeStatementLine.FINANCIAL_INCOME, IncomeStatementLine.FINANCIAL_COSTS), k -> true,
                MonthlyClosing::netFinancialItems);
    }

    /** A committee's net cost (shown positive). */
    public Target netCost(String committee) {
        return new Target(l.format("explain.outcome.net_cost", committee), l.get("explain.outcome.net_cost_rule"),
                List.of(IncomeStatementLine.OPERATING_REVENUE, IncomeStatementLine.OPERATING_COSTS,
                        IncomeStatementLine.DEPRECIATION), committee::equals, c -> c.committeeNetCost(committee));
    }

    public Explanation explain(Store store, StoredClosing stored, Target target) {
        MonthlyClosing c = stored.closing();
        YearMonth month = c.month();
        Map<String, String> texts = new LinkedHashMap<>();
        stored.config().forEach(f -> texts.put(f.name(), f.content()));
        ClosingSetup setup = ClosingSetupReader.parse(Path.of("closing #" + stored.info().id()), texts);
        LedgerSnapshot ledger = store.ledgerOf(stored.imports().stream().map(StoredClosing.ImportRef::importId).toList(),
                month.getYear(), month);
        Measures figure = target.figure().apply(c);
        Predicate<Key> include = key -> target.lines().contains(key.line()) && target.committees().test(key.committee());
        List<Explanation> parts = new ArrayList<>();
        for (IncomeStatementLine il : target.lines()) {
            parts.add(inputLine(c, il, key -> target.committees().test(key.committee()), setup, ledger));
        }
        parts.add(budget(figure));
        parts.add(forecast(c, figure, include));
        parts.add(sources(stored, ledger.imports()));
        return new Explanation(l.format("explain.outcome.title", target.title(), period(month)), m(figure.ytd()),
                target.rule(), l.format("explain.outcome.closing", stored.info().id(),
                stored.info().closedAt().toLocalDate(), stored.info().closedBy(), stored.info().engineVersion(),
                stored.info().inputsSha256()), parts);
    }

    private String period(YearMonth m) {
        return l.get("month." + m.getMonthValue()) + " " + m.getYear();
    }

    static List<IncomeStatementLine> leaves(IncomeStatementLine total) {
        List<IncomeStatementLine> out = new ArrayList<>();
        for (StatementLine c : total.components()) {
            IncomeStatementLine x = (IncomeStatementLine) c;
            if (x.isTotal()) {
                out.addAll(leaves(x));
            } else {
                out.add(x);
            }
        }
        return out;
    }

    /** An input line to date: by committee, and by account from the ledger the closing read. */
    private Explanation inputLine(MonthlyClosing c, IncomeStatementLine line, Predicate<Key> committees,
                                  ClosingSetup setup, LedgerSnapshot ledger) {
        Money total = Money.ZERO;
        List<Explanation> byCommittee = new ArrayList<>();
        for (String k : c.committees()) {
            Key key = new Key(k, line);
            if (!committees.test(key)) {
                continue;
            }
            Money ytd = c.measures(key).ytd();
            if (!ytd.isZero()) {
                byCommittee.add(Explanation.leaf(k, m(ytd), ""));
                total = total.plus(ytd);
            }
        }
        Map<String, Money> byAccount = new TreeMap<>();
        LedgerMapping mapping = setup.mapping();
        YearMonth month = c.month();
        for (LedgerAmount a : ledger.amounts()) {
            if (a.period().getYear() != month.getYear() || a.period().isAfter(month)) {
                continue;
            }
            Optional<LedgerMapping.AccountTarget> t = mapping.accounts().lookup(a.account());
            Optional<String> k = mapping.costCentres().lookup(a.costCentre());
            if (t.isPresent() && t.get().line().equals(Optional.of(line)) && k.isPresent()
                    && committees.test(new Key(k.get(), line))) {
                byAccount.merge(a.account(), a.amount().negated(), Money::plus);
            }
        }
        List<Explanation> accounts = new ArrayList<>();
        List<Map.Entry<String, Money>> sorted = new ArrayList<>(byAccount.entrySet());
        sorted.sort((x, y) -> y.getValue().abs().compareTo(x.getValue().abs()));
        Money rest = Money.ZERO;
        for (int i = 0; i < sorted.size(); i++) {
            if (i < MAX_ACCOUNTS) {
                accounts.add(Explanation.leaf(l.format("explain.outcome.account", sorted.get(i).getKey()),
                        m(sorted.get(i).getValue()), ""));
            } else {
                rest = rest.plus(sorted.get(i).getValue());
            }
        }
        if (sorted.size() > MAX_ACCOUNTS) {
            accounts.add(Explanation.leaf(l.format("explain.outcome.other_accounts", sorted.size() - MAX_ACCOUNTS),
                    m(rest), ""));
        }
        List<Explanation> parts = new ArrayList<>();
        parts.add(Explanation.of(l.get("explain.outcome.by_committee"), "", "", byCommittee));
        parts.add(Explanation.of(l.get("explain.outcome.by_account"), "", "", accounts));
        return new Explanation(l.line(StatementKind.INCOME_STATEMENT, line), m(total),
                l.format("explain.outcome.mapping", ranges(mapping.accounts(), line)), "", parts);
    }

    private static String ranges(RangeMap<LedgerMapping.AccountTarget> accounts, IncomeStatementLine line) {
        List<String> out = new ArrayList<>();
        for (RangeMap.Entry<LedgerMapping.AccountTarget> e : accounts.entries()) {
            if (e.value().line().equals(Optional.of(line))) {
                PrefixRange r = e.range();
                out.add(r.toString());
            }
        }
        return String.join(", ", out);
    }

    private Explanation budget(Measures figure) {
        return new Explanation(l.get("closing.col.budget_ytd"), m(figure.budgetYtd()),
                l.format("explain.outcome.budget_rule", m(figure.budgetYear())), "", List.of());
    }

    /** The forecast per basis target: year to date, the profile's share so far, and the method. */
    private Explanation forecast(MonthlyClosing c, Measures figure, Predicate<Key> include) {
        Map<String, ForecastBasis> bases = c.basesByTarget();
        Map<String, Money[]> byTarget = new TreeMap<>();
        for (MonthlyClosing.Row r : c.rows()) {
            if (!include.test(r.key())) {
                continue;
            }
            String target = bases.containsKey(r.key().line().code()) ? r.key().line().code() : r.key().committee();
            Money[] acc = byTarget.computeIfAbsent(target, t -> new Money[] {Money.ZERO, Money.ZERO});
            acc[0] = acc[0].plus(r.measures().ytd());
            acc[1] = acc[1].plus(r.measures().forecastYear());
        }
        List<Explanation> parts = new ArrayList<>();
        int month = c.month().getMonthValue();
        byTarget.forEach((target, v) -> {
            ForecastBasis b = bases.get(target);
            String how = b == null ? "" : l.format("explain.outcome.forecast_basis",
                    l.get("closing.method." + b.method().code()), l.get("closing.profile." + b.profile().source().code()),
                    n.number(b.profile().cumulative(month).multiply(BigDecimal.valueOf(100)), 2) + " %", m(v[0]));
            parts.add(new Explanation(target, m(v[1]), how, "", List.of()));
        });
        return Explanation.of(l.get("closing.col.forecast"), m(figure.forecastYear()), "", parts);
    }

    private Explanation sources(StoredClosing stored, List<ImportInfo> imports) {
        List<Explanation> parts = new ArrayList<>();
        for (ImportInfo i : imports) {
            parts.add(Explanation.leaf(l.format("explain.outcome.import", i.id(), i.fileName()), "",
                    "SHA-256 " + i.sha256()));
        }
        for (ConfigFile f : stored.config()) {
            parts.add(Explanation.leaf(f.name(), "", "SHA-256 " + f.sha256()));
        }
        return Explanation.of(l.get("explain.outcome.sources"), "", "", parts);
    }

    private String m(Money amount) {
        return n.mnkrWithUnit(amount);
    }
}

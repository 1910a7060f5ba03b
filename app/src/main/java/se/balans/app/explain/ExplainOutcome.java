package se.balans.app.explain;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import se.balans.app.InvalidRequestException;
import se.balans.app.MissingInputException;
import se.balans.app.closing.StoredClosings;
import se.balans.engine.closing.ClosingFigure;
import se.balans.engine.closing.ForecastBasis;
import se.balans.engine.closing.Measures;
import se.balans.engine.closing.MonthlyClosing;
import se.balans.engine.ledger.LedgerMapping;
import se.balans.engine.ledger.PrefixRange;
import se.balans.engine.ledger.RangeMap;
import se.balans.engine.money.Money;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.engine.statement.StatementKind;
import se.balans.io.closing.ClosingSetup;
import se.balans.reports.explain.Explanation;
import se.balans.reports.text.Labels;
import se.balans.reports.text.Language;
import se.balans.reports.text.NumberStyle;
import se.balans.engine.trace.SourceFile;
import se.balans.store.ImportInfo;
import se.balans.store.LedgerSnapshot;
import se.balans.store.Store;
import se.balans.store.StoredClosing;

/**
 * Use case: explain a closed month's figure from the store — the closing it comes from, the rule (the
 * line's components), each input line by committee and by account as booked in the imports the closing
 * read, the budget's periodisation and the forecast's method. Which rows a figure contains, how an
 * account maps and which forecast basis applies are the engine's rules ({@link ClosingFigure},
 * {@link LedgerMapping#place}, {@link se.balans.engine.closing.ClosingConfig#resolve}), the same the
 * closing itself used.
 */
public final class ExplainOutcome {
    /** Accounts listed per line before the rest are summed as one. */
    private static final int MAX_ACCOUNTS = 12;

    private final Labels l;
    private final NumberStyle n;

    public ExplainOutcome(Labels labels, NumberStyle numbers) {
        this.l = labels;
        this.n = numbers;
    }

    /**
     * The figure a person names: a result line by its code or its name in either language
     * ("Årets resultat", "arets-resultat", "result_for_year"), finansnetto, or nettokostnad with a committee.
     *
     * @throws InvalidRequestException for an unknown name, or a committee given with anything but net cost
     */
    public static ClosingFigure figure(String name, Optional<String> committee) {
        String key = slug(name);
        if (key.equals("nettokostnad") || key.equals("net-cost")) {
            return ClosingFigure.netCost(committee.orElseThrow(() ->
                    new InvalidRequestException("nettokostnad needs --committee CODE")));
        }
        if (committee.isPresent()) {
            throw new InvalidRequestException("--committee goes with nettokostnad (net-cost)");
        }
        if (key.equals("finansnetto") || key.equals("net-financial-items")) {
            return ClosingFigure.netFinancialItems();
        }
        Map<String, IncomeStatementLine> names = new LinkedHashMap<>();
        for (IncomeStatementLine line : IncomeStatementLine.values()) {
            names.put(slug(line.code()), line);
            for (Language language : Language.values()) {
                names.put(slug(Labels.of(language).line(StatementKind.INCOME_STATEMENT, line)), line);
            }
        }
        IncomeStatementLine line = Optional.ofNullable(names.get(key)).orElseThrow(() -> new InvalidRequestException(
                "unknown figure '" + name + "'; use finansnetto, nettokostnad or one of "
                        + String.join(", ", names.keySet())));
        return ClosingFigure.line(line);
    }

    /** "Årets resultat" → "arets-resultat": the names people type. */
    static String slug(String s) {
        String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /**
     * @throws MissingInputException when the month is not closed or the committee not in its closing
     */
    public Explanation run(Store store, YearMonth month, ClosingFigure figure) {
        StoredClosing stored = StoredClosings.require(store, month,
                () -> month + " is not closed; close it with: balans close " + month);
        MonthlyClosing c = stored.closing();
        Optional<String> committee = figure.onlyCommittee();
        if (committee.isPresent() && !c.committees().contains(committee.get())) {
            throw new MissingInputException("no committee " + committee.get() + " in the closing of " + month
                    + "; it has " + String.join(", ", c.committees()));
        }
        ClosingSetup setup = StoredClosings.setup(stored);
        LedgerSnapshot ledger = store.ledgerOf(stored.imports().stream().map(StoredClosing.ImportRef::importId).toList(),
                month.getYear(), month);
        Measures measures = figure.measuresIn(c);
        List<Explanation> parts = new ArrayList<>();
        for (IncomeStatementLine il : figure.inputLines()) {
            parts.add(inputLine(c, il, figure, setup, ledger));
        }
        parts.add(budget(measures));
        parts.add(forecast(c, measures, figure, setup));
        parts.add(sources(stored, ledger.imports()));
        return new Explanation(l.format("explain.outcome.title", title(figure), period(month)), m(measures.ytd()),
                rule(figure), l.format("explain.outcome.closing", stored.info().id(),
                stored.info().closedAt().toLocalDate(), stored.info().closedBy(), stored.info().engineVersion(),
                stored.info().inputsSha256()), parts);
    }

    /** The figure's name and month as a title, e.g. "Verksamhetens resultat, mars 2026". */
    public String title(ClosingFigure figure, YearMonth month) {
        return l.format("explain.outcome.title", title(figure), period(month));
    }

    private String title(ClosingFigure figure) {
        if (figure instanceof ClosingFigure.Line line) {
            return l.line(StatementKind.INCOME_STATEMENT, line.line());
        }
        if (figure instanceof ClosingFigure.NetCost nc) {
            return l.format("explain.outcome.net_cost", nc.committee());
        }
        return l.get("plan.net_financial_items");
    }

    private String rule(ClosingFigure figure) {
        if (figure instanceof ClosingFigure.Line line) {
            IncomeStatementLine il = line.line();
            return il.isTotal() ? l.format("explain.outcome.sum", String.join(" + ", il.components().stream()
                    .map(x -> l.line(StatementKind.INCOME_STATEMENT, x)).toList())) : "";
        }
        if (figure instanceof ClosingFigure.NetCost) {
            return l.get("explain.outcome.net_cost_rule");
        }
        return l.format("explain.outcome.sum", String.join(" + ", figure.inputLines().stream()
                .map(x -> l.line(StatementKind.INCOME_STATEMENT, x)).toList()));
    }

    private String period(YearMonth m) {
        return l.get("month." + m.getMonthValue()) + " " + m.getYear();
    }

    /** An input line to date: by committee, and by account from the ledger the closing read. */
    private Explanation inputLine(MonthlyClosing c, IncomeStatementLine line, ClosingFigure figure,
                                  ClosingSetup setup, LedgerSnapshot ledger) {
        Money total = Money.ZERO;
        List<Explanation> byCommittee = new ArrayList<>();
        for (String k : c.committees()) {
            LedgerMapping.Key key = new LedgerMapping.Key(k, line);
            if (!figure.includesCommittee(k)) {
                continue;
            }
            Money ytd = c.measures(key).ytd();
            if (!ytd.isZero()) {
                byCommittee.add(Explanation.leaf(k, m(ytd), ""));
                total = total.plus(ytd);
            }
        }
        LedgerMapping mapping = setup.mapping();
        Map<String, Money> byAccount = mapping.accountsOf(ledger.amounts(), c.month(),
                key -> key.line() == line && figure.includesCommittee(key.committee()));
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
    private Explanation forecast(MonthlyClosing c, Measures figure, ClosingFigure which, ClosingSetup setup) {
        Map<String, ForecastBasis> bases = c.basesByTarget();
        Map<String, Money[]> byTarget = new TreeMap<>();
        for (MonthlyClosing.Row r : c.rows()) {
            if (!which.contains(r.key())) {
                continue;
            }
            String target = setup.config().resolve(r.key()).target();
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
        for (SourceFile f : stored.config()) {
            parts.add(Explanation.leaf(f.name(), "", "SHA-256 " + f.sha256()));
        }
        return Explanation.of(l.get("explain.outcome.sources"), "", "", parts);
    }

    private String m(Money amount) {
        return n.mnkrWithUnit(amount);
    }
}

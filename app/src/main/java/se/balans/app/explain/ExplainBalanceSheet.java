package se.balans.app.explain;

import java.text.Normalizer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import se.balans.app.MissingInputException;
import se.balans.app.closing.ClosingBalanceSheet;
import se.balans.engine.balancesheet.BalanceSheetPosition;
import se.balans.engine.money.Money;
import se.balans.engine.statement.BalanceSheetLine;
import se.balans.engine.statement.StatementKind;
import se.balans.reports.explain.Explanation;
import se.balans.reports.text.Labels;
import se.balans.reports.text.Language;
import se.balans.reports.text.NumberStyle;
import se.balans.store.Store;
import se.balans.store.StoredClosing;

/**
 * Use case: explain a closing's balance sheet at the month end — each line (or one) with its rule and
 * every account's balance (opening balance plus the year's movements), where the opening balances
 * came from, and the trial balance.
 */
public final class ExplainBalanceSheet {
    private final Labels l;
    private final NumberStyle n;

    public ExplainBalanceSheet(Labels labels, NumberStyle numbers) {
        this.l = labels;
        this.n = numbers;
    }

    /**
     * A line by its code ({@code fixed_assets}) or its name in either language, written with hyphens
     * ({@code anläggningstillgångar}, {@code summa-eget-kapital}).
     *
     * @throws MissingInputException naming the lines there are
     */
    public static BalanceSheetLine line(String name) {
        String wanted = slug(name);
        for (BalanceSheetLine line : BalanceSheetLine.values()) {
            if (slug(line.code()).equals(wanted)) {
                return line;
            }
            for (Language lang : Language.values()) {
                if (slug(Labels.of(lang).line(StatementKind.BALANCE_SHEET, line)).equals(wanted)) {
                    return line;
                }
            }
        }
        List<String> codes = new ArrayList<>();
        for (BalanceSheetLine line : BalanceSheetLine.values()) {
            codes.add(line.code());
        }
        throw new MissingInputException("no balance-sheet line \"" + name + "\"; expected one of " + String.join(", ", codes));
    }

    private static String slug(String s) {
        String lower = s.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return Normalizer.normalize(lower, Normalizer.Form.NFC);
    }

    /**
     * @throws MissingInputException when the month is not closed or its closing has no balance sheet
     */
    public Explanation run(Store store, YearMonth month, Optional<BalanceSheetLine> only) {
        StoredClosing stored = store.closing(month).orElseThrow(() -> new MissingInputException(month
                + " is not closed (balans close " + month + ")"));
        ClosingBalanceSheet.Result r = ClosingBalanceSheet.of(store, stored, Optional.empty(), Optional.empty());
        BalanceSheetPosition p = r.balanceSheet().orElseThrow(() -> new MissingInputException(r.missing().orElseThrow()))
                .position();
        List<Explanation> parts = new ArrayList<>();
        for (BalanceSheetLine line : BalanceSheetLine.values()) {
            if (only.isPresent() && only.get() != line || line == BalanceSheetLine.CONTINGENT_PENSION_LIABILITY) {
                continue;
            }
            parts.add(line(p, line));
        }
        if (only.isEmpty()) {
            parts.add(Explanation.leaf(l.get("bs.cash"), m(p.cash()), l.get("explain.bs.cash_rule")));
            parts.add(Explanation.of(l.get("explain.bs.trial_balance"), m(p.trialBalanceDifference()),
                    l.get("explain.bs.trial_balance_rule"), List.of()));
        }
        String opening = l.get(p.opening() == BalanceSheetPosition.Opening.FILE ? "explain.bs.opening_file"
                : "explain.bs.opening_rolled");
        return new Explanation(l.format("explain.bs.title", p.month().atEndOfMonth()), "", l.get("explain.bs.rule"),
                l.format("explain.outcome.closing", stored.info().id(), stored.info().closedAt(), stored.info().closedBy(),
                        stored.info().engineVersion(), stored.info().inputsSha256()) + "; " + opening, parts);
    }

    private Explanation line(BalanceSheetPosition p, BalanceSheetLine line) {
        String label = l.line(StatementKind.BALANCE_SHEET, line);
        if (line.isTotal()) {
            List<String> components = line.components().stream().map(c -> l.line(StatementKind.BALANCE_SHEET, c)).toList();
            return Explanation.of(label, m(p.value(line)), l.format("explain.bkr.sum", String.join(", ", components)),
                    List.of());
        }
        List<Explanation> accounts = new ArrayList<>();
        for (Map.Entry<String, Money> a : p.accounts().getOrDefault(line, Map.of()).entrySet()) {
            accounts.add(Explanation.leaf(l.format("explain.outcome.account", a.getKey()), m(a.getValue()), ""));
        }
        String rule = switch (line) {
            case RESULT_FOR_YEAR -> l.get("explain.bs.result_rule");
            case INTEREST_BEARING_DEBT -> l.get("explain.bs.debt_rule");
            default -> l.format("explain.bs.line_rule", line.code());
        };
        return Explanation.of(label, m(p.value(line)), rule, accounts);
    }

    private String m(Money amount) {
        return n.kronor(amount);
    }
}

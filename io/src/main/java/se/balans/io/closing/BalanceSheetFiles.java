package se.balans.io.closing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import se.balans.engine.balancesheet.BalanceSheetMapping;
import se.balans.engine.balancesheet.BalanceSheetMapping.Memo;
import se.balans.engine.balancesheet.BalanceSheetMapping.Target;
import se.balans.engine.balancesheet.PensionCommitment;
import se.balans.engine.ledger.PrefixRange;
import se.balans.engine.ledger.RangeMap;
import se.balans.engine.statement.BalanceSheetLine;
import se.balans.io.csv.CsvTable;

/**
 * The closing configuration's two balance-sheet files, both optional: without the mapping a closing
 * has no balance sheet and the reports say so; without the pension statement soliditet including the
 * pension commitments is not given.
 */
public final class BalanceSheetFiles {
    /**
     * {@code from,to,line}: account ranges (as in the account mapping) to a balance-sheet line
     * ({@code fixed_assets}, {@code current_assets}, {@code opening_equity}, {@code pension_provisions},
     * {@code other_provisions}, {@code long_term_liabilities}, {@code current_liabilities}), to
     * {@code result} (closing-entry accounts of the year's result), or to a memo line ({@code cash},
     * {@code interest_bearing_debt}) that picks accounts out of the line they are on.
     */
    public static final String MAPPING = "balance-sheet-mapping.csv";
    /**
     * {@code date,contingent_liability[,kind][,source]}: the pension administrator's statement of the
     * ansvarsförbindelse including särskild löneskatt, mnkr, per year or quarter end; kind
     * {@code outcome} (default) or {@code forecast}.
     */
    public static final String PENSIONS = "pension-liability.csv";

    private static final Set<String> SOURCE = Set.of("source", "description");

    private BalanceSheetFiles() {
    }

    /** The balance-sheet mapping from its file's text, as a closing stored it. */
    public static BalanceSheetMapping mapping(Path file, String text) {
        CsvTable t = ClosingSetupReader.withinRangeLimit(CsvTable.parse(file, text, Set.of("from", "to", "line"), SOURCE));
        List<RangeMap.Entry<Target>> lines = new ArrayList<>();
        List<RangeMap.Entry<Memo>> memos = new ArrayList<>();
        Map<RangeMap.Entry<?>, CsvTable.Row> rows = new IdentityHashMap<>();
        Set<String> codes = new TreeSet<>();
        BalanceSheetMapping.ACCOUNT_LINES.forEach(l -> codes.add(l.code()));
        codes.add("result");
        for (Memo m : Memo.values()) {
            codes.add(m.code());
        }
        for (CsvTable.Row r : t.rows()) {
            PrefixRange range = ClosingSetupReader.range(r, "from", "to");
            String code = r.text("line");
            Optional<Memo> memo = Memo.ofCode(code);
            if (memo.isPresent()) {
                RangeMap.Entry<Memo> e = new RangeMap.Entry<>(range, memo.get());
                memos.add(e);
                rows.put(e, r);
                continue;
            }
            Target target;
            if (code.equals("result")) {
                target = Target.result();
            } else {
                BalanceSheetLine line = BalanceSheetMapping.ACCOUNT_LINES.stream().filter(l -> l.code().equals(code))
                        .findFirst().orElseThrow(() -> r.error("line", "unknown balance-sheet line \"" + code
                                + "\"; expected one of " + String.join(", ", codes)));
                target = Target.of(line);
            }
            RangeMap.Entry<Target> e = new RangeMap.Entry<>(range, target);
            lines.add(e);
            rows.put(e, r);
        }
        RangeMap<Target> accounts = ClosingSetupReader.rangeMap(lines, rows, "from");
        RangeMap<Memo> memoMap = ClosingSetupReader.rangeMap(memos, rows, "from");
        for (RangeMap.Entry<Memo> e : memoMap.entries()) {
            // A memo picks accounts out of a line; an account on none would be counted nowhere else.
            if (accounts.lookup(e.range().from()).flatMap(Target::line).isEmpty()) {
                throw rows.get(e).error("from", "the " + e.value().code() + " accounts from " + e.range().from()
                        + " are on no balance-sheet line; map them to one first (a memo line picks accounts out of one)");
            }
        }
        return new BalanceSheetMapping(accounts, memoMap);
    }

    /** The pension-liability statements from their file's text. */
    public static List<PensionCommitment> pensions(Path file, String text) {
        CsvTable t = CsvTable.parse(file, text, Set.of("date", "contingent_liability"), Set.of("kind", "source"));
        List<PensionCommitment> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (CsvTable.Row r : t.rows()) {
            String kind = r.optionalText("kind").orElse("outcome");
            if (!kind.equals("outcome") && !kind.equals("forecast")) {
                throw r.error("kind", "expected outcome or forecast, not \"" + kind + "\"");
            }
            java.time.LocalDate date = r.date("date");
            if (!seen.add(date + kind)) {
                throw r.error("date", "the " + kind + " for " + date + " is given twice");
            }
            out.add(r.check("contingent_liability", () -> new PensionCommitment(date, r.mnkr("contingent_liability"),
                    kind.equals("forecast"), r.optionalText("source").orElse(""))));
        }
        return out;
    }
}

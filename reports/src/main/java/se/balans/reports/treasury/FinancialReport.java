package se.balans.reports.treasury;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import se.balans.engine.money.Money;
import se.balans.engine.pension.AssetClass;
import se.balans.engine.pension.AssetClassFigures;
import se.balans.engine.pension.IndexPoint;
import se.balans.engine.treasury.FinancialMonth;
import se.balans.engine.treasury.MaturityYear;
import se.balans.engine.treasury.PortfolioMetrics;
import se.balans.reports.chart.Chart;
import se.balans.reports.document.DocumentMetadata;
import se.balans.reports.document.ReportDocument;
import se.balans.reports.document.Section;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Table;
import se.balans.reports.text.Labels;
import se.balans.reports.text.Language;

/**
 * The financial report (finansrapport) of a month as a document: a summary in words with the key
 * figures; the pension-fund portfolio against its benchmark (returns, allocation and limits, the
 * cumulative index chart); cash against the plan; and the loan portfolio (summary, the finance
 * policy's limits, the plan's debt goal, the month's loan events and the maturity profile).
 *
 * <p>The tables are those of {@code balans debt} and {@code balans pension} ({@link DebtTables},
 * {@link PensionTables}, {@link LiquidityTables}), so the terminal and the board's document never
 * disagree. Every figure comes from the engine; this class chooses what goes where.
 */
public final class FinancialReport {
    private final FinancialMonth f;
    private final Labels labels;
    private final Optional<LedgerReconciliation> ledger;

    private FinancialReport(FinancialMonth figures, Language language, Optional<LedgerReconciliation> ledger) {
        this.f = figures;
        this.labels = Labels.of(language);
        this.ledger = ledger;
    }

    /**
     * @param region the region, as its plan names it
     * @param metadata the fingerprint of the input files and the month end as the document's date
     */
    public static ReportDocument build(FinancialMonth figures, String region, Language language,
                                       DocumentMetadata metadata) {
        return new FinancialReport(figures, language, Optional.empty()).document(region, language, metadata);
    }

    /**
     * The report with the month's closing beside the treasury's files: the ledger's debt and cash
     * reconciled with the loan register and the cash file.
     */
    public static ReportDocument build(FinancialMonth figures, String region, Language language,
                                       DocumentMetadata metadata, LedgerReconciliation ledger) {
        return new FinancialReport(figures, language, Optional.of(ledger)).document(region, language, metadata);
    }

    /** Debt and cash in the ledger (the month's closing) against the loan register and the cash file. */
    private Table reconciliation(LedgerReconciliation r) {
        Table.Builder b = Table.builder(labels.format("report.financial.reconciliation.title",
                        labels.get("month." + f.month().getMonthValue()), f.month().getYear(),
                        r.closingId().orElseThrow()), labels.get("label.mnkr"),
                List.of(labels.get("bs.reconciliation.col.ledger"), labels.get("report.financial.reconciliation.col.treasury"),
                        labels.get("bs.reconciliation.col.difference")));
        Money debt = r.debt().orElseThrow();
        Money register = f.debt().totalDebt();
        b.row(labels.get("report.financial.reconciliation.debt"), List.of(Cell.amount(debt), Cell.amount(register),
                Cell.amount(debt.minus(register))));
        Money cash = r.cash().orElseThrow();
        Money file = f.cash().actual().cash();
        b.row(labels.get("report.financial.reconciliation.cash"), List.of(Cell.amount(cash), Cell.amount(file),
                Cell.amount(cash.minus(file))));
        return b.note(labels.get("report.financial.reconciliation.note")).build();
    }

    private List<String> reconciliationText() {
        if (ledger.isEmpty()) {
            return List.of();
        }
        LedgerReconciliation r = ledger.get();
        if (r.missing().isPresent()) {
            return List.of(labels.format("report.financial.reconciliation.missing", r.missing().get()));
        }
        boolean debtAgrees = r.debt().get().equals(f.debt().totalDebt());
        boolean cashAgrees = r.cash().get().equals(f.cash().actual().cash());
        return List.of(debtAgrees && cashAgrees ? labels.get("report.financial.reconciliation.agrees")
                : labels.get("report.financial.reconciliation.differs"));
    }

    private ReportDocument document(String region, Language language, DocumentMetadata metadata) {
        List<Section> sections = new ArrayList<>();
        List<String> summary = new ArrayList<>(FinancialNarrative.of(f, labels));
        summary.addAll(reconciliationText());
        List<Table> summaryTables = new ArrayList<>(List.of(keyFigures()));
        ledger.filter(r -> r.missing().isEmpty()).ifPresent(r -> summaryTables.add(reconciliation(r)));
        sections.add(section("summary", summary, summaryTables, List.of()));
        PensionTables pension = new PensionTables(labels);
        List<Table> pensionTables = new ArrayList<>(List.of(pension.returns(f.month(), f.returns())));
        if (!f.allocation().marketValues().isEmpty()) {
            pensionTables.add(pension.allocation(f.allocation(), f.allocationChecks()));
        }
        sections.add(section("pension", List.of(), pensionTables, indexChart()));
        sections.add(section("cash", List.of(), List.of(new LiquidityTables(labels).cashVsPlan(f.cash())), List.of()));
        DebtTables debt = new DebtTables(labels);
        List<Table> debtTables = new ArrayList<>(List.of(debt.summary(f.debt(), f.borrowingLimit())));
        if (!f.debtChecks().isEmpty()) {
            debtTables.add(debt.policyLimits(f.asOf(), f.debtChecks()));
        }
        f.debtGoal().ifPresent(g -> debtTables.add(debt.debtGoal(f.asOf(), g)));
        debtTables.add(debt.events(f.events()));
        debtTables.add(debt.maturityProfile(f.debt()));
        sections.add(section("debt", List.of(), debtTables, maturityChart()));
        return new ReportDocument(labels.format("report.financial.title", TreasuryDates.month(f.month(), labels)),
                region, labels.format("report.financial.period", f.asOf()), language, metadata, sections);
    }

    private Section section(String key, List<String> paragraphs, List<Table> tables, List<Chart> charts) {
        String title = labels.get("report.financial.section." + key);
        String sheetKey = "report.financial.sheet." + key;
        return new Section(title, labels.has(sheetKey) ? labels.get(sheetKey) : title, paragraphs, tables, charts);
    }

    /** The figures the board looks for first, each in its own unit, as numbers a reader can use. */
    private Table keyFigures() {
        Table.Builder b = Table.builder(labels.format("report.financial.key.title", f.asOf()), "",
                List.of(labels.get("treasury.value")));
        f.returns(AssetClass.TOTAL).map(AssetClassFigures::month).ifPresent(m -> {
            b.row(labels.get("report.financial.key.pension_return"), List.of(Cell.percent(m.portfolioReturn())));
            b.row(labels.get("report.financial.key.pension_benchmark"), List.of(Cell.percent(m.benchmarkReturn())));
            b.row(labels.get("report.financial.key.pension_active"), List.of(Cell.percent(m.activeReturn())));
        });
        if (!f.allocation().marketValues().isEmpty()) {
            b.row(labels.get("report.financial.key.pension_value"), List.of(Cell.amount(f.allocation().total())));
        }
        b.row(labels.get("report.financial.key.cash"), List.of(Cell.amount(f.cash().actual().cash())));
        PortfolioMetrics d = f.debt();
        b.row(labels.get("debt.total"), List.of(Cell.amount(d.totalDebt())));
        b.row(labels.get("debt.average_rate"), List.of(d.averageRate()
                .map(r -> (Cell) new Cell.Percent(r, 2)).orElse(Cell.EMPTY)));
        b.row(labels.get("debt.interest_binding"), List.of(d.interestBindingYears()
                .map(y -> (Cell) new Cell.Number(y, 1)).orElse(Cell.EMPTY)));
        b.row(labels.get("debt.capital_binding"), List.of(d.capitalBindingYears()
                .map(y -> (Cell) new Cell.Number(y, 1)).orElse(Cell.EMPTY)));
        f.borrowingLimit().ifPresent(limit -> b.row(labels.get("debt.headroom"), List.of(Cell.amount(d.headroom(limit)))));
        f.debtGoal().flatMap(g -> g.value()).ifPresent(v -> b.row(labels.get("plan.debt_share"), List.of(Cell.percent(v))));
        return b.build();
    }

    /** The total portfolio against its benchmark as indices, 100 at the end of the month before the window. */
    private List<Chart> indexChart() {
        List<IndexPoint> points = f.index();
        if (points.size() < 2) {
            return List.of();
        }
        IndexPoint base = points.get(0);
        List<String> months = points.stream().map(p -> labels.get("month.short." + p.month().getMonthValue()) + " "
                + p.month().getYear()).toList();
        return List.of(Chart.line(labels.format("report.financial.chart.index",
                        TreasuryDates.month(base.month(), labels)), "", labels.get("label.index"), months, List.of(
                        new Chart.Series(labels.get("report.financial.chart.portfolio"),
                                points.stream().map(IndexPoint::portfolio).toList()),
                        new Chart.Series(labels.get("report.financial.chart.benchmark"),
                                points.stream().map(IndexPoint::benchmark).toList()))));
    }

    /**
     * Förfallostruktur: the debt maturing each year, every year from the first to the last on the
     * axis (a year without maturities is a gap in the profile, which the reader should see).
     */
    private List<Chart> maturityChart() {
        List<MaturityYear> profile = f.debt().maturityProfile();
        if (profile.isEmpty()) {
            return List.of();
        }
        Map<Integer, Money> byYear = new TreeMap<>();
        profile.forEach(y -> byYear.put(y.year(), y.amount()));
        List<Integer> years = IntStream.rangeClosed(profile.get(0).year(), profile.get(profile.size() - 1).year())
                .boxed().toList();
        return List.of(Chart.bar(labels.format("report.financial.chart.maturity", f.asOf()), labels.get("label.year"),
                labels.get("label.mnkr"), years.stream().map(String::valueOf).toList(),
                List.of(new Chart.Series(labels.get("debt.maturity.amount"),
                        years.stream().map(y -> byYear.getOrDefault(y, Money.ZERO).toMnkr()).toList()))));
    }
}

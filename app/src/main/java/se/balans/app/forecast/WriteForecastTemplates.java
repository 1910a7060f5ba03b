package se.balans.app.forecast;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.balans.app.MissingInputException;
import se.balans.app.closing.Staleness;
import se.balans.engine.closing.ForecastBasis;
import se.balans.engine.closing.Measures;
import se.balans.engine.closing.MonthlyClosing;
import se.balans.engine.ledger.LedgerMapping.Key;
import se.balans.engine.money.Money;
import se.balans.engine.organisation.Organisation;
import se.balans.engine.plan.Committee;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.reports.closing.ClosingTables;
import se.balans.reports.forecast.ForecastTemplate;
import se.balans.reports.forecast.ForecastTemplateWriter;
import se.balans.reports.text.Labels;
import se.balans.reports.text.Language;
import se.balans.store.Store;
import se.balans.store.StoredClosing;

/**
 * Use case: write the forecast templates (prognosmallar) of a round, one workbook per committee, from
 * the round's closing — which must be current, so that a template never starts from figures the ledger
 * no longer gives — and record them in the audit log.
 */
public final class WriteForecastTemplates {
    /** The lines a committee's template shows, as the committee's net cost is made of them. */
    static final List<IncomeStatementLine> LINES = List.of(IncomeStatementLine.OPERATING_REVENUE,
            IncomeStatementLine.OPERATING_COSTS, IncomeStatementLine.DEPRECIATION);

    private WriteForecastTemplates() {
    }

    /**
     * @param month    the closed month the round starts from
     * @param folder   where the workbooks go, {@code prognosmall-YYYY-MM-CODE.xlsx}
     */
    public record Request(YearMonth month, Language language, Path folder) {
        public Request {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(folder, "folder");
        }
    }

    /** The file name of a committee's template. */
    public static String fileName(YearMonth month, String committee) {
        return "prognosmall-" + month + "-" + committee + ".xlsx";
    }

    /**
     * @return the written paths, in committee order
     * @throws MissingInputException when the month is not closed or the store is bound to no organisation
     */
    public static List<Path> run(Store store, Request request) {
        YearMonth month = request.month();
        StoredClosing stored = store.closing(month).orElseThrow(() -> new MissingInputException(month
                + " is not closed: close it first (balans close " + month + "); a round starts from its closing"));
        Staleness.requireCurrent(store, stored);
        Organisation organisation = store.organisation().orElseThrow(() -> new MissingInputException(
                "the store belongs to no organisation yet: import the ledger from the workspace first"));
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(request.folder());
            for (Committee c : stored.committees()) {
                Path file = request.folder().resolve(fileName(month, c.code()));
                try (OutputStream out = Files.newOutputStream(file)) {
                    new ForecastTemplateWriter().write(template(stored, organisation, c, request.language()),
                            request.language(), out);
                }
                written.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        store.audit("forecast-template", month.toString(), written.size() + " templates from closing #"
                + stored.info().id() + " in " + request.folder().toAbsolutePath());
        return written;
    }

    /** A committee's template: its lines and net cost from the closing, the proposal's method and error. */
    static ForecastTemplate template(StoredClosing stored, Organisation organisation, Committee committee,
                                     Language language) {
        MonthlyClosing closing = stored.closing();
        List<ForecastTemplate.Figures> lines = new ArrayList<>();
        for (IncomeStatementLine line : LINES) {
            Measures m = closing.rows().stream().filter(r -> r.key().equals(new Key(committee.code(), line)))
                    .map(MonthlyClosing.Row::measures).findFirst().orElse(Measures.ZERO);
            lines.add(figures(line, m));
        }
        Measures net = closing.committeeNetCost(committee.code());
        Labels labels = Labels.of(language);
        Optional<ForecastBasis> basis = Optional.ofNullable(closing.basesByTarget().get(committee.code()));
        String method = basis.map(b -> ClosingTables.method(b, labels) + " (" + ClosingTables.profile(b, labels) + ")")
                .orElse("");
        Optional<Money> error = closing.backtest().map(b -> Money.ofSek(java.math.BigDecimal.valueOf(
                b.operatingResultStatistics().meanAbsoluteError()).setScale(2, java.math.RoundingMode.HALF_EVEN)));
        return new ForecastTemplate(organisation, committee, closing.month(), stored.info().id(),
                stored.info().inputsSha256(), stored.info().closedAt().toInstant(), net.budgetYear(), lines,
                figures(IncomeStatementLine.NET_OPERATING_COST, net.negated()), method, error);
    }

    private static ForecastTemplate.Figures figures(IncomeStatementLine line, Measures m) {
        return new ForecastTemplate.Figures(line, m.ytd(), m.budgetYtd(), m.ytdLastYear(), m.budgetYear(),
                m.forecastYear());
    }
}

package se.balans.app.forecast;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.balans.app.MissingInputException;
import se.balans.app.report.TreasuryFiles;
import se.balans.engine.forecast.CentralItem;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.engine.treasury.FinancialMonth;
import se.balans.engine.treasury.LoanInterestForecast;
import se.balans.io.forecast.CentralForecastFile;
import se.balans.io.treasury.LoanRegister;
import se.balans.reports.text.Labels;
import se.balans.reports.text.NumberStyle;

/**
 * The finance unit's central items of the rounds as a forecast uses them: the file's figures as given, and the
 * loans' interest computed where the file asks for it ({@link LoanInterestForecast}, from the loan register of
 * the round's month end in the treasury folder), with how it was computed as its source.
 */
public final class CentralItems {
    private CentralItems() {
    }

    /**
     * @param file     {@code central-forecast.csv}
     * @param treasury the treasury folder with the loan registers ({@code loans-YYYY-MM-DD.csv})
     * @param labels   the language the computed items' sources are written in
     * @throws MissingInputException when the loans' interest is to be computed and there is no register of the
     *                               round's month end
     */
    public static List<CentralItem> read(Path file, Optional<Path> treasury, Labels labels) {
        List<CentralItem> out = new ArrayList<>();
        for (CentralForecastFile.Entry e : CentralForecastFile.read(file)) {
            e.item().ifPresent(out::add);
            e.computed().ifPresent(c -> out.add(loanInterest(c, e.where(), treasury, labels)));
        }
        return out;
    }

    /** The workspace's central items, or none when it has no {@code central-forecast.csv}. */
    public static List<CentralItem> ofWorkspace(Path closingConfig, Optional<Path> treasury, Labels labels) {
        Path file = closingConfig.resolve(CentralForecastFile.NAME);
        return Files.isRegularFile(file) ? read(file, treasury, labels) : List.of();
    }

    private static CentralItem loanInterest(CentralForecastFile.Computed c, String where, Optional<Path> treasury,
                                            Labels labels) {
        LocalDate asOf = FinancialMonth.asOf(c.round());
        Path register = treasury.map(t -> TreasuryFiles.register(t, asOf)).filter(Files::isRegularFile)
                .orElseThrow(() -> new MissingInputException(where + ": the loans' interest of the round "
                        + c.round() + " is to be computed from the loan register as of " + asOf + ", but there is no "
                        + treasury.map(t -> TreasuryFiles.register(t, asOf).toString())
                                .orElse("treasury folder") + "; give the amount, or the register"));
        LoanRegister loans = LoanRegister.read(register);
        LoanInterestForecast f = LoanInterestForecast.of(loans.portfolio(), asOf, c.round().getYear());
        NumberStyle n = NumberStyle.of(labels.language());
        List<String> assumptions = new ArrayList<>();
        for (LoanInterestForecast.Assumption a : f.assumptions()) {
            if (a instanceof LoanInterestForecast.FloatingAtCurrentRate) {
                assumptions.add(labels.get("forecast.interest.floating"));
            } else if (a instanceof LoanInterestForecast.Refinancing r) {
                assumptions.add(labels.format("forecast.interest.refinancing", r.loan(), r.maturity(),
                        n.number(r.rate().movePointRight(2), 2)) + r.rateSource().map(s -> " "
                        + labels.format("forecast.interest.refinancing_from", s)).orElse(""));
            } else if (a instanceof LoanInterestForecast.SwapsProRata s) {
                assumptions.add(labels.format("forecast.interest.swaps", String.join(", ", s.swaps())));
            }
        }
        long loanCount = f.lines().stream().filter(l -> l.kind() == LoanInterestForecast.Kind.LOAN).count();
        long swapCount = f.lines().stream().filter(l -> l.kind() == LoanInterestForecast.Kind.SWAP).count();
        String note = labels.format(swapCount == 0 ? "forecast.interest.note_no_swaps" : "forecast.interest.note", asOf,
                loanCount, swapCount, n.mnkr(f.total(), 1), n.mnkr(f.accrued(), 1), String.join("; ", assumptions));
        String source = c.source().isBlank() ? labels.format("forecast.interest.source", asOf) : c.source();
        return new CentralItem(c.round(), IncomeStatementLine.FINANCIAL_COSTS, CentralItem.LOAN_INTEREST,
                f.total().negated(), source, note);
    }
}

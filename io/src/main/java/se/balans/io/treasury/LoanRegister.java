package se.balans.io.treasury;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import se.balans.engine.InvalidInputException;
import se.balans.engine.money.Money;
import se.balans.engine.money.Ratios;
import se.balans.engine.treasury.InterestRateSwap;
import se.balans.engine.treasury.InvalidInstrumentException;
import se.balans.engine.treasury.Loan;
import se.balans.engine.treasury.LoanPortfolio;
import se.balans.engine.treasury.PortfolioMetrics;
import se.balans.engine.treasury.RateType;
import se.balans.io.InputFileException;
import se.balans.io.csv.CsvTable;

/**
 * The loan file (lånefil): one row per loan or swap, matured ones included, read into a
 * {@link LoanPortfolio}.
 *
 * <p>Columns {@code id,lender,amount,start_date,maturity_date,rate_type,rate,next_fixing_date},
 * optionally {@code source}. Amounts in mnkr; rates in percent (2.85 for 2.85 %); dates ISO.
 * {@code rate_type} is {@code fixed}, {@code floating} (which needs {@code next_fixing_date}) or
 * {@code swap} (a pay-fixed swap: {@code amount} is the notional, {@code rate} the fixed rate paid,
 * {@code lender} the counterparty, no fixing date).
 *
 * @param lineOfId the line each instrument is on, to point at it when a rule fails later
 */
public record LoanRegister(Path file, LoanPortfolio portfolio, Map<String, Long> lineOfId) {

    public static final List<String> COLUMNS = List.of("id", "lender", "amount", "start_date", "maturity_date",
            "rate_type", "rate", "next_fixing_date");

    public LoanRegister {
        lineOfId = Map.copyOf(lineOfId);
    }

    public static LoanRegister read(Path file) {
        CsvTable t = CsvTable.read(file, new LinkedHashSet<>(COLUMNS), Set.of("source"));
        List<Loan> loans = new ArrayList<>();
        List<InterestRateSwap> swaps = new ArrayList<>();
        Map<String, Long> lines = new LinkedHashMap<>();
        for (CsvTable.Row r : t.rows()) {
            String id = r.text("id");
            Long previous = lines.putIfAbsent(id, r.line());
            if (previous != null) {
                throw r.error("id", id + " appears twice (also on line " + previous + ")");
            }
            try {
                instrument(r, id, loans, swaps);
            } catch (InvalidInputException e) {
                throw r.error(e.field(), e.getMessage());
            }
        }
        return new LoanRegister(file, new LoanPortfolio(loans, swaps), lines);
    }

    private static void instrument(CsvTable.Row r, String id, List<Loan> loans, List<InterestRateSwap> swaps) {
        String lender = r.text("lender");
        Money amount = r.mnkr("amount");
        LocalDate start = r.date("start_date");
        LocalDate maturity = r.date("maturity_date");
        String type = r.text("rate_type");
        BigDecimal rate = Ratios.fromPercent(r.number("rate"));
        Optional<LocalDate> nextFixing = r.optionalDate("next_fixing_date");
        switch (type) {
            case "fixed" -> loans.add(new Loan(id, lender, amount, start, maturity, RateType.FIXED, rate, nextFixing));
            case "floating" -> loans.add(new Loan(id, lender, amount, start, maturity, RateType.FLOATING, rate,
                    nextFixing));
            case "swap" -> {
                if (nextFixing.isPresent()) {
                    throw r.error("next_fixing_date", id + ": a swap's floating leg follows the floating loans it "
                            + "hedges; leave next_fixing_date empty");
                }
                swaps.add(new InterestRateSwap(id, lender, amount, start, maturity, rate));
            }
            default -> throw r.error("rate_type", "unknown rate type \"" + type + "\"; expected fixed, floating or swap");
        }
    }

    /**
     * The portfolio's figures as of a date; a rule that fails only then (a fixing date already
     * passed, swaps beyond the floating debt) is reported against this file and, where it concerns
     * one instrument, its line.
     */
    public PortfolioMetrics metrics(LocalDate asOf) {
        try {
            return portfolio.metrics(asOf);
        } catch (InvalidInstrumentException e) {
            throw new InputFileException(file, lineOfId.get(e.instrument()), e.field(), e.getMessage(), e);
        } catch (InvalidInputException e) {
            throw new InputFileException(file, null, e.field(), e.getMessage(), e);
        }
    }
}

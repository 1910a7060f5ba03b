package se.balans.reports.forecast;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import se.balans.engine.money.Money;
import se.balans.engine.organisation.Organisation;
import se.balans.engine.plan.Committee;
import se.balans.engine.statement.IncomeStatementLine;

/**
 * What a forecast template (prognosmall) shows a committee and carries back: whose it is, which
 * closing it starts from, the committee's figures so far and the mechanical proposal for the year.
 * The committee answers in the template with its own deviation from the frame; this record holds
 * only what Balans puts in, never what the committee fills in.
 *
 * <p>The closing's id and inputs fingerprint travel with the template so that a filled-in template
 * can be matched to the closing it was made from, and refused as stale (inaktuell) once that closing
 * has been replaced.
 *
 * @param organisation       the region (name and organisationsnummer)
 * @param committee          the committee (nämnden) the template is for
 * @param month              the closed month the round starts from (prognos efter mars: 2027-03)
 * @param closingId          the id of the closing (månadsbokslutet) the figures come from
 * @param closingFingerprint that closing's inputs fingerprint, 64 lower-case hex digits (SHA-256)
 * @param closedAt           when that closing was made: the workbook's creation time, so that one closing
 *                           gives the same template bytes however often it is written
 * @param frame              the committee's annual frame (årsram), its net cost for the year as decided
 * @param lines              the committee's figures per result line, in the order shown
 * @param netCost            the net-cost total row (verksamhetens nettokostnader)
 * @param method             how the mechanical proposal was made, as text ("Säsong: utfall ÷ andel")
 * @param backtestError      the proposal method's mean absolute error in back-testing, when there is one
 */
public record ForecastTemplate(Organisation organisation, Committee committee, YearMonth month, long closingId,
                               String closingFingerprint, Instant closedAt, Money frame, List<Figures> lines, Figures netCost,
                               String method, Optional<Money> backtestError) {

    /** The version of the template's layout; the reader refuses other versions. */
    public static final String VERSION = "1";

    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    /**
     * One row of the figures table, signed as the result statement prints it (revenue positive,
     * costs negative).
     *
     * @param line           the result line
     * @param yearToDate     utfall hittills i år
     * @param budgetToDate   the budget periodised to the month (periodiserad budget hittills)
     * @param lastYearToDate utfall samma period i fjol
     * @param annualBudget   årsbudget
     * @param proposal       the mechanical proposal's full-year forecast (förslag till helårsprognos)
     */
    public record Figures(IncomeStatementLine line, Money yearToDate, Money budgetToDate, Money lastYearToDate,
                          Money annualBudget, Money proposal) {
        public Figures {
            Objects.requireNonNull(line, "line");
            Objects.requireNonNull(yearToDate, "yearToDate");
            Objects.requireNonNull(budgetToDate, "budgetToDate");
            Objects.requireNonNull(lastYearToDate, "lastYearToDate");
            Objects.requireNonNull(annualBudget, "annualBudget");
            Objects.requireNonNull(proposal, "proposal");
        }

        /** The five figures in the order of the table's columns. */
        public List<Money> values() {
            return List.of(yearToDate, budgetToDate, lastYearToDate, annualBudget, proposal);
        }
    }

    public ForecastTemplate {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(committee, "committee");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(closingFingerprint, "closingFingerprint");
        Objects.requireNonNull(closedAt, "closedAt");
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(netCost, "netCost");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(backtestError, "backtestError");
        lines = List.copyOf(lines);
        if (!SHA_256.matcher(closingFingerprint).matches()) {
            throw new IllegalArgumentException("a closing fingerprint is 64 lower-case hex digits, got '"
                    + closingFingerprint + "'");
        }
    }
}

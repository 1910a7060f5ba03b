package se.balans.engine.treasury;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

import se.balans.engine.InvalidInputException;
import se.balans.engine.money.Money;
import se.balans.engine.money.Ratios;

/**
 * The interest cost of the loan portfolio for a calendar year (räntekostnad för låneportföljen),
 * computed from the loan register as of a date, as the finance unit forecasts the financial items.
 *
 * <p><b>The rule.</b> Each instrument costs amount × rate × days / 365 for the days of the year it
 * is outstanding, from its start date inclusive to its maturity date exclusive
 * ({@link Loan#isOutstandingOn}): ACT/365, the project's day count ({@link DayCount}), so a leap
 * year's 366 days cost 366/365 of the annual rate. The year is cut into intervals at every start,
 * maturity and assumed refinancing and at the day after the as-of date; within an interval the
 * same loans are outstanding and the same swaps active.
 * <ul>
 * <li>A fixed loan (fast ränta) costs its rate.</li>
 * <li>A floating loan (rörlig ränta) costs its current rate, the one set at its last fixing, for
 * the whole year: the register keeps neither its earlier fixings nor knows its later ones. A
 * floating loan outstanding on the as-of date whose next fixing is on or before it means the
 * register is out of date, and is refused as {@link InterestRatePositions} refuses it.</li>
 * <li>A pay-fixed swap (ränteswap) follows the convention of {@link InterestRatePositions}: in each
 * interval its notional is taken pro rata from the floating loans outstanding and costs the swap's
 * fixed rate instead, so a floating loan's line holds the cost of its unswapped part only. The
 * floating loans' margin over the swap's reference rate is not modelled, and a swap is not
 * renewed when it matures. An interval in which the active swaps' notional exceeds the floating
 * volume is refused.</li>
 * <li>A loan maturing after the as-of date and before the end of the year has no known successor
 * in a register kept as of that date: it is assumed refinanced (refinansiering) on its maturity
 * date at the same amount and rate type until the end of the year, at the refinancing rate given
 * or, if none is, at the rate of the region's latest borrowing (the loan in the register that
 * started last on or before the as-of date; of several started that day, the first listed). A loan
 * that matured on or before the as-of date is not refinanced by assumption: its successor, if any,
 * is in the register. A loan starting after the as-of date (contracted forward borrowing) is
 * counted as registered and is not taken to be any loan's successor.</li>
 * </ul>
 *
 * <p><b>Rounding.</b> Each line's cost, and the part of it accrued up to and including the as-of
 * date, is computed unrounded and rounded half-even to the öre once (the swapped share of a floating
 * loan is the one inexact step, kept to 16 significant digits as in {@link InterestRatePositions});
 * a line's remaining part is its cost less its accrued part, and the totals are the sums of the
 * lines, so accrued plus remaining is the total to the öre.
 *
 * <p><b>Sign.</b> A cost is a positive amount (a negative rate gives a negative cost). The result
 * statement shows räntekostnader as a negative amount: the caller negates.
 *
 * @param year the calendar year forecast
 * @param asOf the date the register is as of: the cost up to and including it is accrued
 * @param total the year's interest cost, the sum of the lines' costs
 * @param accrued the part of the total for the days up to and including {@code asOf}
 * @param lines one per loan, assumed refinancing and swap with days in the year, in register order
 *        (an assumed refinancing after the loan it replaces, the swaps last)
 * @param assumptions what the figures assume beyond the register, for the reader
 */
public record LoanInterestForecast(int year, LocalDate asOf, Money total, Money accrued, List<Line> lines,
                                   List<Assumption> assumptions) {

    public LoanInterestForecast {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(accrued, "accrued");
        lines = List.copyOf(lines);
        assumptions = List.copyOf(assumptions);
        if (!total.equals(Money.sum(lines, Line::cost)) || !accrued.equals(Money.sum(lines, Line::accrued))) {
            throw new IllegalArgumentException("the total and the accrued part must be the sums of the lines");
        }
    }

    /** The part of the total for the days after {@code asOf}: the total less the accrued part. */
    public Money remaining() {
        return total.minus(accrued);
    }

    /** The year's cost from the register as of {@code asOf}, refinancing at the latest borrowing's rate. */
    public static LoanInterestForecast of(LoanPortfolio register, LocalDate asOf, int year) {
        return of(register, asOf, year, Optional.empty());
    }

    /**
     * The year's cost from the register as of {@code asOf} (see the class comment for the rules).
     *
     * @param refinancingRate the rate, as a fraction, of the loans assumed to refinance those maturing
     *        after {@code asOf} within the year; empty for the rate of the latest borrowing
     * @throws InvalidInputException if a floating loan outstanding on {@code asOf} has a fixing on
     *         or before it, if the swaps' notional exceeds the floating volume in some interval, or if
     *         a loan must be refinanced and there is neither a rate given nor a loan started on or
     *         before {@code asOf}
     */
    public static LoanInterestForecast of(LoanPortfolio register, LocalDate asOf, int year,
                                          Optional<BigDecimal> refinancingRate) {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(refinancingRate, "refinancingRate");
        refinancingRate.ifPresent(r -> Instruments.requireRate(r, "the refinancing rate"));
        for (Loan l : register.outstandingOn(asOf)) {
            InterestRatePositions.fixingAfter(l, asOf);
        }
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        LocalDate yearEnd = yearStart.plusYears(1);

        List<Assumption> assumptions = new ArrayList<>();
        List<Piece> pieces = new ArrayList<>();
        for (Loan l : register.loans()) {
            pieces.add(new Piece(l.id(), Kind.LOAN, l, null, l.startDate(), l.maturityDate()));
            if (l.maturityDate().isAfter(asOf) && l.maturityDate().isBefore(yearEnd)) {
                Refinancing r = refinancing(register, asOf, year, l, refinancingRate);
                assumptions.add(r);
                Loan successor = new Loan(l.id(), l.lender(), l.amount(), l.maturityDate(), yearEnd, l.rateType(),
                        r.rate(), l.rateType() == RateType.FLOATING ? Optional.of(yearEnd) : Optional.empty());
                pieces.add(new Piece(l.id(), Kind.ASSUMED_REFINANCING, successor, null, l.maturityDate(), yearEnd));
            }
        }
        for (InterestRateSwap s : register.swaps()) {
            pieces.add(new Piece(s.id(), Kind.SWAP, null, s, s.startDate(), s.maturityDate()));
        }
        pieces = pieces.stream().map(p -> p.within(yearStart, yearEnd)).flatMap(Optional::stream).toList();

        integrate(pieces, asOf.plusDays(1));

        List<String> floating = pieces.stream().filter(p -> p.kind == Kind.LOAN
                && p.loan.rateType() == RateType.FLOATING).map(p -> p.id).toList();
        if (!floating.isEmpty()) {
            assumptions.add(0, new FloatingAtCurrentRate(floating));
        }
        List<String> swaps = pieces.stream().filter(p -> p.kind == Kind.SWAP).map(p -> p.id).toList();
        if (!swaps.isEmpty()) {
            assumptions.add(new SwapsProRata(swaps));
        }
        List<Line> lines = pieces.stream().map(Piece::line).toList();
        return new LoanInterestForecast(year, asOf, Money.sum(lines, Line::cost), Money.sum(lines, Line::accrued),
                lines, assumptions);
    }

    /**
     * Adds each interval's cost to the pieces outstanding in it: the year is cut at every piece's
     * start and end and at {@code firstDayAfter}, the day after the as-of date, so each interval is
     * wholly accrued or wholly remaining.
     */
    private static void integrate(List<Piece> pieces, LocalDate firstDayAfter) {
        TreeSet<LocalDate> cuts = new TreeSet<>();
        for (Piece p : pieces) {
            cuts.add(p.from);
            cuts.add(p.to);
        }
        if (!cuts.isEmpty() && firstDayAfter.isAfter(cuts.first()) && firstDayAfter.isBefore(cuts.last())) {
            cuts.add(firstDayAfter);
        }
        LocalDate from = null;
        for (LocalDate to : cuts) {
            if (from != null) {
                addInterval(pieces, from, to, !to.isAfter(firstDayAfter));
            }
            from = to;
        }
    }

    private static void addInterval(List<Piece> pieces, LocalDate from, LocalDate to, boolean accrued) {
        List<Piece> active = pieces.stream().filter(p -> !p.from.isAfter(from) && p.to.isAfter(from)).toList();
        List<Loan> loans = active.stream().filter(p -> p.loan != null).map(p -> p.loan).toList();
        List<InterestRateSwap> swaps = active.stream().filter(p -> p.swap != null).map(p -> p.swap).toList();
        BigDecimal unswapped = InterestRatePositions.unswappedShare(loans, swaps, from);
        BigDecimal days = BigDecimal.valueOf(ChronoUnit.DAYS.between(from, to));
        for (Piece p : active) {
            BigDecimal share = p.loan != null && p.loan.rateType() == RateType.FLOATING ? unswapped : BigDecimal.ONE;
            p.add(p.principal().sek().multiply(p.rate()).multiply(days).multiply(share), accrued);
        }
    }

    private static Refinancing refinancing(LoanPortfolio register, LocalDate asOf, int year, Loan maturing,
                                           Optional<BigDecimal> given) {
        if (given.isPresent()) {
            return new Refinancing(maturing.id(), maturing.maturityDate(), maturing.amount(), given.get(),
                    Optional.empty());
        }
        Loan latest = latestBorrowing(register, asOf).orElseThrow(() -> new InvalidInputException("rate", year,
                maturing.id() + " matures on " + maturing.maturityDate() + ", after the as-of date " + asOf
                        + ", and no refinancing rate is given nor is there a loan started on or before " + asOf
                        + " whose rate to take"));
        return new Refinancing(maturing.id(), maturing.maturityDate(), maturing.amount(), latest.rate(),
                Optional.of(latest.id()));
    }

    /** The loan that started last on or before {@code asOf}; of several that day, the first listed. */
    private static Optional<Loan> latestBorrowing(LoanPortfolio register, LocalDate asOf) {
        Loan latest = null;
        for (Loan l : register.loans()) {
            if (!l.startDate().isAfter(asOf) && (latest == null || l.startDate().isAfter(latest.startDate()))) {
                latest = l;
            }
        }
        return Optional.ofNullable(latest);
    }

    /** What a line is. */
    public enum Kind {
        /** A loan in the register. */
        LOAN,
        /** The loan assumed to replace a loan maturing after the as-of date, to the end of the year. */
        ASSUMED_REFINANCING,
        /** A pay-fixed swap: the fixed rate paid on its notional. */
        SWAP
    }

    /**
     * One instrument's interest cost for the year.
     *
     * @param instrument the loan's or swap's id; for an assumed refinancing, the id of the loan it replaces
     * @param principal the loan's amount or the swap's notional
     * @param rate the loan's rate (for an assumed refinancing, the refinancing rate) or the swap's fixed rate
     * @param daysInYear the days of the year the instrument is outstanding or active
     * @param cost amount × rate × days / 365 rounded to the öre; for a floating loan with swaps active,
     *        of its unswapped part only
     * @param accrued the part of the cost for the days up to and including the as-of date, rounded to the öre
     */
    public record Line(String instrument, Kind kind, Money principal, BigDecimal rate, int daysInYear, Money cost,
                       Money accrued) {
        public Line {
            Objects.requireNonNull(instrument, "instrument");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(principal, "principal");
            Objects.requireNonNull(rate, "rate");
            Objects.requireNonNull(cost, "cost");
            Objects.requireNonNull(accrued, "accrued");
            if (daysInYear < 1 || daysInYear > 366) {
                throw new IllegalArgumentException(instrument + ": days in the year must be 1 to 366, got "
                        + daysInYear);
            }
        }

        /** The part of the cost after the as-of date. */
        public Money remaining() {
            return cost.minus(accrued);
        }

        public boolean isAssumedRefinancing() {
            return kind == Kind.ASSUMED_REFINANCING;
        }
    }

    /** Something the forecast assumes beyond what the register says. */
    public sealed interface Assumption permits FloatingAtCurrentRate, Refinancing, SwapsProRata {
        /** The assumption in plain English, rates as percentages with a decimal point. */
        String text();
    }

    /** The floating loans (by id) cost their current rate for the whole year. */
    public record FloatingAtCurrentRate(List<String> loans) implements Assumption {
        public FloatingAtCurrentRate {
            loans = List.copyOf(loans);
        }

        @Override
        public String text() {
            return "floating loans at their current rate for the whole year (" + String.join(", ", loans) + ")";
        }
    }

    /**
     * A loan maturing after the as-of date within the year is refinanced on its maturity date at the
     * same amount and rate type to the end of the year.
     *
     * @param rate the refinancing rate, as a fraction
     * @param rateSource the loan whose rate was taken (the latest borrowing); empty when the rate was given
     */
    public record Refinancing(String loan, LocalDate maturity, Money amount, BigDecimal rate,
                              Optional<String> rateSource) implements Assumption {
        public Refinancing {
            Objects.requireNonNull(loan, "loan");
            Objects.requireNonNull(maturity, "maturity");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(rate, "rate");
            Objects.requireNonNull(rateSource, "rateSource");
        }

        @Override
        public String text() {
            return loan + " maturing " + maturity + " refinanced at " + percent(rate) + " %"
                    + rateSource.map(s -> " (the rate of " + s + ", the latest borrowing)").orElse(" (the rate given)");
        }
    }

    /** The swaps' notional (by id) is taken pro rata from the floating loans at the swaps' fixed rates. */
    public record SwapsProRata(List<String> swaps) implements Assumption {
        public SwapsProRata {
            swaps = List.copyOf(swaps);
        }

        @Override
        public String text() {
            return "swaps (" + String.join(", ", swaps) + ") at their fixed rate on their notional, taken pro rata "
                    + "from the floating loans; the floating loans' margin is not modelled and no swap is renewed";
        }
    }

    private static String percent(BigDecimal fraction) {
        return Ratios.toPercent(fraction).stripTrailingZeros().toPlainString();
    }

    /** An instrument's days within the year and its cost so far, in SEK × days (not yet divided by 365). */
    private static final class Piece {
        final String id;
        final Kind kind;
        final Loan loan;
        final InterestRateSwap swap;
        final LocalDate from;
        final LocalDate to;
        BigDecimal accruedSekDays = BigDecimal.ZERO;
        BigDecimal remainingSekDays = BigDecimal.ZERO;

        Piece(String id, Kind kind, Loan loan, InterestRateSwap swap, LocalDate from, LocalDate to) {
            this.id = id;
            this.kind = kind;
            this.loan = loan;
            this.swap = swap;
            this.from = from;
            this.to = to;
        }

        /** This piece cut to {@code [yearStart, yearEnd)}, or empty if it has no day in it. */
        Optional<Piece> within(LocalDate yearStart, LocalDate yearEnd) {
            LocalDate f = from.isBefore(yearStart) ? yearStart : from;
            LocalDate t = to.isAfter(yearEnd) ? yearEnd : to;
            return t.isAfter(f) ? Optional.of(new Piece(id, kind, loan, swap, f, t)) : Optional.empty();
        }

        Money principal() {
            return loan != null ? loan.amount() : swap.notional();
        }

        BigDecimal rate() {
            return loan != null ? loan.rate() : swap.fixedRate();
        }

        void add(BigDecimal sekDays, boolean accrued) {
            if (accrued) {
                accruedSekDays = accruedSekDays.add(sekDays);
            } else {
                remainingSekDays = remainingSekDays.add(sekDays);
            }
        }

        Line line() {
            return new Line(id, kind, principal(), rate(), (int) ChronoUnit.DAYS.between(from, to),
                    toMoney(accruedSekDays.add(remainingSekDays)), toMoney(accruedSekDays));
        }

        private static Money toMoney(BigDecimal sekDays) {
            return Money.ofSek(sekDays.divide(DayCount.DAYS_PER_YEAR, 2, RoundingMode.HALF_EVEN));
        }
    }
}

package se.balans.engine.closing;

import java.util.List;
import java.util.Objects;

import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

import se.balans.engine.money.Money;

/**
 * The back-test of the forecast method on a complete year: the full-year forecast each month end
 * of that year would have made, against what the year turned out to be — so the board knows how
 * far to trust this year's forecast.
 *
 * @param actualOperatingResult the year's verksamhetens resultat
 * @param actualResult the year's årets resultat
 */
public record Backtest(int year, List<Point> points, Money actualOperatingResult, Money actualResult) {

    /** The forecast made at one month end. */
    public record Point(int month, Money forecastOperatingResult, Money forecastResult) {
    }

    /** Forecast − outcome for one month end. */
    public record Error(int month, Money operatingResult, Money result) {
    }

    /** Error statistics over the twelve month ends, in SEK (doubles: statistics, not money). */
    public record Statistics(double meanError, double meanAbsoluteError, double rootMeanSquareError,
                             double maxAbsoluteError) {
    }

    public Backtest {
        points = List.copyOf(points);
        Objects.requireNonNull(actualOperatingResult, "actualOperatingResult");
        Objects.requireNonNull(actualResult, "actualResult");
    }

    public List<Error> errors() {
        return points.stream().map(p -> new Error(p.month(), p.forecastOperatingResult().minus(actualOperatingResult),
                p.forecastResult().minus(actualResult))).toList();
    }

    public Statistics operatingResultStatistics() {
        return statistics(errors().stream().map(Error::operatingResult).toList());
    }

    public Statistics resultStatistics() {
        return statistics(errors().stream().map(Error::result).toList());
    }

    private static Statistics statistics(List<Money> errors) {
        DescriptiveStatistics e = new DescriptiveStatistics();
        DescriptiveStatistics abs = new DescriptiveStatistics();
        DescriptiveStatistics sq = new DescriptiveStatistics();
        for (Money m : errors) {
            double d = m.sek().doubleValue();
            e.addValue(d);
            abs.addValue(Math.abs(d));
            sq.addValue(d * d);
        }
        return new Statistics(e.getMean(), abs.getMean(), Math.sqrt(sq.getMean()), abs.getMax());
    }
}

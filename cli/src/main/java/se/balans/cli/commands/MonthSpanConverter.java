package se.balans.cli.commands;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a month as YYYY-MM, or a span of months as YYYY-MM..YYYY-MM (both ends included). */
public final class MonthSpanConverter implements ITypeConverter<MonthSpanConverter.Span> {
    /** The most months one span may name: twelve years' closings, far beyond any real batch. */
    static final int MAX_MONTHS = 144;

    /** The months from {@code first} through {@code last}, in order. */
    public record Span(YearMonth first, YearMonth last) {
        public Span {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
            if (last.isBefore(first)) {
                throw new IllegalArgumentException("a span ends before it starts: " + first + ".." + last);
            }
        }
    }

    @Override
    public Span convert(String value) {
        int dots = value.indexOf("..");
        YearMonth first = month(dots < 0 ? value : value.substring(0, dots), value);
        YearMonth last = dots < 0 ? first : month(value.substring(dots + 2), value);
        if (last.isBefore(first)) {
            throw new TypeConversionException("the span '" + value + "' ends before it starts: expected "
                    + "FIRST..LAST, e.g. 2025-01..2025-12");
        }
        if (first.plusMonths(MAX_MONTHS).isBefore(last.plusMonths(1))) {
            throw new TypeConversionException("the span '" + value + "' names more than " + MAX_MONTHS + " months");
        }
        return new Span(first, last);
    }

    private static YearMonth month(String text, String value) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("expected a month as YYYY-MM, e.g. 2026-03, or a span of months as "
                    + "YYYY-MM..YYYY-MM, got '" + value + "'");
        }
    }

    /**
     * Every month the spans name, in order.
     *
     * @throws IllegalArgumentException when a month is named twice
     */
    static List<YearMonth> months(List<Span> spans) {
        SortedSet<YearMonth> months = new TreeSet<>();
        for (Span s : spans) {
            for (YearMonth m = s.first(); !m.isAfter(s.last()); m = m.plusMonths(1)) {
                if (!months.add(m)) {
                    throw new IllegalArgumentException(m + " is named twice: name each month once");
                }
            }
        }
        return new ArrayList<>(months);
    }
}

package se.balans.cli.commands;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a month as YYYY-MM. */
public final class YearMonthConverter implements ITypeConverter<YearMonth> {
    @Override
    public YearMonth convert(String value) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("expected a month as YYYY-MM, e.g. 2026-03, got '" + value + "'");
        }
    }
}

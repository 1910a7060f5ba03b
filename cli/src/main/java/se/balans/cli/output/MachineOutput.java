package se.balans.cli.output;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;

import se.balans.engine.money.Money;

/**
 * CSV and JSON for programs: amounts in mnkr as plain exact numbers ("-239", "217.6"), fractions
 * as fractions, no grouping, '.' as decimal point, stable key order.
 */
public final class MachineOutput {
    private MachineOutput() {
    }

    /** An exact amount in mnkr for machine output. */
    public static BigDecimal mnkr(Money m) {
        return m.toMnkr();
    }

    public static CSVPrinter csv(PrintWriter out, List<String> header) {
        try {
            return CSVFormat.DEFAULT.builder().setRecordSeparator('\n').setHeader(header.toArray(String[]::new))
                    .get().print(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Formats numbers in CSV cells: plain decimal notation, never "1E+3". */
    public static String plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    public static JsonGenerator json(PrintWriter out) {
        try {
            JsonGenerator g = JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build()
                    .createGenerator(new NonClosingWriter(out));
            g.useDefaultPrettyPrinter();
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes an amount field in mnkr. */
    public static void amount(JsonGenerator g, String name, Money m) throws IOException {
        g.writeFieldName(name);
        g.writeNumber(plainDecimal(m.toMnkr()));
    }

    public static BigDecimal plainDecimal(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** Lets the JSON generator be closed without closing stdout. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(java.io.Writer w) {
            super(w);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

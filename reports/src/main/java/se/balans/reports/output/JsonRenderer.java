package se.balans.reports.output;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;

/**
 * Writes {@link Data} as JSON: Jackson's default pretty printer (two-space indent, {@code "key" : value}),
 * numbers in plain notation, one line separator after the document. The only JSON writer of
 * the command output, so every command's JSON looks the same.
 */
public final class JsonRenderer {
    /** Plain BigDecimals (no "1E+3"); the target stays open, as it is usually stdout. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private JsonRenderer() {
    }

    /** Writes the document and a line separator, flushes, and leaves {@code out} open. */
    public static void write(Data document, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            write(g, document);
        }
        out.write(System.lineSeparator());
        out.flush();
    }

    /** The document as JSON text, ending with a line separator. */
    public static String render(Data document) {
        StringWriter s = new StringWriter();
        try {
            write(document, s);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return s.toString();
    }

    private static void write(JsonGenerator g, Data d) throws IOException {
        if (d instanceof Data.Obj o) {
            g.writeStartObject();
            for (Data.Field f : o.fields()) {
                g.writeFieldName(f.name());
                write(g, f.value());
            }
            g.writeEndObject();
        } else if (d instanceof Data.Arr a) {
            g.writeStartArray();
            for (Data item : a.items()) {
                write(g, item);
            }
            g.writeEndArray();
        } else if (d instanceof Data.Text t) {
            g.writeString(t.value());
        } else if (d instanceof Data.Num n) {
            g.writeNumber(n.value());
        } else if (d instanceof Data.Bool b) {
            g.writeBoolean(b.value());
        } else {
            g.writeNull();
        }
    }
}

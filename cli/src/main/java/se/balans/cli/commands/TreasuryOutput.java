package se.balans.cli.commands;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;

import se.balans.cli.output.MachineOutput;
import se.balans.engine.money.Money;
import se.balans.engine.policy.LimitCheck;
import se.balans.engine.policy.PolicyMetric;

/**
 * Machine output shared by {@code debt} and {@code pension}: optional figures (empty in CSV, null in
 * JSON) and the finance-policy checks (money in mnkr, shares as fractions).
 */
final class TreasuryOutput {
    private TreasuryOutput() {
    }

    /** A ratio or a number of years for CSV: plain decimal, empty when there is none. */
    static String csv(Optional<BigDecimal> v) {
        return v.map(MachineOutput::plain).orElse("");
    }

    /** A ratio or a number of years for JSON: plain decimal, null when there is none. */
    static void number(JsonGenerator g, String name, Optional<BigDecimal> v) throws IOException {
        g.writeFieldName(name);
        if (v.isPresent()) {
            g.writeNumber(MachineOutput.plainDecimal(v.get()));
        } else {
            g.writeNull();
        }
    }

    static void limitChecks(JsonGenerator g, List<LimitCheck> checks) throws IOException {
        g.writeArrayFieldStart("policy_limits");
        for (LimitCheck c : checks) {
            g.writeStartObject();
            g.writeStringField("metric", c.limit().metric().code());
            if (c.limit().assetClass().isPresent()) {
                g.writeStringField("asset_class", c.limit().assetClass().get().code());
            }
            PolicyMetric.Unit unit = c.limit().metric().unit();
            value(g, "value", unit, c.value());
            value(g, "min", unit, c.limit().min());
            value(g, "max", unit, c.limit().max());
            g.writeStringField("status", c.status().name().toLowerCase(java.util.Locale.ROOT));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** A limit or value in machine units: SEK amounts become mnkr like every amount in the output. */
    private static void value(JsonGenerator g, String name, PolicyMetric.Unit unit, Optional<BigDecimal> v)
            throws IOException {
        g.writeFieldName(name);
        if (v.isEmpty()) {
            g.writeNull();
        } else if (unit == PolicyMetric.Unit.MONEY) {
            g.writeNumber(MachineOutput.plainDecimal(Money.ofSek(v.get()).toMnkr()));
        } else {
            g.writeNumber(MachineOutput.plainDecimal(v.get()));
        }
    }
}

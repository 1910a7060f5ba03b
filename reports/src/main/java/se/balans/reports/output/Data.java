package se.balans.reports.output;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import se.balans.engine.money.Money;

/**
 * Report data for programs, shaped as JSON shows it: objects with named fields in a fixed order,
 * arrays, text, numbers, booleans and null. Immutable, so a report builds it once from the
 * engine's values and {@link JsonRenderer} writes it without knowing any report.
 *
 * <p>Numbers follow {@link MachineNumbers}: {@link #amount(Money)} for amounts (mnkr),
 * {@link #decimal(BigDecimal)} for fractions and years (plain), {@link #number(BigDecimal)} only
 * where a value's own scale is part of what it says.
 */
public sealed interface Data permits Data.Obj, Data.Arr, Data.Text, Data.Num, Data.Bool, Data.Null {

    /** A named field of an object. */
    record Field(String name, Data value) {
        public Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    /** An object: fields in the order they are written, each name once. */
    record Obj(List<Field> fields) implements Data {
        public Obj {
            fields = List.copyOf(fields);
            Set<String> names = new HashSet<>();
            for (Field f : fields) {
                if (!names.add(f.name())) {
                    throw new IllegalArgumentException("field '" + f.name() + "' appears twice");
                }
            }
        }
    }

    /** An array. */
    record Arr(List<Data> items) implements Data {
        public Arr {
            items = List.copyOf(items);
        }
    }

    /** A string. */
    record Text(String value) implements Data {
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A number, written exactly as its value (in plain notation, never with an exponent). */
    record Num(BigDecimal value) implements Data {
        public Num {
            Objects.requireNonNull(value, "value");
        }
    }

    /** true or false. */
    record Bool(boolean value) implements Data {
    }

    /** No value: a figure that cannot be computed, a month that is not known. */
    record Null() implements Data {
    }

    Data NULL = new Null();

    static Data text(String s) {
        return new Text(s);
    }

    /** A whole number: a year, an id, a count. */
    static Data number(long n) {
        return new Num(BigDecimal.valueOf(n));
    }

    /** A number with its scale as given ({@code 0.086309731780} keeps its last zero). */
    static Data number(BigDecimal n) {
        return new Num(n);
    }

    /** A fraction, a ratio or a number of years: plain, trailing zeros stripped. */
    static Data decimal(BigDecimal n) {
        return new Num(MachineNumbers.plain(n));
    }

    /** An amount in mnkr, exact. */
    static Data amount(Money m) {
        return new Num(MachineNumbers.mnkr(m));
    }

    static Data bool(boolean b) {
        return new Bool(b);
    }

    static Data array(List<? extends Data> items) {
        return new Arr(List.copyOf(items));
    }

    /** An array with one item per element. */
    static <T> Data array(Collection<? extends T> elements, Function<? super T, ? extends Data> item) {
        List<Data> items = new ArrayList<>();
        for (T e : elements) {
            items.add(item.apply(e));
        }
        return new Arr(items);
    }

    /** The value, or null when there is none. */
    static Data orNull(Optional<? extends Data> value) {
        return value.isPresent() ? value.get() : NULL;
    }

    static ObjectBuilder object() {
        return new ObjectBuilder();
    }

    /** Collects an object's fields in order. */
    final class ObjectBuilder {
        private final List<Field> fields = new ArrayList<>();

        private ObjectBuilder() {
        }

        public ObjectBuilder put(String name, Data value) {
            fields.add(new Field(name, value));
            return this;
        }

        /** The field when there is a value; no field at all otherwise. */
        public ObjectBuilder putIfPresent(String name, Optional<? extends Data> value) {
            value.ifPresent(v -> put(name, v));
            return this;
        }

        public ObjectBuilder text(String name, String value) {
            return put(name, Data.text(value));
        }

        /** The text, or null when there is none. */
        public ObjectBuilder text(String name, Optional<String> value) {
            return put(name, orNull(value.map(Data::text)));
        }

        public ObjectBuilder number(String name, long value) {
            return put(name, Data.number(value));
        }

        public ObjectBuilder amount(String name, Money value) {
            return put(name, Data.amount(value));
        }

        public ObjectBuilder decimal(String name, BigDecimal value) {
            return put(name, Data.decimal(value));
        }

        /** The decimal, or null when there is none. */
        public ObjectBuilder decimal(String name, Optional<BigDecimal> value) {
            return put(name, orNull(value.map(Data::decimal)));
        }

        public ObjectBuilder bool(String name, boolean value) {
            return put(name, Data.bool(value));
        }

        public Obj build() {
            return new Obj(fields);
        }
    }
}

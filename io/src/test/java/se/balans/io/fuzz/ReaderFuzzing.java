package se.balans.io.fuzz;

import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * The two properties every reader must have, whatever it is fed: real files damaged by
 * {@link Mutation}s, and random input (random bytes, and random text of the reader's kind). Each
 * input is read or refused with the project's own clear error, within a time limit, in a test JVM
 * with a small heap (see {@code io/pom.xml}); see {@link ReaderOracle} for what "clear" means.
 *
 * <p>A subclass names the reader ({@link #target()}). How many inputs: {@link FuzzBudget}.
 */
abstract class ReaderFuzzing {
    private ReaderOracle oracle;
    private String property = "";

    /** The reader under test; built once per test class, since its seeds may be generated. */
    abstract ReaderTarget target();

    @BeforeProperty
    void startOracle() {
        oracle = new ReaderOracle(target());
    }

    @AfterProperty
    void reportAndClean() {
        System.out.println(oracle.fullReport(property));
        oracle.close();
        if (!oracle.failures().isEmpty()) {
            oracle.failures().forEach((kind, example) -> System.out.println("  FAILURE " + kind + ": " + example));
            throw new AssertionError(target().name() + " " + property + ": " + oracle.failures().size()
                    + " kinds of failure, listed above");
        }
    }

    @Property
    @AddLifecycleHook(FuzzBudget.class)
    void damagedRealFilesAreReadOrRefusedClearly(@ForAll("damaged") FuzzInput input) {
        property = "damaged real files";
        oracle.check(input);
    }

    @Property
    @AddLifecycleHook(FuzzBudget.class)
    void randomInputIsReadOrRefusedClearly(@ForAll("random") FuzzInput input) {
        property = "random input";
        oracle.check(input);
    }

    @Provide
    Arbitrary<FuzzInput> damaged() {
        Arbitrary<List<Mutation>> mutations = Arbitraries.of(Mutation.class).list().ofMinSize(1).ofMaxSize(4);
        return Combinators.combine(Arbitraries.of(target().seeds()), mutations, Arbitraries.longs())
                .as(FuzzInput::mutate);
    }

    @Provide
    Arbitrary<FuzzInput> random() {
        ReaderTarget t = target();
        Arbitrary<Seed> like = Arbitraries.of(t.seeds());
        Arbitrary<FuzzInput> bytes = Combinators.combine(like, Arbitraries.bytes().array(byte[].class).ofMaxSize(3000))
                .as((s, b) -> new FuzzInput(s.file(), "random bytes", b));
        Arbitrary<FuzzInput> text = Combinators.combine(like, Arbitraries.longs())
                .as((s, seed) -> new FuzzInput(s.file(), "random text like " + s.label() + " seed " + seed,
                        t.grammar().generate(new Random(seed), s)));
        return Arbitraries.frequencyOf(Tuple.of(1, bytes), Tuple.of(4, text));
    }
}

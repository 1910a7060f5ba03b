package se.balans.io.fuzz;

import java.util.concurrent.atomic.AtomicLong;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * How many inputs each fuzz property tries, and from which seed: {@code -Dbalans.fuzz.tries=N}
 * (default {@value #DEFAULT_TRIES}, which keeps the normal build short) and
 * {@code -Dbalans.fuzz.seed=N} or {@code random}.
 *
 * <p>Why a fixed seed by default: the build must give the same result for the same sources; a long
 * round with another seed is how new inputs are explored, and a failing input found then is saved
 * (under {@code io/target/fuzz-failures}) and becomes a plain regression test. For a long round,
 * {@code -Dbalans.fuzz.keepGoing=true} goes on after a failure and lists each kind once at the end,
 * {@code -Dbalans.fuzz.verbose=true} lists every kind of refusal reached, and
 * {@code -Dbalans.fuzz.secondsPerInput=N} sets the time limit per input (default 10 s).
 */
public final class FuzzBudget implements AroundPropertyHook {
    static final int DEFAULT_TRIES = 300;
    static final String DEFAULT_SEED = "20250115";
    private static final AtomicLong TOTAL = new AtomicLong();

    static int tries() {
        return Integer.getInteger("balans.fuzz.tries", DEFAULT_TRIES);
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        context.attributes().setTries(tries());
        String seed = System.getProperty("balans.fuzz.seed", DEFAULT_SEED);
        if (!seed.equals("random")) {
            context.attributes().setSeed(seed);
        }
        PropertyExecutionResult result = property.execute();
        long total = TOTAL.addAndGet(result.countTries());
        System.out.printf("fuzz %s: %d inputs tried (seed %s); %d by the fuzz tests so far%n", context.extendedLabel(),
                result.countTries(), result.seed().orElse("?"), total);
        return result;
    }

    /** Outermost, so that the tries and seed are set before jqwik reads them. */
    @Override
    public int aroundPropertyProximity() {
        return -100;
    }
}

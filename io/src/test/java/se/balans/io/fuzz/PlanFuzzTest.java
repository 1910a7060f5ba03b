package se.balans.io.fuzz;

/** The plan directory reader, fed damaged and random input (see {@link ReaderFuzzing}). */
class PlanFuzzTest extends ReaderFuzzing {
    private static final ReaderTarget TARGET = Targets.plan();

    @Override
    ReaderTarget target() {
        return TARGET;
    }
}

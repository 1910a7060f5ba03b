package se.balans.io.fuzz;

/** The cost-type mapping's reader, fed damaged and random input (see {@link ReaderFuzzing}). */
class CostTypesFuzzTest extends ReaderFuzzing {
    private static final ReaderTarget TARGET = Targets.costTypes();

    @Override
    ReaderTarget target() {
        return TARGET;
    }
}

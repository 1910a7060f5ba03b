package se.balans.io.fuzz;

/** The closing configuration reader, fed damaged and random input (see {@link ReaderFuzzing}). */
class ClosingSetupFuzzTest extends ReaderFuzzing {
    private static final ReaderTarget TARGET = Targets.closingSetup();

    @Override
    ReaderTarget target() {
        return TARGET;
    }
}

package se.balans.io.fuzz;

/** The pension-returns reader, fed damaged and random input (see {@link ReaderFuzzing}). */
class PensionReturnsFuzzTest extends ReaderFuzzing {
    private static final ReaderTarget TARGET = Targets.pensionReturns();

    @Override
    ReaderTarget target() {
        return TARGET;
    }
}

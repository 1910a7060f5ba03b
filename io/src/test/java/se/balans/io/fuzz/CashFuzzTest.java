package se.balans.io.fuzz;

/** The month-end cash reader, fed damaged and random input (see {@link ReaderFuzzing}). */
class CashFuzzTest extends ReaderFuzzing {
    private static final ReaderTarget TARGET = Targets.cash();

    @Override
    ReaderTarget target() {
        return TARGET;
    }
}

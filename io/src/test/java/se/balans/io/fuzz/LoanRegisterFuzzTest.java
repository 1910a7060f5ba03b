package se.balans.io.fuzz;

/** The loan register reader, with its metrics, fed damaged and random input (see {@link ReaderFuzzing}). */
class LoanRegisterFuzzTest extends ReaderFuzzing {
    private static final ReaderTarget TARGET = Targets.loans();

    @Override
    ReaderTarget target() {
        return TARGET;
    }
}

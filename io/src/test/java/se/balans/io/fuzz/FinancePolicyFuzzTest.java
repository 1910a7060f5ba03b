package se.balans.io.fuzz;

/** The finance-policy reader, fed damaged and random input (see {@link ReaderFuzzing}). */
class FinancePolicyFuzzTest extends ReaderFuzzing {
    private static final ReaderTarget TARGET = Targets.financePolicy();

    @Override
    ReaderTarget target() {
        return TARGET;
    }
}

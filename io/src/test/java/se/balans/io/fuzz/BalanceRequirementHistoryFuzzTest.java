package se.balans.io.fuzz;

/** The balance-requirement history reader, with its schedule, fed damaged and random input (see {@link ReaderFuzzing}). */
class BalanceRequirementHistoryFuzzTest extends ReaderFuzzing {
    private static final ReaderTarget TARGET = Targets.history();

    @Override
    ReaderTarget target() {
        return TARGET;
    }
}

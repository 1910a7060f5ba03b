package se.balans.io.fuzz;

/** The investment files' reader, fed damaged and random input (see {@link ReaderFuzzing}). */
class InvestmentFilesFuzzTest extends ReaderFuzzing {
    private static final ReaderTarget TARGET = Targets.investments();

    @Override
    ReaderTarget target() {
        return TARGET;
    }
}

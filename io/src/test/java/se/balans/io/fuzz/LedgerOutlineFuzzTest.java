package se.balans.io.fuzz;

/** The sample-ledger outline reader, fed damaged and random input (see {@link ReaderFuzzing}). */
class LedgerOutlineFuzzTest extends ReaderFuzzing {
    private static final ReaderTarget TARGET = Targets.ledgerOutline();

    @Override
    ReaderTarget target() {
        return TARGET;
    }
}

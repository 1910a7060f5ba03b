package se.balans.io.fuzz;

/** The CSV ledger reader, fed damaged and random input (see {@link ReaderFuzzing}). */
class CsvLedgerFuzzTest extends ReaderFuzzing {
    private static final ReaderTarget TARGET = Targets.csvLedger();

    @Override
    ReaderTarget target() {
        return TARGET;
    }
}

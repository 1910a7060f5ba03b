package se.balans.io.fuzz;

/** The HR export's reader, fed damaged and random input (see {@link ReaderFuzzing}). */
class HrExportFuzzTest extends ReaderFuzzing {
    private static final ReaderTarget TARGET = Targets.hrExport();

    @Override
    ReaderTarget target() {
        return TARGET;
    }
}

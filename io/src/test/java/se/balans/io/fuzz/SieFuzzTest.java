package se.balans.io.fuzz;

/** The SIE reader, fed damaged and random input (see {@link ReaderFuzzing}). */
class SieFuzzTest extends ReaderFuzzing {
    private static final ReaderTarget TARGET = Targets.sie();

    @Override
    ReaderTarget target() {
        return TARGET;
    }
}

package se.balans.io.fuzz;

/** The personnel targets' reader, fed damaged and random input (see {@link ReaderFuzzing}). */
class PersonnelTargetsFuzzTest extends ReaderFuzzing {
    private static final ReaderTarget TARGET = Targets.personnelTargets();

    @Override
    ReaderTarget target() {
        return TARGET;
    }
}

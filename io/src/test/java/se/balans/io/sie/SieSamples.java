package se.balans.io.sie;

import java.nio.file.Path;

import se.balans.io.Repo;

/** The public SIE test files in {@code ../shared/sie-samples}, read in place (never copied into the repository). */
final class SieSamples {
    static final String NORSTEDTS = "40_Norstedts Revision SIE 1.SE";
    static final String VISMA_SIE3 = "43_sie3.se";
    static final String BL_TYPE3 = "BL0001_typ3.SE";
    static final String BL_TYPE4I = "BL0001_typ4I.SI";

    private SieSamples() {
    }

    static Path path(String name) {
        return Repo.sieSample(name);
    }
}

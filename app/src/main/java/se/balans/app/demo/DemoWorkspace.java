package se.balans.app.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import se.balans.app.ConflictException;
import se.balans.app.sample.WriteSampleLedger;
import se.balans.engine.organisation.Organisation;
import se.balans.io.workspace.Workspace;

/**
 * The demo's own workspace: the Balans folder itself, made the workspace of the sample region
 * (Region Västerbotten) on the demo's first run. Its plan, closing configuration, treasury files and
 * balance-requirement history are the sample's in {@code sample-data/region-vasterbotten}; its store
 * is {@code balans-data/balans} and its reports go to {@code out/}. It is the only workspace Balans
 * makes by itself: every other command works in a workspace someone created with {@code balans init}.
 */
public final class DemoWorkspace {
    /** The sample organisation, as Regionplan 2025 and the sample ledger's {@code #ORGNR} name it. */
    public static final Organisation SAMPLE = WriteSampleLedger.ORGANISATION;
    static final String REGION = "sample-data/region-vasterbotten";

    private DemoWorkspace() {
    }

    /** The sample region's folder under the Balans folder. */
    public static Path sampleRegion(Path home) {
        return home.resolve(REGION);
    }

    /**
     * The demo's workspace in the Balans folder {@code home}, created if it is not there yet.
     *
     * @throws ConflictException when the Balans folder is another organisation's workspace
     */
    public static Workspace ensure(Path home) throws IOException {
        Path root = home.toAbsolutePath().normalize();
        if (Files.isRegularFile(root.resolve(Workspace.FILE))) {
            Workspace existing = Workspace.read(root);
            if (!existing.organisation().number().equals(SAMPLE.number())) {
                throw new ConflictException(root + " is the workspace of " + existing.organisation()
                        + "; the demo runs on the sample region in a workspace of its own: run it from another "
                        + "copy of Balans, or move " + Workspace.FILE + " away");
            }
            return existing;
        }
        Path region = sampleRegion(root);
        Workspace created = new Workspace(root, SAMPLE, RunDemo.LAST.getYear(), region, region,
                region.resolve("treasury"), region.resolve("balance-requirement.csv"), Workspace.DEFAULT_STORE,
                root.resolve(Workspace.DEFAULT_REPORTS));
        created.write();
        return created;
    }
}

package se.balans.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import se.balans.io.workspace.Workspace;

/**
 * The workspace a command works in: the folder {@code BALANS_WORKSPACE} (or {@code -Dbalans.workspace})
 * names, else the nearest folder from the working directory upwards that holds
 * {@value Workspace#FILE}, the way git finds its repository. Nothing falls back to the sample region:
 * outside a workspace, a command that needs one says how to make one.
 */
public final class WorkspaceLookup {
    private WorkspaceLookup() {
    }

    /** The workspace, if the command runs in one. */
    public static Optional<Workspace> find() {
        Optional<String> named = named();
        if (named.isPresent()) {
            Path root = Path.of(named.get()).toAbsolutePath().normalize();
            if (!Files.isRegularFile(root.resolve(Workspace.FILE))) {
                throw new UserException(ExitCode.USAGE, source() + " names " + root + ", which is not a Balans "
                        + "workspace (it has no " + Workspace.FILE + "; balans init creates one)");
            }
            return Optional.of(Workspace.read(root));
        }
        return Workspace.find(Path.of("").toAbsolutePath());
    }

    /**
     * The workspace, which the command cannot do without.
     *
     * @param instead what the user can give instead of a workspace, e.g. {@code --plan DIR}, or
     *                {@code null} when nothing can replace it
     */
    public static Workspace require(String instead) {
        return find().orElseThrow(() -> new UserException(ExitCode.USAGE, notInWorkspace()
                + (instead == null ? "" : ", or give " + instead)));
    }

    /** The refusal outside a workspace, naming where it looked. */
    public static String notInWorkspace() {
        return "not in a Balans workspace (no " + Workspace.FILE + " in " + Path.of("").toAbsolutePath()
                + " or any folder above it): run 'balans init' in your organisation's folder to create one, "
                + "'balans demo' for the sample region's";
    }

    private static Optional<String> named() {
        String p = System.getProperty("balans.workspace");
        if (p != null && !p.isBlank()) {
            return Optional.of(p);
        }
        String env = System.getenv("BALANS_WORKSPACE");
        return env != null && !env.isBlank() ? Optional.of(env) : Optional.empty();
    }

    private static String source() {
        String p = System.getProperty("balans.workspace");
        return p != null && !p.isBlank() ? "-Dbalans.workspace" : "BALANS_WORKSPACE";
    }
}

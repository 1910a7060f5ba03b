package se.balans.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Year;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.balans.app.workspace.InitWorkspace;
import se.balans.cli.BalansHome;
import se.balans.cli.ExitCode;
import se.balans.cli.LanguageOption;
import se.balans.engine.organisation.Organisation;
import se.balans.io.workspace.Workspace;
import se.balans.reports.text.Labels;

/** {@code balans init}: creates an organisation's workspace. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create a workspace: the folder of one organisation, with its balans.properties (name, "
                + "organisation number, fiscal year, where the plan, closing configuration, treasury files and "
                + "store are). Every command run in the folder or below it works on that organisation, and a "
                + "ledger file of another organisation is refused. --from copies the plan, configuration and "
                + "treasury files of a template (last year's workspace, or sample-data/region-vasterbotten) into "
                + "it. See docs/workspace.md.")
public final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    LanguageOption lang;

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "The workspace's folder (default: the current one).")
    Path dir;

    @Option(names = "--name", paramLabel = "NAME", required = true,
            description = "The organisation's name as its documents give it, e.g. \"Region Västerbotten\".")
    String name;

    @Option(names = "--org-number", paramLabel = "NNNNNN-NNNN", required = true,
            description = "The organisation number (organisationsnummer), e.g. 232100-0222; checked.")
    String number;

    @Option(names = "--year", paramLabel = "YYYY", description = "The fiscal year being followed up (default: this year).")
    Integer year;

    @Option(names = "--from", paramLabel = "DIR",
            description = "A template folder whose plan, configuration and treasury files are copied in.")
    Path from;

    @Option(names = "--plan", paramLabel = "DIR", description = "The plan directory, if elsewhere (default: the workspace's folder).")
    Path plan;

    @Option(names = "--config", paramLabel = "DIR",
            description = "The closing configuration, if elsewhere (default: the workspace's folder).")
    Path config;

    @Option(names = "--treasury", paramLabel = "DIR", description = "The treasury files, if elsewhere (default: treasury/).")
    Path treasury;

    @Option(names = "--store", paramLabel = "URL|PATH",
            description = "The store: jdbc:postgresql://HOST/DATABASE, or an H2 file (default: balans-data/balans).")
    String store;

    @Override
    public Integer call() throws IOException {
        Organisation organisation;
        try {
            organisation = Organisation.of(name, number);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--org-number/--name: " + e.getMessage());
        }
        int fiscalYear = year != null ? year : Year.now(Clock.systemDefaultZone()).getValue();
        Path root = dir != null ? dir : Path.of("");
        InitWorkspace.Created c = InitWorkspace.run(new InitWorkspace.Request(root, organisation, fiscalYear,
                Optional.ofNullable(from).map(BalansHome::resolve), absolute(plan), absolute(config), absolute(treasury),
                Optional.ofNullable(store)));
        print(c);
        return ExitCode.OK;
    }

    /** A folder given on the command line: relative to where the command runs, not to the workspace. */
    private static Optional<Path> absolute(Path p) {
        return Optional.ofNullable(p).map(x -> x.toAbsolutePath().normalize());
    }

    private void print(InitWorkspace.Created c) {
        PrintWriter out = spec.commandLine().getOut();
        Labels l = lang.labels();
        Workspace ws = c.workspace();
        out.println(l.format("init.created", ws.organisation().name(), ws.organisation().number(), ws.fiscalYear(),
                ws.root().resolve(Workspace.FILE)));
        if (!c.copied().isEmpty()) {
            out.println(l.format("init.copied", c.copied().size()));
        }
        if (!c.missing().isEmpty()) {
            out.println(l.get("init.missing"));
            c.missing().forEach(m -> out.println("  " + m));
        }
        c.notes().forEach(n -> out.println(l.get("init.note") + " " + n));
        out.println(l.get("init.next"));
        out.flush();
    }
}

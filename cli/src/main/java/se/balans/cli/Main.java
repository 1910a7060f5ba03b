package se.balans.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import se.balans.app.ConflictException;
import se.balans.app.InvalidRequestException;
import se.balans.app.MissingInputException;
import se.balans.engine.InvalidInputException;
import se.balans.engine.ledger.UnmappedLedgerException;
import se.balans.io.InputFileException;
import se.balans.store.StoreConflictException;

/**
 * Entry point of the {@code balans} command. Output is UTF-8 whatever the platform's locale, so
 * å, ä, ö and − survive a POSIX shell; errors are one line on stderr with a documented exit code.
 */
public final class Main {
    static {
        // POI logs through the Log4j API; with no Log4j implementation on the class path the API
        // would print a warning on stderr of every report command. Its simple logger prints errors only.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    private Main() {
    }

    public static void main(String[] args) {
        quietLibraries();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * What the libraries are told before a command, each to spare every command work it has no use for:
     * <ul>
     * <li>jOOQ: no start-up banner and tips, which print nowhere;</li>
     * <li>picocli: no Groovy closures in annotations, which it otherwise looks for as {@code groovy.lang.Closure}
     * in every jar of the class path (forty; 0.05 s and more);</li>
     * <li>SLF4J, through which jOOQ and Flyway log: its provider, the no-op one the command ships with, instead of
     * a search of every jar for providers. A provider named with {@code -Dslf4j.provider} is kept.</li>
     * </ul>
     */
    static void quietLibraries() {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        System.setProperty("picocli.disable.closures", "true");
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "org.slf4j.nop.NOPServiceProvider");
            // Else SLF4J says on standard error, in every command, that it took the provider it was given.
            System.setProperty("slf4j.internal.verbosity", "WARN");
        }
    }

    /** Runs a command line and returns its exit code; used by the tests without a JVM exit. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cmd = commandLine(out, err, BalansCommand.subcommandsFor(args));
        return cmd.execute(args);
    }

    private static CommandLine commandLine(PrintWriter out, PrintWriter err, java.util.List<Class<?>> subcommands) {
        CommandLine cmd = new CommandLine(new BalansCommand());
        // First the subcommands, then the settings: the setters below pass themselves on to the subcommands present.
        subcommands.forEach(cmd::addSubcommand);
        CommandList.install(cmd);
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setExitCodeExceptionMapper(Main::exitCode);
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("balans: " + message(ex));
            // A database that cannot be reached is the environment, not a bug: its message says it all.
            boolean bug = exitCode(ex) == ExitCode.INTERNAL && !(ex instanceof se.balans.store.StoreException);
            if (bug || System.getenv("BALANS_DEBUG") != null) {
                ex.printStackTrace(commandLine.getErr());
            }
            commandLine.getErr().flush();
            return exitCode(ex);
        });
        return cmd;
    }

    /**
     * The one mapping from what went wrong to the exit code a script sees (README, "Exit codes"). The
     * application layer and the modules below it know nothing of exit codes; they throw their own
     * exceptions, and this is where each kind gets its number.
     */
    static int exitCode(Throwable ex) {
        if (ex instanceof CommandLine.ParameterException || ex instanceof InvalidRequestException) {
            return ExitCode.USAGE;
        }
        if (ex instanceof InputFileException || ex instanceof InvalidInputException
                || ex instanceof MissingInputException || ex instanceof UnmappedLedgerException) {
            return ExitCode.BAD_INPUT;
        }
        if (ex instanceof ConflictException || ex instanceof StoreConflictException) {
            return ExitCode.CONFLICT;
        }
        if (ex instanceof UserException u) {
            return u.exitCode();
        }
        return ExitCode.INTERNAL;
    }

    private static String message(Throwable ex) {
        if (ex instanceof se.balans.store.StoreException) {
            return ex.getMessage();
        }
        if (exitCode(ex) == ExitCode.INTERNAL) {
            return "internal error: " + ex;
        }
        return ex.getMessage();
    }
}

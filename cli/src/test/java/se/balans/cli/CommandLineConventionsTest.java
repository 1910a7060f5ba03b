package se.balans.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import org.junit.jupiter.api.io.TempDir;

/** What scripts and shells rely on: exit codes in every help, usage errors exit 2, help and completion. */
class CommandLineConventionsTest {
    @org.junit.jupiter.api.BeforeAll
    static void inTheSampleWorkspace() {
        CliRun.useSampleWorkspace();
    }


    @Test
    void everyCommandsHelpListsTheExitCodes() {
        for (String[] cmd : new String[][] {{"--help"}, {"close", "--help"}, {"report", "monthly", "--help"},
                {"explain", "outcome", "--help"}, {"plan", "show", "--help"}}) {
            CliRun r = CliRun.of(cmd);
            assertThat(r.exitCode()).as(String.join(" ", cmd)).isZero();
            assertThat(r.out()).as(String.join(" ", cmd)).contains("Exit codes:")
                    .containsPattern("(?m)^\\s+2\\s+wrong command line")
                    .containsPattern("(?m)^\\s+4\\s+the store refuses");
        }
    }

    /**
     * Every command's help, the command lists included, fits the 80 columns picocli wraps to: a description written
     * in lines longer than that would come out ragged, and a list would repeat each command's whole first paragraph.
     */
    @Test
    void everyHelpFitsEightyColumnsAndItsCommandListSumsUpEachCommandInAFewLines() {
        CommandLine root = new CommandLine(new BalansCommand());
        BalansCommand.subcommandsFor(new String[0]).forEach(root::addSubcommand);
        java.util.List<String[]> paths = new java.util.ArrayList<>();
        collect(root, new java.util.ArrayList<>(), paths);
        assertThat(paths).hasSizeGreaterThan(30);
        for (String[] path : paths) {
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(path), java.util.stream.Stream.of(
                    "--help")).toArray(String[]::new);
            CliRun r = CliRun.of(args);
            String name = "balans " + String.join(" ", args);
            assertThat(r.exitCode()).as(name).isZero();
            assertThat(r.out().lines()).as(name).allSatisfy(line -> assertThat(line.length()).as(name + ": " + line)
                    .isLessThanOrEqualTo(80));
            String list = r.out().contains("Commands:") ? r.out().substring(r.out().indexOf("Commands:"),
                    r.out().indexOf("Exit codes:")) : "";
            // A command's summary: its name's line and at most two more.
            assertThat(list).as(name).doesNotContainPattern("(?m)(^ {25}\\S.*\\n){3}");
        }
        assertThat(CliRun.of("--help").out()).containsPattern("(?m)^  import +Import ledger files$");
    }

    private static void collect(CommandLine cmd, java.util.List<String> at, java.util.List<String[]> paths) {
        for (var sub : cmd.getSubcommands().entrySet()) {
            if (sub.getKey().equals("help")) {
                continue;
            }
            java.util.List<String> path = new java.util.ArrayList<>(at);
            path.add(sub.getKey());
            paths.add(path.toArray(String[]::new));
            collect(sub.getValue(), path, paths);
        }
    }

    @Test
    void theHelpCommandShowsACommandsUsage() {
        CliRun r = CliRun.of("help", "close");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Usage: balans close").contains("--reopen");
    }

    @Test
    void aCommandGroupWithoutItsCommandIsAUsageError() {
        for (String[] cmd : new String[][] {{}, {"plan"}, {"report"}, {"explain"}}) {
            CliRun r = CliRun.of(cmd);
            assertThat(r.exitCode()).as("balans " + String.join(" ", cmd)).isEqualTo(ExitCode.USAGE);
            assertThat(r.err()).contains("needs a command").contains("Usage:");
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void anUnknownOptionOrAMissingArgumentIsAUsageError() {
        assertThat(CliRun.of("close").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.of("status", "--frobnicate").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.of("explain", "outcome", "2026-03", "nettokostnad").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.of("import", "--replace", "--add", "x.se").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.of("import", "--drop", "2026-01", "x.se").exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void theCompletionScriptKnowsEveryCommandAndIsValidBash(@TempDir Path dir) throws IOException,
            InterruptedException {
        CliRun r = CliRun.of("completion");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("complete -F").contains("balans")
                .contains("import").contains("close").contains("verify").contains("--reopen");
        Path script = Files.writeString(dir.resolve("balans-completion.bash"), r.out(), StandardCharsets.UTF_8);
        Process bash = new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(bash.exitValue()).as(new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isZero();
    }
}

package se.balans.cli.store;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import se.balans.cli.Main;

/**
 * One person of a busy week at the finance unit, as a process of its own: runs a script of {@code balans}
 * command lines one after another, each as {@code balans} itself would run it ({@link Main#run}: a fresh
 * command line, the exit code it maps), in this one JVM — a JVM start per command would cost a second each.
 *
 * <p>{@code LoadWorker NAME SCRIPT LOGDIR}. Each line of {@code SCRIPT} is a pause in milliseconds, then the
 * command's arguments, separated by tabs. After each command the worker prints one line on standard output,
 * {@value #PREFIX} and tab-separated: the worker's name, the command's number, its exit code, when it started and
 * ended (epoch milliseconds), the CPU time the process used meanwhile (milliseconds), its arguments (joined by spaces) and the first line of its standard error that is
 * not a warning; the whole output and error go to {@code LOGDIR/NAME-NUMBER.out} and {@code .err}. A throwable
 * that escapes {@code balans} (none should) is exit code {@value #ESCAPED} with its stack trace in the error file.
 * The last line, {@value #CPU_PREFIX}, is the CPU time the worker used.
 */
public final class LoadWorker {
    static final String PREFIX = "LOADOP";
    static final int ESCAPED = -1;
    /** The worker's last line: its name and the CPU time it used, in milliseconds. */
    static final String CPU_PREFIX = "LOADCPU";

    private LoadWorker() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String name = args[0];
        List<String> script = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
        Path logs = Path.of(args[2]);
        for (int i = 0; i < script.size(); i++) {
            String[] fields = script.get(i).split("\t");
            Thread.sleep(Long.parseLong(fields[0]));
            String[] command = Arrays.copyOfRange(fields, 1, fields.length);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            long started = System.currentTimeMillis();
            long cpuBefore = cpuMillis();
            int code;
            try {
                code = Main.run(command, new PrintWriter(out, true), new PrintWriter(err, true));
            } catch (Throwable t) {
                code = ESCAPED;
                t.printStackTrace(new PrintWriter(err, true));
            }
            long ended = System.currentTimeMillis();
            String base = name + "-" + String.format("%03d", i);
            Files.writeString(logs.resolve(base + ".out"), out.toString(), StandardCharsets.UTF_8);
            Files.writeString(logs.resolve(base + ".err"), err.toString(), StandardCharsets.UTF_8);
            System.out.println(String.join("\t", PREFIX, name, String.valueOf(i), String.valueOf(code),
                    String.valueOf(started), String.valueOf(ended), String.valueOf(cpuMillis() - cpuBefore),
                    String.join(" ", command),
                    firstError(err.toString())));
            System.out.flush();
        }
        // What the worker cost the machine, for the test's summary: the week is meant to fit a small CI machine.
        System.out.println(CPU_PREFIX + "\t" + name + "\t" + cpuMillis());
    }

    /** The CPU time this process has used so far, all its threads (the JIT compiler's and the collector's too). */
    private static long cpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    /** The first line of standard error that is not a warning: the refusal or the failure, if any. */
    private static String firstError(String err) {
        List<String> lines = new ArrayList<>(err.lines().toList());
        return lines.stream().filter(l -> !l.isBlank() && !l.startsWith("balans: warning:")).findFirst().orElse("")
                .replace('\t', ' ');
    }
}

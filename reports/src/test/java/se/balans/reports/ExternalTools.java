package se.balans.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;

/**
 * The programs readers open the documents with, for the tests that check that they do: LibreOffice
 * Calc (soffice) and poppler's pdftoppm. A test that needs one is skipped where it is missing,
 * unless BALANS_REQUIRE_TOOLS=1 (CI sets it). Also used by the CLI's tests (test-jar).
 */
public final class ExternalTools {
    private ExternalTools() {
    }

    /** Skips the test (or fails it under BALANS_REQUIRE_TOOLS=1) if {@code name} is not on the PATH. */
    public static void require(String name) {
        boolean present = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(p -> Files.isExecutable(Path.of(p, name)));
        if (!present && "1".equals(System.getenv("BALANS_REQUIRE_TOOLS"))) {
            fail(name + " is not installed, and BALANS_REQUIRE_TOOLS=1 requires it");
        }
        Assumptions.assumeTrue(present, name + " is not installed");
    }

    /** What a program did: its exit code and its output (stdout and stderr together). */
    public record Result(int exit, String output) {
    }

    public static Result run(Path workDir, long timeoutSeconds, String... command) throws IOException,
            InterruptedException {
        Path log = Files.createTempFile(workDir, "tool", ".log");
        Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
        }
        return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /**
     * Converts workbooks to PDF with LibreOffice in one run (it starts slowly).
     *
     * @return the converted PDFs, in the order of the workbooks
     */
    public static List<Path> libreOfficeToPdf(Path workDir, Path... workbooks) throws IOException,
            InterruptedException {
        return libreOffice(workDir, "pdf", workbooks);
    }

    /**
     * Opens workbooks in LibreOffice Calc and saves them as xlsx again, as a committee that fills a
     * template in with LibreOffice would, in one run (it starts slowly).
     *
     * @return the saved workbooks, of the same names in the directory lo-xlsx, in the order of the workbooks
     */
    public static List<Path> libreOfficeToXlsx(Path workDir, Path... workbooks) throws IOException,
            InterruptedException {
        return libreOffice(workDir, "xlsx", workbooks);
    }

    /**
     * Converts workbooks with soffice --headless --convert-to in one run, into workDir/lo-FORMAT, with
     * a private profile so that a second soffice on the machine does not share and lock ours.
     */
    private static List<Path> libreOffice(Path workDir, String format, Path... workbooks) throws IOException,
            InterruptedException {
        require("soffice");
        Path out = Files.createDirectories(workDir.resolve("lo-" + format));
        List<String> command = new ArrayList<>(List.of("soffice",
                "-env:UserInstallation=" + workDir.resolve("lo-profile").toUri(), "--headless", "--convert-to", format,
                "--outdir", out.toString()));
        for (Path w : workbooks) {
            if (out.toAbsolutePath().equals(w.toAbsolutePath().getParent())) {
                throw new IllegalArgumentException(w + " would be overwritten by its conversion");
            }
            command.add(w.toString());
        }
        Result r = run(workDir, 300, command.toArray(String[]::new));
        List<Path> converted = new ArrayList<>();
        for (Path w : workbooks) {
            Path c = out.resolve(w.getFileName().toString().replaceAll("\\.[^.]+$", "") + "." + format);
            assertThat(c).as("soffice said: " + r.output()).exists();
            converted.add(c);
        }
        return converted;
    }

    /** A PDF's text, with the (narrow) no-break spaces LibreOffice groups Swedish thousands with as spaces. */
    public static String text(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d).replaceAll("[\u00a0\u202f]", " ");
        }
    }

    /** A PDF's text as poppler's pdftotext gives it (what a reader copying from a viewer gets), UTF-8. */
    public static String popplerText(Path workDir, Path pdf) throws IOException, InterruptedException {
        require("pdftotext");
        Path out = workDir.resolve(pdf.getFileName().toString().replaceAll("\\.pdf$", "") + ".txt");
        Result r = run(workDir, 120, "pdftotext", "-enc", "UTF-8", pdf.toString(), out.toString());
        assertThat(r.exit()).as(r.output()).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    public static int pages(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return d.getNumberOfPages();
        }
    }

    /**
     * Renders a PDF with pdftoppm at a low resolution and checks that it said nothing and drew
     * at least {@code minPages} non-empty pages.
     */
    public static void renderWithPoppler(Path workDir, Path pdf, int minPages) throws IOException,
            InterruptedException {
        require("pdftoppm");
        String prefix = pdf.getFileName().toString().replaceAll("\\.pdf$", "") + "-page";
        Result r = run(workDir, 120, "pdftoppm", "-r", "40", "-png", pdf.toString(), workDir.resolve(prefix).toString());
        assertThat(r.exit()).as(r.output()).isZero();
        assertThat(r.output()).as("pdftoppm complained").isBlank();
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> s = Files.list(workDir)) {
            s.filter(p -> p.getFileName().toString().matches(java.util.regex.Pattern.quote(prefix) + "-\\d+\\.png"))
                    .forEach(pages::add);
        }
        assertThat(pages).hasSizeGreaterThanOrEqualTo(minPages);
        assertThat(pages).allMatch(p -> p.toFile().length() > 1000);
    }
}

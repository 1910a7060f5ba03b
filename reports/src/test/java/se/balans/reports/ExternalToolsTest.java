package se.balans.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.reports.pdf.PdfWriter;
import se.balans.reports.text.Language;
import se.balans.reports.xlsx.XlsxWriter;

/**
 * The documents open in the programs readers use: LibreOffice Calc converts the workbook to PDF
 * (charts and number formats included), and poppler's pdftoppm renders our PDF without a
 * complaint. Skipped where the programs are missing, unless BALANS_REQUIRE_TOOLS=1 (CI sets it).
 * The conversion is slow, so it runs once for the class.
 */
class ExternalToolsTest {
    @TempDir
    static Path dir;
    static Path xlsx;
    static Path pdf;

    @BeforeAll
    static void write() throws IOException {
        xlsx = dir.resolve("regionplan-2025.xlsx");
        pdf = dir.resolve("regionplan-2025-ours.pdf");
        try (OutputStream o = Files.newOutputStream(xlsx)) {
            new XlsxWriter().write(SampleReports.plan2025(Language.SV), o);
        }
        try (OutputStream o = Files.newOutputStream(pdf)) {
            new PdfWriter().write(SampleReports.plan2025(Language.SV), o);
        }
    }

    static void requireTool(String name) {
        boolean present = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(p -> Files.isExecutable(Path.of(p, name)));
        if (!present && "1".equals(System.getenv("BALANS_REQUIRE_TOOLS"))) {
            fail(name + " is not installed, and BALANS_REQUIRE_TOOLS=1 requires it");
        }
        Assumptions.assumeTrue(present, name + " is not installed");
    }

    record Result(int exit, String output) {
    }

    static Result run(Path workDir, long timeoutSeconds, String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "tool", ".log");
        Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
        }
        return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    @Test
    void libreOfficeOpensTheWorkbookAndShowsSwedishFigures() throws Exception {
        requireTool("soffice");
        Path out = Files.createDirectories(dir.resolve("lo"));
        // A private profile: a second soffice on the machine must not share (and lock) ours.
        String profile = dir.resolve("lo-profile").toUri().toString();
        Result r = run(dir, 300, "soffice", "-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf",
                "--outdir", out.toString(), xlsx.toString());
        Path converted = out.resolve("regionplan-2025.pdf");
        assertThat(converted).as("soffice said: " + r.output()).exists();
        try (PDDocument d = Loader.loadPDF(converted.toFile())) {
            assertThat(d.getNumberOfPages()).isGreaterThanOrEqualTo(8);
            // LibreOffice groups Swedish thousands with a (narrow) no-break space.
            String text = new PDFTextStripper().getText(d).replaceAll("[\u00a0\u202f]", " ");
            assertThat(text).contains("Verksamhetens resultat").contains("399,0").contains("218,0")
                    .contains("10 958,4").contains("\u2212181,0");
        }
    }

    @Test
    void popplerRendersOurPdfWithoutErrors() throws Exception {
        requireTool("pdftoppm");
        Result r = run(dir, 120, "pdftoppm", "-r", "40", "-png", pdf.toString(), dir.resolve("page").toString());
        assertThat(r.exit()).as(r.output()).isZero();
        assertThat(r.output()).as("pdftoppm complained").isBlank();
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.getFileName().toString().matches("page-\\d+\\.png")).forEach(pages::add);
        }
        assertThat(pages).hasSizeGreaterThanOrEqualTo(5);
        assertThat(pages).allMatch(p -> p.toFile().length() > 1000);
    }
}

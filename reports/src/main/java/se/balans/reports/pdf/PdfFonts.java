package se.balans.reports.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;

/**
 * The one typeface of the PDF, DejaVu Sans Condensed (bundled with its licence), loaded twice
 * from the same bytes: as embedded PDF fonts for the page text, and as AWT fonts for JFreeChart,
 * mapped to the same embedded fonts so that chart text is real, embedded text too. Embedding is
 * what PDF/A requires and what makes å, ä, ö, – and − print the same everywhere.
 */
final class PdfFonts {
    private static final String REGULAR = "/se/balans/reports/fonts/DejaVuSansCondensed.ttf";
    private static final String BOLD = "/se/balans/reports/fonts/DejaVuSansCondensed-Bold.ttf";
    private static final Font AWT_REGULAR = awt(REGULAR);
    private static final Font AWT_BOLD = awt(BOLD);

    final PDType0Font regular;
    final PDType0Font bold;

    private PdfFonts(PDType0Font regular, PDType0Font bold) {
        this.regular = regular;
        this.bold = bold;
    }

    static PdfFonts load(PDDocument doc) throws IOException {
        return new PdfFonts(embed(doc, REGULAR), embed(doc, BOLD));
    }

    /**
     * The font embedded without its GSUB substitutions: PDFBox would otherwise set "ff", "fi" and "fl" as
     * ligature glyphs, and a fingerprint or a word copied from the PDF would come out wrong ("c2fa\uFB0035de")
     * or not be found by a search or a screen reader. Each letter stays its own glyph with its own Unicode.
     */
    private static PDType0Font embed(PDDocument doc, String name) throws IOException {
        try (InputStream in = resource(name)) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            ttf.setEnableGsub(false);
            return PDType0Font.load(doc, ttf, true);
        }
    }

    /** An AWT font of the given size for charts. */
    static Font awt(boolean bold, float size) {
        return (bold ? AWT_BOLD : AWT_REGULAR).deriveFont(size);
    }

    /** A text drawer for JFreeChart's Graphics2D that writes with the embedded fonts. */
    PdfBoxGraphics2DFontTextDrawer textDrawer() {
        PdfBoxGraphics2DFontTextDrawer d = new PdfBoxGraphics2DFontTextDrawer();
        d.registerFont(AWT_REGULAR.getFontName(), regular);
        d.registerFont(AWT_BOLD.getFontName(), bold);
        return d;
    }

    private static InputStream resource(String name) {
        InputStream in = PdfFonts.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("font " + name + " is missing from the classpath");
        }
        return in;
    }

    private static Font awt(String name) {
        try (InputStream in = resource(name)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("font " + name + " cannot be read", e);
        }
    }
}

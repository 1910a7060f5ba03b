package se.balans.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import se.balans.reports.table.Deviations;

/** In the PDF a deviation's figure is green when it is good news and red when it is bad news, whatever its sign. */
class DeviationColoursPdfTest {

    /** The page's text in runs of one fill colour, in the order drawn: "1E7B34 12,3". */
    static final class ColouredText extends PDFTextStripper {
        final List<String> runs = new ArrayList<>();
        private String colour;
        private StringBuilder run = new StringBuilder();

        ColouredText() {
            addOperator(new SetNonStrokingColorSpace(this));
            addOperator(new SetNonStrokingColor(this));
            addOperator(new SetNonStrokingDeviceRGBColor(this));
            addOperator(new SetNonStrokingDeviceGrayColor(this));
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            String c;
            try {
                c = String.format("%06X", getGraphicsState().getNonStrokingColor().toRGB());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            if (!c.equals(colour)) {
                flush();
                colour = c;
            }
            run.append(text.getUnicode());
            super.processTextPosition(text);
        }

        void flush() {
            if (!run.isEmpty()) {
                runs.add(colour + " " + run);
            }
            run = new StringBuilder();
        }
    }

    @Test
    void aDeviationIsDrawnInTheColourOfItsMeaningAndTheLegendSaysWhichIsWhich() throws IOException {
        try (PDDocument d = Loader.loadPDF(PdfWriterTest.write(Deviations.sample()))) {
            ColouredText t = new ColouredText();
            t.getText(d);
            t.flush();
            assertThat(t.runs).contains("1E7B34 12,3", "C00000 \u22124,5", "C00000 2,0", "1E7B34 \u22123,0",
                    "C00000 \u22120,1", "C00000 \u22129,9");
            // Neutral deviations and a plain amount are black, as before; nothing shows as −0,0.
            assertThat(t.runs).anySatisfy(r -> assertThat(r).startsWith("000000").contains("Noll0,0"));
            assertThat(t.runs).anySatisfy(r -> assertThat(r).startsWith("000000").contains("Belopp\u22127,0"));
            assertThat(t.runs).noneSatisfy(r -> assertThat(r).contains("\u22120,0"));
            assertThat(String.join("\n", t.runs)).contains("Grönt: gynnsam avvikelse, rött: ogynnsam.");
        }
    }
}

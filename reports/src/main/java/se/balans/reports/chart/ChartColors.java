package se.balans.reports.chart;

import se.balans.reports.table.Cell;

/**
 * The report palette, shared by the Excel and the PDF renderer so that a series has the same
 * colour in both. Colours are chosen to stay apart in grey-scale print and for the common forms
 * of colour blindness (blue and orange first; green and red only for increase and decrease,
 * where the bar's place already tells the direction).
 */
public final class ChartColors {
    /** Light grey for grid lines. */
    public static final byte[] GRID = rgb(0xD9D9D9);

    private static final byte[][] SERIES = {
        rgb(0x1F4E79), rgb(0xED7D31), rgb(0x7F7F7F), rgb(0x5B9BD5), rgb(0xA5A5A5), rgb(0x264478), rgb(0x9E480E)
    };

    private ChartColors() {
    }

    /** The colour of the n-th series, repeating after the palette is used up. */
    public static byte[] series(int n) {
        return SERIES[n % SERIES.length].clone();
    }

    /** The colour of a waterfall part; {@code null} for the invisible base. */
    public static byte[] waterfall(WaterfallLayout.Part part) {
        return switch (part) {
            case BASE -> null;
            case TOTAL -> rgb(0x1F4E79);
            case INCREASE, INCREASE_BELOW_ZERO -> rgb(0x548235);
            case DECREASE, DECREASE_BELOW_ZERO -> rgb(0xC00000);
        };
    }

    /**
     * The text colour of a deviation by its meaning (see {@link Cell.Deviation}); {@code null} for a neutral
     * one, which keeps the text colour. Dark green (1E7B34, contrast 5.3:1 on white) and dark red
     * (C00000, 6.5:1): both readable as text. Colour is not all a reader gets: in grey-scale print and for
     * a colour-blind reader the sign and the table's note say which way is good.
     */
    public static byte[] deviation(Cell.Favourability f) {
        return switch (f) {
            case FAVOURABLE -> rgb(0x1E7B34);
            case UNFAVOURABLE -> rgb(0xC00000);
            case NEUTRAL -> null;
        };
    }

    /** Packs a colour as 0xRRGGBB. */
    public static int packed(byte[] rgb) {
        return ((rgb[0] & 0xFF) << 16) | ((rgb[1] & 0xFF) << 8) | (rgb[2] & 0xFF);
    }

    private static byte[] rgb(int hex) {
        return new byte[] {(byte) (hex >> 16), (byte) (hex >> 8), (byte) hex};
    }
}

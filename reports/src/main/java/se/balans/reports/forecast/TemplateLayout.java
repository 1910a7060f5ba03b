package se.balans.reports.forecast;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.ss.util.CellReference;

import se.balans.engine.trace.SourceFile;

/**
 * Where things are in a forecast template, shared by the writer and the reader so that the two
 * cannot drift apart, and the template fingerprint (mallens fingeravtryck) both compute.
 *
 * <p>The input cells have fixed addresses whatever the number of result lines, so the figures
 * table comes last: the user guide and the reader can name "Prognos!B10" once and for all.
 */
final class TemplateLayout {
    /** The hidden sheet with the identity and the covered figures. */
    static final String IDENTITY_SHEET = "_balans";
    /** What the identity sheet's first row says, so that a stray "_balans" sheet is not taken for ours. */
    static final String FORMAT = "balans-forecast-template";
    /** The named range the confidence list validation takes its choices from. */
    static final String CONFIDENCE_RANGE = "BalansConfidence";
    /** Not a secret: the protection guards against slips, the fingerprint against changes. */
    static final String PROTECTION_PASSWORD = "balans";

    static final int COLUMNS = 6;
    /** 0-based rows of the visible sheet. */
    static final int ROW_TITLE = 0;
    static final int ROW_ORGANISATION = 1;
    static final int ROW_ORGANISATION_NUMBER = 2;
    static final int ROW_COMMITTEE = 3;
    static final int ROW_ROUND = 4;
    static final int ROW_CLOSING = 5;
    static final int ROW_FRAME = 6;
    static final int ROW_INPUT_TITLE = 8;
    static final int ROW_DEVIATION = 9;
    static final int ROW_CONFIDENCE = 10;
    static final int ROW_COMMENT = 11;
    static final int ROW_RISKS_HEADER = 13;
    static final int ROW_ACTIONS_HEADER = 20;
    static final int ITEMS = 5;
    static final int ROW_FIGURES_TITLE = 27;
    static final int ROW_FIGURES_HEADER = 28;
    static final int ROW_FIRST_FIGURE = 29;
    /** 0-based columns: labels, then values; a risk's or action's description spans B:E, its effect is F. */
    static final int COL_LABEL = 0;
    static final int COL_VALUE = 1;
    static final int COL_DESCRIPTION_END = 4;
    static final int COL_EFFECT = 5;

    /** Keys of the identity sheet, one a row in column A with the value in column B, in this order. */
    static final String KEY_FORMAT = "format";
    static final String KEY_VERSION = "version";
    static final String KEY_ORGANISATION_NUMBER = "organisation_number";
    static final String KEY_COMMITTEE = "committee";
    static final String KEY_MONTH = "month";
    static final String KEY_CLOSING_ID = "closing_id";
    static final String KEY_CLOSING_FINGERPRINT = "closing_fingerprint";
    static final String KEY_LANGUAGE = "language";
    static final String KEY_TEMPLATE_FINGERPRINT = "template_fingerprint";
    /** Row (0-based) of the fingerprint on the identity sheet, and of the first covered cell. */
    static final int ROW_TEMPLATE_FINGERPRINT = 8;
    static final int ROW_FIRST_COVERED = 10;
    /** Column (0-based) of the identity sheet that holds the confidence choices. */
    static final int COL_CONFIDENCE_CHOICES = 3;

    /** Custom document property names: the identity again, for programs that read properties only. */
    static final Map<String, String> PROPERTIES = Map.of(KEY_ORGANISATION_NUMBER, "BalansOrganisationNumber",
            KEY_COMMITTEE, "BalansCommittee", KEY_MONTH, "BalansMonth", KEY_CLOSING_ID, "BalansClosingId",
            KEY_CLOSING_FINGERPRINT, "BalansClosingFingerprint", KEY_VERSION, "BalansTemplateVersion",
            KEY_TEMPLATE_FINGERPRINT, "BalansTemplateFingerprint");

    private TemplateLayout() {
    }

    static int riskRow(int i) {
        return ROW_RISKS_HEADER + 1 + i;
    }

    static int actionRow(int i) {
        return ROW_ACTIONS_HEADER + 1 + i;
    }

    /** "Prognos!B10" for a 0-based row and column. */
    static String ref(String sheet, int row, int col) {
        return sheet + "!" + new CellReference(row, col).formatAsString(false);
    }

    /** An exact amount in mnkr as the fingerprint and the identity sheet write it: plain, no trailing zeros. */
    static String plain(BigDecimal mnkr) {
        BigDecimal m = mnkr.stripTrailingZeros();
        return (m.scale() < 0 ? m.setScale(0) : m).toPlainString();
    }

    /**
     * The template fingerprint: SHA-256 (hex) over the canonical text
     * <pre>
     * format=balans-forecast-template\n
     * version=1\n          (then every identity entry, key=value, in the identity sheet's order:
     *                       organisation_number, committee, month, closing_id, closing_fingerprint, language)
     * Prognos!B7=1200\n    (each covered cell: its reference and exact mnkr, in the identity sheet's order)
     * </pre>
     * in UTF-8.
     *
     * @param identity the identity entries in order, the first being the format
     * @param covered  the covered cells in order, reference to plain mnkr
     */
    static String fingerprint(LinkedHashMap<String, String> identity, LinkedHashMap<String, String> covered) {
        return SourceFile.sha256(canonicalText(identity, covered).getBytes(StandardCharsets.UTF_8));
    }

    static String canonicalText(LinkedHashMap<String, String> identity, LinkedHashMap<String, String> covered) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : identity.entrySet()) {
            if (!e.getKey().equals(KEY_TEMPLATE_FINGERPRINT)) {
                sb.append(e.getKey()).append('=').append(e.getValue()).append('\n');
            }
        }
        for (Map.Entry<String, String> e : covered.entrySet()) {
            sb.append(e.getKey()).append('=').append(e.getValue()).append('\n');
        }
        return sb.toString();
    }

}

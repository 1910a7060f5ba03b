package se.balans.reports.forecast;

import static se.balans.reports.forecast.TemplateLayout.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

import se.balans.engine.forecast.CommitteeForecast;
import se.balans.engine.forecast.CommitteeForecast.Confidence;
import se.balans.engine.money.Money;
import se.balans.engine.organisation.Organisation;
import se.balans.engine.trace.SourceFile;
import se.balans.reports.text.Labels;
import se.balans.reports.text.Language;

/**
 * Reads a filled-in forecast template (ifylld prognosmall) back, and refuses one it cannot trust.
 *
 * <p>Refused, naming the cell: a file without Balans's identity (or with a garbled one); a figure
 * Balans wrote that has been changed (the first such cell, compared with the exact value the
 * template fingerprint covers), or an identity that no longer matches its fingerprint; no deviation
 * entered; text that is not a number where a number belongs; a confidence outside the list; a risk
 * or an action with only one of description and effect; a formula in an input cell (its stored
 * result is whatever the last program to save the file computed, so it is never trusted).
 *
 * <p>People type numbers, and a spreadsheet may keep them as text: Swedish forms are read ("−12,5",
 * "-12,5", "1 234,5" with a space, no-break space or narrow no-break space between thousands, a
 * typographic minus). What Excel and LibreOffice do to a saved file — dropping the workbook's
 * structure protection, making the very hidden sheet merely hidden — is accepted: the fingerprint,
 * not the protection, is what shows a change.
 */
public final class ForecastTemplateReader {
    private static final Pattern NUMBER = Pattern.compile(
            "([+\\-\u2212\u2013])?\\s*(\\d{1,3}(?:[ \u00a0\u202f]\\d{3})+|\\d+)(?:[,.](\\d+))?");
    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");
    private static final List<String> IDENTITY_KEYS = List.of(KEY_FORMAT, KEY_VERSION, KEY_ORGANISATION_NUMBER,
            KEY_COMMITTEE, KEY_MONTH, KEY_CLOSING_ID, KEY_CLOSING_FINGERPRINT, KEY_LANGUAGE, KEY_TEMPLATE_FINGERPRINT);

    /**
     * @throws ForecastTemplateException if the file is not a Balans forecast template, was altered
     *                                   where it is locked, or is not filled in as the template asks
     */
    public FilledTemplate read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ForecastTemplateException(file, null, "no such file");
        } catch (IOException e) {
            throw new ForecastTemplateException(file, null, "cannot read: " + e.getMessage(), e);
        }
        // The hash is of the very bytes parsed, so the record names what was read.
        String sha256 = SourceFile.sha256(bytes);
        XSSFWorkbook wb;
        try {
            wb = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new ForecastTemplateException(file, null,
                    "not a Balans forecast template: not an Excel workbook (.xlsx) that can be read", e);
        }
        try (wb) {
            return new Reading(file, wb).read(sha256);
        } catch (IOException e) {
            throw new ForecastTemplateException(file, null, "cannot read: " + e.getMessage(), e);
        }
    }

    /** One workbook being read. */
    private static final class Reading {
        private final Path file;
        private final XSSFWorkbook wb;

        Reading(Path file, XSSFWorkbook wb) {
            this.file = file;
            this.wb = wb;
        }

        FilledTemplate read(String sha256) {
            Sheet identity = wb.getSheet(IDENTITY_SHEET);
            if (identity == null) {
                throw refuse(IDENTITY_SHEET + "!A1", "not a Balans forecast template: the hidden sheet "
                        + IDENTITY_SHEET + " with its identity is missing");
            }
            LinkedHashMap<String, String> id = identity(identity);
            String organisationNumber = id.get(KEY_ORGANISATION_NUMBER);
            YearMonth month = month(id.get(KEY_MONTH));
            long closingId = closingId(id.get(KEY_CLOSING_ID));
            Language language = language(id.get(KEY_LANGUAGE));
            Labels labels = Labels.of(language);
            Sheet sheet = wb.getSheet(labels.get("forecast.template.sheet"));
            if (sheet == null) {
                throw refuse(labels.get("forecast.template.sheet") + "!A1", "not a Balans forecast template: the sheet "
                        + labels.get("forecast.template.sheet") + " is missing");
            }
            LinkedHashMap<String, String> covered = covered(identity);
            compareCovered(covered);
            if (!fingerprint(id, covered).equals(id.get(KEY_TEMPLATE_FINGERPRINT))) {
                throw refuse(ref(IDENTITY_SHEET, ROW_TEMPLATE_FINGERPRINT, 1), "the template has been altered: its"
                        + " identity or figures no longer match its fingerprint; make a new template");
            }
            compareProperties(id);
            String name = sheet.getSheetName();
            CommitteeForecast forecast = new CommitteeForecast(id.get(KEY_COMMITTEE), month,
                    deviation(sheet, name), text(sheet, name, ROW_COMMENT, COL_VALUE).strip(),
                    confidence(sheet, name, labels), items(sheet, name, ROW_RISKS_HEADER, "risk"),
                    items(sheet, name, ROW_ACTIONS_HEADER, "action"));
            return new FilledTemplate(organisationNumber, id.get(KEY_COMMITTEE), month, closingId,
                    id.get(KEY_CLOSING_FINGERPRINT), forecast, sha256);
        }

        /** The identity rows, each key where the template puts it, and values of the right form. */
        private LinkedHashMap<String, String> identity(Sheet identity) {
            LinkedHashMap<String, String> id = new LinkedHashMap<>();
            for (int row = 0; row < IDENTITY_KEYS.size(); row++) {
                String key = IDENTITY_KEYS.get(row);
                if (!key.equals(plainText(identity, row, 0))) {
                    throw refuse(ref(IDENTITY_SHEET, row, 0), "not a Balans forecast template: expected the identity"
                            + " entry '" + key + "' here");
                }
                id.put(key, plainText(identity, row, 1).strip());
            }
            if (!FORMAT.equals(id.get(KEY_FORMAT))) {
                throw refuse(ref(IDENTITY_SHEET, 0, 1), "not a Balans forecast template: expected '" + FORMAT + "'");
            }
            if (!ForecastTemplate.VERSION.equals(id.get(KEY_VERSION))) {
                throw refuse(ref(IDENTITY_SHEET, 1, 1), "template version '" + id.get(KEY_VERSION)
                        + "'; this Balans reads version " + ForecastTemplate.VERSION + ": make a new template");
            }
            try {
                if (!Organisation.normaliseNumber(id.get(KEY_ORGANISATION_NUMBER)).equals(id.get(KEY_ORGANISATION_NUMBER))) {
                    throw new IllegalArgumentException("not in the form NNNNNN-NNNN");
                }
            } catch (IllegalArgumentException e) {
                throw refuse(ref(IDENTITY_SHEET, 2, 1), "garbled identity: expected an organisation number"
                        + " NNNNNN-NNNN, found '" + id.get(KEY_ORGANISATION_NUMBER) + "'");
            }
            if (id.get(KEY_COMMITTEE).isEmpty()) {
                throw refuse(ref(IDENTITY_SHEET, 3, 1), "garbled identity: expected a committee code");
            }
            for (int row : new int[] {6, 8}) {
                if (!SHA_256.matcher(id.get(IDENTITY_KEYS.get(row))).matches()) {
                    throw refuse(ref(IDENTITY_SHEET, row, 1), "garbled identity: expected 64 hex digits (SHA-256)");
                }
            }
            return id;
        }

        private YearMonth month(String text) {
            try {
                return YearMonth.parse(text);
            } catch (DateTimeParseException e) {
                throw refuse(ref(IDENTITY_SHEET, 4, 1), "garbled identity: expected a month YYYY-MM, found '" + text + "'");
            }
        }

        private long closingId(String text) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw refuse(ref(IDENTITY_SHEET, 5, 1), "garbled identity: expected a closing id, found '" + text + "'");
            }
        }

        private Language language(String code) {
            try {
                return Language.fromCode(code);
            } catch (IllegalArgumentException e) {
                throw refuse(ref(IDENTITY_SHEET, 7, 1), "garbled identity: expected the language sv or en, found '"
                        + code + "'");
            }
        }

        /** The covered cells as the identity sheet lists them, in order. */
        private LinkedHashMap<String, String> covered(Sheet identity) {
            LinkedHashMap<String, String> covered = new LinkedHashMap<>();
            for (int row = ROW_FIRST_COVERED; !plainText(identity, row, 0).isEmpty(); row++) {
                String value = plainText(identity, row, 1).strip();
                try {
                    new BigDecimal(value);
                } catch (NumberFormatException e) {
                    throw refuse(ref(IDENTITY_SHEET, row, 1), "garbled template: expected an amount in mnkr, found '"
                            + value + "'");
                }
                covered.put(plainText(identity, row, 0).strip(), value);
            }
            if (covered.isEmpty()) {
                throw refuse(ref(IDENTITY_SHEET, ROW_FIRST_COVERED, 0), "garbled template: the figures are missing");
            }
            return covered;
        }

        /** Every covered cell on the visible sheet still holds the exact figure written. */
        private void compareCovered(Map<String, String> covered) {
            for (Map.Entry<String, String> e : covered.entrySet()) {
                CellReference at = new CellReference(e.getKey());
                Sheet sheet = at.getSheetName() == null ? null : wb.getSheet(at.getSheetName());
                if (sheet == null) {
                    throw refuse(e.getKey(), "garbled template: no such sheet");
                }
                Cell cell = cell(sheet, at.getRow(), at.getCol());
                BigDecimal expected = new BigDecimal(e.getValue());
                boolean same = cell != null && cell.getCellType() == CellType.NUMERIC
                        && cell.getNumericCellValue() == expected.doubleValue();
                if (!same) {
                    throw refuse(e.getKey(), "a protected figure has been changed: expected " + e.getValue()
                            + " mnkr as the template was made, found " + describe(cell) + "; make a new template");
                }
            }
        }

        /** Custom properties, where a program kept them, must say what the identity sheet says. */
        private void compareProperties(Map<String, String> id) {
            POIXMLProperties.CustomProperties custom = wb.getProperties().getCustomProperties();
            for (int row = 0; row < IDENTITY_KEYS.size(); row++) {
                String property = PROPERTIES.get(IDENTITY_KEYS.get(row));
                CTProperty p = property == null ? null : custom.getProperty(property);
                if (p == null) {
                    continue;
                }
                String value = p.isSetLpwstr() ? p.getLpwstr() : p.isSetLpstr() ? p.getLpstr() : null;
                if (value != null && !value.strip().equals(id.get(IDENTITY_KEYS.get(row)))) {
                    throw refuse(ref(IDENTITY_SHEET, row, 1), "the identity differs from the document property "
                            + property + " ('" + value + "'); make a new template");
                }
            }
        }

        private Money deviation(Sheet sheet, String name) {
            return amount(sheet, name, ROW_DEVIATION, COL_VALUE).orElseThrow(() -> refuse(
                    ref(name, ROW_DEVIATION, COL_VALUE), "no forecast entered: expected the full-year deviation"
                            + " from the annual frame in mnkr (positive a surplus, e.g. −12,5)"));
        }

        private Confidence confidence(Sheet sheet, String name, Labels labels) {
            String text = text(sheet, name, ROW_CONFIDENCE, COL_VALUE).strip();
            for (Language l : Language.values()) {
                for (Confidence c : Confidence.values()) {
                    String label = Labels.of(l).get("forecast.template.confidence." + c.name().toLowerCase(Locale.ROOT));
                    if (label.equalsIgnoreCase(text)) {
                        return c;
                    }
                }
            }
            List<String> choices = new ArrayList<>();
            for (Confidence c : Confidence.values()) {
                choices.add(labels.get("forecast.template.confidence." + c.name().toLowerCase(Locale.ROOT)));
            }
            String expected = "expected one of " + String.join(", ", choices);
            throw refuse(ref(name, ROW_CONFIDENCE, COL_VALUE), text.isEmpty() ? "no confidence chosen: " + expected
                    : expected + ", found '" + text + "'");
        }

        /** Risks or actions: a row counts when either part is filled, and then needs both. */
        private List<CommitteeForecast.Item> items(Sheet sheet, String name, int headerRow, String what) {
            List<CommitteeForecast.Item> items = new ArrayList<>();
            for (int i = 0; i < ITEMS; i++) {
                int row = headerRow + 1 + i;
                String description = text(sheet, name, row, COL_VALUE).strip();
                Optional<Money> effect = amount(sheet, name, row, COL_EFFECT);
                if (description.isEmpty() && effect.isPresent()) {
                    throw refuse(ref(name, row, COL_VALUE), "a " + what + " with an effect needs a description");
                }
                if (!description.isEmpty() && effect.isEmpty()) {
                    throw refuse(ref(name, row, COL_EFFECT), "expected the " + what
                            + "'s effect in mnkr beside its description (0 if it cannot be estimated)");
                }
                effect.ifPresent(m -> items.add(new CommitteeForecast.Item(description, m)));
            }
            return items;
        }

        /** A number cell: empty, a number, or a number typed as text in Swedish or plain form. */
        private Optional<Money> amount(Sheet sheet, String name, int row, int col) {
            Cell cell = cell(sheet, row, col);
            String at = ref(name, row, col);
            BigDecimal mnkr;
            if (cell == null || cell.getCellType() == CellType.BLANK) {
                return Optional.empty();
            } else if (cell.getCellType() == CellType.NUMERIC) {
                mnkr = new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue()));
            } else if (cell.getCellType() == CellType.STRING) {
                String text = cell.getStringCellValue().strip();
                if (text.isEmpty()) {
                    return Optional.empty();
                }
                mnkr = parseNumber(text).orElseThrow(() -> refuse(at,
                        "expected a number in mnkr (e.g. −12,5), found '" + text + "'"));
            } else {
                throw refuse(at, "expected a number in mnkr typed in, found " + describe(cell));
            }
            try {
                return Optional.of(Money.ofMnkr(mnkr));
            } catch (IllegalArgumentException e) {
                throw refuse(at, "expected an amount in mnkr to the öre (at most 8 decimals), found "
                        + mnkr.toPlainString());
            }
        }

        /** A text cell: text, or a number kept as it was typed; never a formula's cached result. */
        private String text(Sheet sheet, String name, int row, int col) {
            Cell cell = cell(sheet, row, col);
            if (cell == null || cell.getCellType() == CellType.BLANK) {
                return "";
            }
            return switch (cell.getCellType()) {
                case STRING -> cell.getStringCellValue();
                case NUMERIC -> NumberToTextConverter.toText(cell.getNumericCellValue());
                case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
                default -> throw refuse(ref(name, row, col), "expected text typed in, found " + describe(cell));
            };
        }

        private ForecastTemplateException refuse(String field, String message) {
            return new ForecastTemplateException(file, field, message);
        }
    }

    /** "−12,5", "-12,5", "1 234,5" (space, U+00A0 or U+202F between thousands), "12.5", "+3". */
    static Optional<BigDecimal> parseNumber(String text) {
        Matcher m = NUMBER.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String digits = m.group(2).replaceAll("[ \u00a0\u202f]", "") + (m.group(3) == null ? "" : "." + m.group(3));
        BigDecimal value = new BigDecimal(digits);
        return Optional.of(m.group(1) != null && !m.group(1).equals("+") ? value.negate() : value);
    }

    /** A cell's text as the identity sheet holds it (strings; a program may have made a number of one). */
    private static String plainText(Sheet sheet, int row, int col) {
        Cell cell = cell(sheet, row, col);
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> NumberToTextConverter.toText(cell.getNumericCellValue());
            default -> "";
        };
    }

    private static Cell cell(Sheet sheet, int row, int col) {
        Row r = sheet.getRow(row);
        return r == null ? null : r.getCell(col);
    }

    /** What a cell holds, for a message: "1300", "text 'ungefär 30'", "a formula (=A1*2)", "nothing". */
    private static String describe(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return "nothing";
        }
        return switch (cell.getCellType()) {
            case NUMERIC -> NumberToTextConverter.toText(cell.getNumericCellValue());
            case STRING -> "text '" + cell.getStringCellValue() + "'";
            case FORMULA -> "a formula (=" + cell.getCellFormula() + ")";
            case BOOLEAN -> "the value " + cell.getBooleanCellValue();
            default -> "an error value";
        };
    }
}

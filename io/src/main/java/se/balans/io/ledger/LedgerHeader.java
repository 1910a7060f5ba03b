package se.balans.io.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a ledger file says about itself (SIE identification records). A CSV ledger has only its
 * format; the other texts are then {@code ""}.
 *
 * @param format              {@code "PC8"} as SIE's {@code #FORMAT} declares it (the real encoding
 *                            is detected from the bytes, see {@link LedgerFileSummary#charset()}),
 *                            or {@code "CSV"}
 * @param sieType             {@code #SIETYP}: "1" to "4", {@code ""} for CSV
 * @param program             {@code #PROGRAM} name
 * @param programVersion      {@code #PROGRAM} version
 * @param generated           {@code #GEN} date, or {@code null} when not given
 * @param companyName         {@code #FNAMN}
 * @param organisationNumber  {@code #ORGNR}
 * @param fiscalYears         {@code #RAR} records with both dates, in file order
 * @param companyNameLine     the line of {@code #FNAMN}, 0 when the file has none: what is said of the name names it
 * @param organisationNumberLine the line of {@code #ORGNR}, 0 when the file has none
 */
public record LedgerHeader(String format, String sieType, String program, String programVersion,
                           LocalDate generated, String companyName, String organisationNumber,
                           List<FiscalYear> fiscalYears, long companyNameLine, long organisationNumberLine) {

    /** A header whose records' lines are not known. */
    public LedgerHeader(String format, String sieType, String program, String programVersion, LocalDate generated,
                        String companyName, String organisationNumber, List<FiscalYear> fiscalYears) {
        this(format, sieType, program, programVersion, generated, companyName, organisationNumber, fiscalYears, 0, 0);
    }

    public LedgerHeader {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sieType, "sieType");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(programVersion, "programVersion");
        Objects.requireNonNull(companyName, "companyName");
        Objects.requireNonNull(organisationNumber, "organisationNumber");
        fiscalYears = List.copyOf(fiscalYears);
    }

    /** The header of a file format that carries no identification, such as the CSV ledger. */
    public static LedgerHeader of(String format) {
        return new LedgerHeader(format, "", "", "", null, "", "", List.of());
    }

    /** The fiscal year with this index: 0 is the file's current year. */
    public Optional<FiscalYear> fiscalYear(int index) {
        return fiscalYears.stream().filter(y -> y.index() == index).findFirst();
    }
}

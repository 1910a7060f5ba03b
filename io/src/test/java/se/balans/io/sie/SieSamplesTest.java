package se.balans.io.sie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.io.InputFileException;
import se.balans.io.ledger.BalanceRecord;
import se.balans.io.ledger.CollectingSink;
import se.balans.io.ledger.FiscalYear;
import se.balans.io.ledger.LedgerFileSummary;
import se.balans.io.ledger.LedgerRow;
import se.balans.io.ledger.LedgerVoucher;

/** The four public SIE-Gruppen test files parse, and the two with a checksum verify. */
class SieSamplesTest {

    @TempDir
    Path dir;

    @Test
    void norstedtsType1VerifiesItsChecksumAndUnescapesQuotes() {
        CollectingSink sink = new CollectingSink();
        LedgerFileSummary s = SieReader.read(SieSamples.path(SieSamples.NORSTEDTS), sink);

        assertThat(s.checksum()).hasValue(3130188017L);
        assertThat(s.charset()).isEqualTo(Charset.forName("IBM437"));
        assertThat(s.header().program()).isEqualTo("\"Norstedts Revision\"");
        assertThat(s.header().programVersion()).isEqualTo("2010.1.1");
        assertThat(s.header().sieType()).isEqualTo("1");
        assertThat(s.header().companyName()).isEqualTo("Datakonsulterna AB");
        assertThat(s.header().organisationNumber()).isEqualTo("556639-1537");
        assertThat(s.header().generated()).isEqualTo(LocalDate.of(2011, 3, 17));
        assertThat(s.header().fiscalYears()).containsExactly(
                new FiscalYear(0, LocalDate.of(2009, 7, 1), LocalDate.of(2010, 6, 30)));
        assertThat(sink.accounts).hasSize(351).contains("1090|Övr immateriella anläggningstillgångar|",
                "1060|Hyresrätter|");
        assertThat(sink.balances).hasSize(28 + 27 + 63);
        assertThat(s.vouchers()).isZero();
        assertThat(sink.headers).hasSize(1);
        assertThat(sink.events.get(0)).isEqualTo("header");
    }

    @Test
    void vismaType3VerifiesItsChecksumOverObjectLists() {
        CollectingSink sink = new CollectingSink();
        LedgerFileSummary s = SieReader.read(SieSamples.path(SieSamples.VISMA_SIE3), sink);

        assertThat(s.checksum()).hasValue(3786156381L);
        assertThat(s.header().companyName()).isEqualTo("Övningsbolaget AB");
        assertThat(s.header().fiscalYears()).extracting(FiscalYear::index).containsExactly(0, -1);
        assertThat(sink.dimensions).containsExactly("1|Kostnadsställe|", "6|Projekt|");
        assertThat(sink.objects).contains("6|SÄLJ|Försäljning");
        assertThat(sink.accounts).hasSize(301);
        assertThat(s.balances()).isEqualTo(47 + 50 + 61 + 8 + 604);
        assertThat(sink.balances).filteredOn(b -> b.kind() == BalanceRecord.Kind.PSALDO).hasSize(604);
        BalanceRecord last = sink.balances.get(sink.balances.size() - 1);
        assertThat(last).isEqualTo(new BalanceRecord(BalanceRecord.Kind.OUB, 0, null, "4010", "", "6=VERK",
                new BigDecimal("267408.00"), null, s.lines() - 1));
    }

    @Test
    void blType3HasObjectBalancesBudgetsAndALatin1ObjectIdInACp437File() {
        CollectingSink sink = new CollectingSink();
        LedgerFileSummary s = SieReader.read(SieSamples.path(SieSamples.BL_TYPE3), sink);

        assertThat(s.checksum()).isEmpty();
        assertThat(s.charset()).isEqualTo(Charset.forName("IBM437"));
        assertThat(sink.dimensions).containsExactly("1|Kostnadsställe|", "2|Kostnadsbärare|", "6|Projekt|");
        assertThat(sink.objects).contains("1|10|Östervåla", "6|Å1|årsta");
        assertThat(sink.balances).hasSize(54 + 54 + 6 + 21 + 26 + 116 + 24);
        assertThat(sink.balances).filteredOn(b -> b.kind() == BalanceRecord.Kind.OIB).first()
                .satisfies(b -> {
                    assertThat(b.costCentre()).isEqualTo("1");
                    assertThat(b.dimensions()).isEmpty();
                    assertThat(b.yearIndex()).isZero();
                });
        assertThat(sink.balances).filteredOn(b -> b.kind() == BalanceRecord.Kind.PBUDGET).first()
                .satisfies(b -> {
                    assertThat(b.period()).isEqualTo(YearMonth.of(2009, 7));
                    assertThat(b.account()).isEqualTo("3010");
                    assertThat(b.amount()).isEqualByComparingTo("-100000");
                });
    }

    @Test
    void blType4IHasOneBalancedVoucherWithEmptySeriesAndNoFiscalYearDates() {
        CollectingSink sink = new CollectingSink();
        LedgerFileSummary s = SieReader.read(SieSamples.path(SieSamples.BL_TYPE4I), sink);

        assertThat(s.vouchers()).isEqualTo(1);
        assertThat(s.rows()).isEqualTo(10);
        assertThat(s.header().fiscalYears()).isEmpty();
        LedgerVoucher v = sink.vouchers.get(0);
        assertThat(v.series()).isEmpty();
        assertThat(v.number()).isEqualTo("0");
        assertThat(v.date()).isEqualTo(LocalDate.of(2011, 8, 24));
        assertThat(v.text()).isEqualTo("Kundfakt 2452 - 2455");
        assertThat(v.line()).isEqualTo(11);
        assertThat(v.rows()).extracting(LedgerRow::amount).extracting(BigDecimal::toPlainString)
                .containsExactly("1063.00", "1000.00", "250.00", "1000.00", "-1000.00", "-212.50", "-1000.00",
                        "-250.00", "-850.00", "-0.50");
        assertThat(v.rows().get(1)).isEqualTo(LedgerRow.of("1510", "", "", new BigDecimal("1000.00"),
                LocalDate.of(2011, 8, 24), "[2452] ENTREPRISE BENGTSSON"));
    }

    @Test
    void aFlippedByteInACopyFailsTheChecksum() throws IOException {
        Path copy = dir.resolve("flipped.se");
        byte[] bytes = Files.readAllBytes(SieSamples.path(SieSamples.VISMA_SIE3));
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("Goodwill");
        bytes[at] = 'H';
        Files.write(copy, bytes);

        assertThatThrownBy(() -> SieReader.read(copy, new CollectingSink()))
                .isInstanceOf(InputFileException.class)
                .hasMessageStartingWith(copy + ":1397: field #KSUMMA: checksum mismatch: #KSUMMA says 3786156381 "
                        + "but lines 2–1397 give ")
                .hasMessageEndingWith("; the file was changed or damaged after it was written");
    }
}

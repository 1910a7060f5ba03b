package se.balans.io.closing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import se.balans.io.InputFileException;

/**
 * Closing configurations the fuzz tests found the reader stumbling on, each now refused naming the
 * file, line and column.
 */
class ClosingSetupBadInputTest {
    private static final Path DIR = Path.of("region");
    private static final String COMMITTEES = "code,name\nRS,Regionstyrelsen\nHSN,Hälso- och sjukvårdsnämnden\n";
    private static final String ACCOUNTS = "from,to,line\n1,2,balance\n3,3,operating_revenue\n";
    private static final String COST_CENTRES = "from,to,committee\n1,1,RS\n2,2,HSN\n";

    private static ClosingSetup parse(String profiles, String committees) {
        return ClosingSetupReader.parse(DIR, Map.of(ClosingSetupReader.COMMITTEES, committees,
                ClosingSetupReader.ACCOUNTS, ACCOUNTS, ClosingSetupReader.COST_CENTRES, COST_CENTRES,
                ClosingSetupReader.PROFILES, profiles));
    }

    @Test
    void aWeightWithAHugeExponentIsRefusedAtOnceRatherThanExpanded() {
        String profiles = "target,profile,forecast,weights\nRS,configured,seasonal,1 1 1 1 1 1 1 1 1 1 1 1e999999999\n";

        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(
                () -> parse(profiles, COMMITTEES)).isInstanceOf(InputFileException.class)
                .hasMessage(DIR.resolve("monthly-profiles.csv") + ":2: column weights: expected a number with '.' as "
                        + "decimal point, got \"1e999999999\""));
    }

    @Test
    void aTargetGivenTwiceIsRefusedRatherThanTheLaterRowSilentlyWinning() {
        String profiles = "target,profile,forecast\nRS,even,seasonal\nHSN,even,budget\nRS,learned,seasonal\n";

        assertThatThrownBy(() -> parse(profiles, COMMITTEES)).isInstanceOf(InputFileException.class)
                .hasMessage(DIR.resolve("monthly-profiles.csv") + ":4: column target: RS is given twice");
    }

    @Test
    void aCommitteeListedTwiceIsRefusedAsThePlanReaderDoes() {
        String committees = COMMITTEES + "RS,Regionstyrelsen igen\n";

        assertThatThrownBy(() -> parse("target,profile,forecast\n", committees)).isInstanceOf(InputFileException.class)
                .hasMessage(DIR.resolve("committees.csv") + ":4: column code: committee RS is listed twice");
    }

    @Test
    void aMappingWithMoreRangesThanAnyRegionHasIsRefusedBeforeTheSlowOverlapCheck() {
        StringBuilder accounts = new StringBuilder("from,to,line\n");
        for (int i = 0; i < 20_000; i++) {
            accounts.append(100_000 + i).append(',').append(100_000 + i).append(",operating_costs\n");
        }
        Map<String, String> texts = Map.of(ClosingSetupReader.COMMITTEES, COMMITTEES, ClosingSetupReader.ACCOUNTS,
                accounts.toString(), ClosingSetupReader.COST_CENTRES, COST_CENTRES);

        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(
                () -> ClosingSetupReader.parse(DIR, texts)).isInstanceOf(InputFileException.class)
                .hasMessage(DIR.resolve("account-mapping.csv") + ":5002: more than 5000 ranges: a mapping has tens or "
                        + "hundreds; not the right file?"));
    }
}

package se.balans.engine.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrganisationTest {
    @Test
    void aNumberIsKeptInTheFormNNNNNNDashNNNN() {
        assertThat(Organisation.of(" Region Västerbotten ", "2321000222"))
                .isEqualTo(new Organisation("Region Västerbotten", "232100-0222"));
        assertThat(Organisation.normaliseNumber("16232100-0222")).isEqualTo("232100-0222");
        assertThat(Organisation.normaliseNumber("232100-0222")).isEqualTo("232100-0222");
    }

    @Test
    void aWrongCheckDigitIsATypingError() {
        assertThatThrownBy(() -> Organisation.normaliseNumber("232100-0223"))
                .hasMessageContaining("check digit").hasMessageContaining("should be 2");
        assertThatThrownBy(() -> Organisation.normaliseNumber("23210-0222")).hasMessageContaining("ten digits");
        assertThatThrownBy(() -> Organisation.of(" ", "232100-0222")).hasMessageContaining("name");
    }

    @Test
    void numbersCompareAsNumbersAndNamesAsWords() {
        Organisation vb = Organisation.of("Region Västerbotten", "232100-0222");
        assertThat(vb.hasNumber("2321000222")).isTrue();
        assertThat(vb.hasNumber("232100-0230")).isFalse();
        assertThat(vb.hasNumber("")).isFalse();
        assertThat(vb.hasName("REGION  VÄSTERBOTTEN ")).isTrue();
        assertThat(vb.hasName("Region Västernorrland")).isFalse();
        assertThat(vb).hasToString("Region Västerbotten (232100-0222)");
    }
}

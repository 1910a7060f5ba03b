package se.balans.engine.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** Reading one dimension's object back out of the canonical text the ledger is stored with. */
class DimensionsTest {

    @Test
    void theObjectOfADimensionIsReadBackWithItsEscapesUndone() {
        Map<String, String> m = new TreeMap<>(Dimensions.ID_ORDER);
        m.put("2", "P;1");
        m.put("6", "NYA=SJUKHUSET\\1");
        m.put("project", "a");
        String text = Dimensions.canonical(m);

        assertThat(Dimensions.objectOf(text, "6")).isEqualTo("NYA=SJUKHUSET\\1");
        assertThat(Dimensions.objectOf(text, "2")).isEqualTo("P;1");
        assertThat(Dimensions.objectOf(text, "project")).isEqualTo("a");
        assertThat(Dimensions.objectOf(text, "1")).isEmpty();
        assertThat(Dimensions.objectOf("", "6")).isEmpty();
    }

    @Test
    void aDimensionIdIsMatchedWholeNotAsAPrefix() {
        assertThat(Dimensions.objectOf("6=A;60=B", "60")).isEqualTo("B");
        assertThat(Dimensions.objectOf("60=B", "6")).isEmpty();
    }

    @Test
    void textThatIsNotCanonicalIsRefused() {
        assertThatThrownBy(() -> Dimensions.objectOf("6", "6")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Dimensions.objectOf("6=A\\", "6")).isInstanceOf(IllegalArgumentException.class);
    }
}

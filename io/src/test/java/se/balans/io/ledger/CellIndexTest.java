package se.balans.io.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CellIndexTest {

    @Test
    void aCellIsFoundByItsKeyAfterTheTableHasGrownManyTimes() {
        CellIndex index = new CellIndex();
        Map<Long, Integer> expected = new HashMap<>();
        int id = 0;
        for (int month = 2025 * 12; month < 2025 * 12 + 12; month++) {
            for (int account = 0; account < 70; account++) {
                for (int cc = 0; cc < 134; cc++) {
                    long key = index.key(month, Integer.toString(3000 + account), Integer.toString(cc), "");
                    assertThat(index.get(key)).isEqualTo(CellIndex.ABSENT);
                    index.put(key, id);
                    expected.put(key, id++);
                }
            }
        }
        assertThat(expected).hasSize(12 * 70 * 134);
        expected.forEach((key, value) -> assertThat(index.get(key)).isEqualTo(value));
    }

    @Test
    void theSameCellHasTheSameKeyAndCellsDifferingInOnePartDiffer() {
        CellIndex index = new CellIndex();
        long cell = index.key(24300, "4010", "1100", "6=P1");

        assertThat(index.key(24300, "4010", "1100", "6=P1")).isEqualTo(cell).isNotZero();
        assertThat(index.key(24301, "4010", "1100", "6=P1")).isNotEqualTo(cell);
        assertThat(index.key(24300, "4011", "1100", "6=P1")).isNotEqualTo(cell);
        assertThat(index.key(24300, "4010", "1101", "6=P1")).isNotEqualTo(cell);
        assertThat(index.key(24300, "4010", "1100", "")).isNotEqualTo(cell);
    }

    @Test
    void aKindWithMoreTextsThanTheKeyHoldsGivesNoKeySoTheSharedIndexAnswers() {
        CellIndex index = new CellIndex();
        for (int cc = 0; cc < 1 << 16; cc++) {
            assertThat(index.key(24300, "4010", "K" + cc, "")).isNotZero();
        }

        assertThat(index.key(24300, "4010", "one too many", "")).isZero();
        assertThat(index.key(24300, "4010", "K7", "")).isNotZero();
    }
}

package se.balans.engine.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.balans.engine.money.Money;

/**
 * The frame bridge (ramförändringar) from one year's frames to the next: per committee, the
 * opening frame, the changes by kind, and the closing frame the changes lead to.
 *
 * <p>The bridge is computed, never entered: the closing frame is opening plus changes, and the
 * consistency check compares it with the frame the council adopted.
 */
public record FrameBridge(int year, List<Row> rows) {

    /** One committee's line of the bridge. */
    public record Row(String committee, Money opening, Map<FrameChangeKind, Money> changes,
                      Money computedClosing, Optional<Money> adoptedClosing) {
        public Row {
            changes = Collections.unmodifiableMap(new EnumMap<>(changes));
        }

        public Money change(FrameChangeKind kind) {
            return changes.getOrDefault(kind, Money.ZERO);
        }

        public Money totalChange() {
            return computedClosing.minus(opening);
        }
    }

    public FrameBridge {
        rows = List.copyOf(rows);
    }

    /**
     * Builds the bridge into {@code year} for the committees in {@code committeeOrder}.
     * Committees without a frame in a year start or end at zero.
     */
    public static FrameBridge build(int year, List<String> committeeOrder, List<BudgetFrame> frames,
                                    List<FrameChange> changes) {
        Map<String, Money> opening = framesOf(year - 1, frames);
        Map<String, Money> closing = framesOf(year, frames);
        List<Row> rows = new ArrayList<>();
        for (String c : committeeOrder) {
            Map<FrameChangeKind, Money> byKind = new EnumMap<>(FrameChangeKind.class);
            for (FrameChange ch : changes) {
                if (ch.year() == year && ch.committee().equals(c)) {
                    byKind.merge(ch.kind(), ch.amount(), Money::plus);
                }
            }
            Money open = opening.getOrDefault(c, Money.ZERO);
            Money computed = open.plus(Money.sum(byKind.values()));
            rows.add(new Row(c, open, byKind, computed, Optional.ofNullable(closing.get(c))));
        }
        return new FrameBridge(year, rows);
    }

    private static Map<String, Money> framesOf(int year, List<BudgetFrame> frames) {
        Map<String, Money> m = new LinkedHashMap<>();
        for (BudgetFrame f : frames) {
            if (f.year() == year) {
                m.merge(f.committee(), f.amount(), Money::plus);
            }
        }
        return m;
    }

    public Money totalOpening() {
        return Money.sum(rows, Row::opening);
    }

    public Money totalClosing() {
        return Money.sum(rows, Row::computedClosing);
    }

    public Money total(FrameChangeKind kind) {
        return Money.sum(rows, r -> r.change(kind));
    }
}

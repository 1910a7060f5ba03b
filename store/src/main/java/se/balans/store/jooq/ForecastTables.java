package se.balans.store.jooq;

import static se.balans.store.schema.Tables.COMMITTEE_FORECAST;
import static se.balans.store.schema.Tables.COMMITTEE_FORECAST_ITEM;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;

import se.balans.engine.forecast.CommitteeForecast;
import se.balans.engine.money.Money;
import se.balans.store.ForecastSubmission;
import se.balans.store.schema.tables.records.CommitteeForecastItemRecord;
import se.balans.store.schema.tables.records.CommitteeForecastRecord;

/**
 * The committees' forecasts per round ({@code committee_forecast} and its risks and actions). Each
 * method works inside the caller's transaction ({@link JooqStore} owns them).
 */
final class ForecastTables {
    private static final String RISK = "risk";
    private static final String ACTION = "action";

    private ForecastTables() {
    }

    /** Inserts a forecast, marking the committee's current one of the round replaced by it; returns it stored. */
    static ForecastSubmission insert(DSLContext ctx, ForecastSubmission s, OffsetDateTime at, String user) {
        CommitteeForecast f = s.forecast();
        CommitteeForecastRecord r = ctx.newRecord(COMMITTEE_FORECAST);
        r.setRoundMonth(f.month().toString());
        r.setCommittee(f.committee());
        r.setClosingId(s.closingId());
        r.setDeviation(f.deviation().sek());
        r.setComment(f.comment());
        r.setConfidence(f.confidence().name().toLowerCase(Locale.ROOT));
        r.setFileName(s.fileName());
        r.setFileSha256(s.fileSha256());
        r.setImportedAt(at);
        r.setImportedBy(user);
        r.store();
        long id = r.getId();
        ctx.update(COMMITTEE_FORECAST).set(COMMITTEE_FORECAST.REPLACED_BY, id)
                .where(COMMITTEE_FORECAST.ROUND_MONTH.eq(f.month().toString()))
                .and(COMMITTEE_FORECAST.COMMITTEE.eq(f.committee()))
                .and(COMMITTEE_FORECAST.REPLACED_BY.isNull())
                .and(COMMITTEE_FORECAST.ID.ne(id)).execute();
        int ordinal = 0;
        for (CommitteeForecast.Item i : f.risks()) {
            item(ctx, id, ordinal++, RISK, i);
        }
        for (CommitteeForecast.Item i : f.actions()) {
            item(ctx, id, ordinal++, ACTION, i);
        }
        return new ForecastSubmission(id, f, s.closingId(), s.fileName(), s.fileSha256(), at, user, Optional.empty());
    }

    private static void item(DSLContext ctx, long id, int ordinal, String kind, CommitteeForecast.Item i) {
        CommitteeForecastItemRecord r = ctx.newRecord(COMMITTEE_FORECAST_ITEM);
        r.setForecastId(id);
        r.setOrdinal(ordinal);
        r.setKind(kind);
        r.setDescription(i.description());
        r.setEffect(i.effect().sek());
        r.store();
    }

    /** The forecasts of a round, oldest first; only the current ones unless {@code all}. */
    static List<ForecastSubmission> read(DSLContext ctx, YearMonth round, boolean all) {
        var query = ctx.selectFrom(COMMITTEE_FORECAST).where(COMMITTEE_FORECAST.ROUND_MONTH.eq(round.toString()));
        if (!all) {
            query = query.and(COMMITTEE_FORECAST.REPLACED_BY.isNull());
        }
        List<CommitteeForecastRecord> rows = query.orderBy(COMMITTEE_FORECAST.ID).fetch();
        Map<Long, List<CommitteeForecastItemRecord>> items = new HashMap<>();
        if (!rows.isEmpty()) {
            ctx.selectFrom(COMMITTEE_FORECAST_ITEM)
                    .where(COMMITTEE_FORECAST_ITEM.FORECAST_ID.in(rows.stream().map(CommitteeForecastRecord::getId).toList()))
                    .orderBy(COMMITTEE_FORECAST_ITEM.FORECAST_ID, COMMITTEE_FORECAST_ITEM.ORDINAL).fetch()
                    .forEach(i -> items.computeIfAbsent(i.getForecastId(), k -> new ArrayList<>()).add(i));
        }
        List<ForecastSubmission> out = new ArrayList<>();
        for (CommitteeForecastRecord r : rows) {
            List<CommitteeForecast.Item> risks = new ArrayList<>();
            List<CommitteeForecast.Item> actions = new ArrayList<>();
            for (CommitteeForecastItemRecord i : items.getOrDefault(r.getId(), List.of())) {
                CommitteeForecast.Item item = new CommitteeForecast.Item(i.getDescription(), Money.ofSek(i.getEffect()));
                (RISK.equals(i.getKind()) ? risks : actions).add(item);
            }
            CommitteeForecast f = new CommitteeForecast(r.getCommittee(), YearMonth.parse(r.getRoundMonth()),
                    Money.ofSek(r.getDeviation()), r.getComment(),
                    CommitteeForecast.Confidence.valueOf(r.getConfidence().toUpperCase(Locale.ROOT)), risks, actions);
            out.add(new ForecastSubmission(r.getId(), f, r.getClosingId(), r.getFileName(), r.getFileSha256(),
                    r.getImportedAt(), r.getImportedBy(), Optional.ofNullable(r.getReplacedBy())));
        }
        return out;
    }
}

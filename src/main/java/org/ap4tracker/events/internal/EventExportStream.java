package org.ap4tracker.events.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.ap4tracker.events.ActorRef;
import org.ap4tracker.events.EventCard;
import org.ap4tracker.events.EventExport;
import org.ap4tracker.events.EventType;
import org.ap4tracker.events.SortOrder;
import org.ap4tracker.events.SourceCitation;
import org.ap4tracker.events.SourceKind;
import org.ap4tracker.events.TimelineFilter;
import org.ap4tracker.events.TopicRef;
import org.ap4tracker.events.internal.TimelineConditions.Dimension;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every event of a filter with its parts, in the timeline's order, read by one statement through one cursor
 * (the driver fetches {@value #FETCH_SIZE} rows at a time, so memory stays flat): for exports of every event,
 * which a statement per page made several times slower than PostgreSQL's own COPY of the same rows. Actors
 * and topics come as ids and are named from the reference data read once; sources as arrays in their order.
 * Streamed sources carry no link-check state (linkDead is false): the exports that stream do not show it.
 */
@Repository
public class EventExportStream {

    static final int FETCH_SIZE = 1000;

    /** The statement, with one {@code %s} for the filter's conditions and one for the order. */
    static final String SELECT = """
            select e.id, e.sort_date, e.slug, %s, e.type, e.updated_at, e.version, %s, %s,
                   e.location, e.published_at,
                   (select array_agg(ea.actor_id order by a.kind = 'ALLIANCE' desc, a.name)
                    from event_actor ea join actor a on a.id = ea.actor_id where ea.event_id = e.id) as actor_ids,
                   (select array_agg(et.topic_id order by t.label)
                    from event_topic et join topic t on t.id = et.topic_id where et.event_id = e.id) as topic_ids,
                   s.urls, s.titles, s.publishers, s.published_on, s.accessed_on, s.archive_urls, s.kinds
            from event e
            left join development d on d.id = e.development_id
            %s
            left join lateral (select array_agg(s.url order by s.position) as urls,
                                      array_agg(s.title order by s.position) as titles,
                                      array_agg(s.publisher order by s.position) as publishers,
                                      array_agg(s.published_on order by s.position) as published_on,
                                      array_agg(s.accessed_on order by s.position) as accessed_on,
                                      array_agg(s.archive_url order by s.position) as archive_urls,
                                      array_agg(s.kind order by s.position) as kinds
                               from event_source s where s.event_id = e.id) s on true
            where e.status = 'PUBLISHED'""".formatted(SqlRows.TEXT_COLUMNS, SqlRows.DATE_COLUMNS,
            SqlRows.DEVELOPMENT_COLUMNS, SqlRows.TRANSLATION_JOINS);

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final ReferenceDataQueries referenceData;

    EventExportStream(JdbcTemplate shared, PlatformTransactionManager transactions, ReferenceDataQueries referenceData) {
        JdbcTemplate template = new JdbcTemplate(shared.getDataSource());
        template.setFetchSize(FETCH_SIZE);
        template.setExceptionTranslator(shared.getExceptionTranslator());
        this.jdbc = new NamedParameterJdbcTemplate(template);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.referenceData = referenceData;
    }

    /** The statement and its parameters for a filter, for the export and for measuring it against COPY. */
    public static String sql(TimelineFilter filter, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(SELECT);
        params.put("lang", ContentLanguage.current());
        TimelineConditions.append(filter, EnumSet.noneOf(Dimension.class), "e.sort_date", sql, params);
        String direction = filter.order() == SortOrder.OLDEST_FIRST ? "" : " desc";
        return sql.append(" order by e.sort_date").append(direction).append(", e.id").append(direction).toString();
    }

    /** Hands every event of the filter to {@code each}, in order, inside one read-only transaction. */
    public void each(TimelineFilter filter, Consumer<EventExport> each) {
        Map<Long, ActorRef> actors = new HashMap<>();
        Map<Long, TopicRef> topics = new HashMap<>();
        readOnly.executeWithoutResult(status -> {
            referenceData.actorsById().forEach(actors::put);
            referenceData.topicsById().forEach(topics::put);
            Map<String, Object> params = new HashMap<>();
            String sql = sql(filter, params);
            jdbc.query(sql, params, rs -> {
                each.accept(export(rs, actors, topics));
            });
        });
    }

    private static EventExport export(ResultSet rs, Map<Long, ActorRef> actors, Map<Long, TopicRef> topics)
            throws SQLException {
        List<ActorRef> eventActors = new ArrayList<>();
        for (Long id : longs(rs.getArray("actor_ids"))) {
            eventActors.add(actors.get(id));
        }
        List<TopicRef> eventTopics = new ArrayList<>();
        for (Long id : longs(rs.getArray("topic_ids"))) {
            eventTopics.add(topics.get(id));
        }
        LocalDate sortDate = rs.getObject("sort_date", LocalDate.class);
        EventCard card = new EventCard(rs.getString("slug"), rs.getString("title"), rs.getString("summary"),
                EventType.valueOf(rs.getString("type")), SqlRows.honestDate(rs), sortDate, SqlRows.development(rs),
                List.copyOf(eventActors), rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                rs.getLong("version"), rs.getString("text_language"));
        return new EventExport(card, sortDate, rs.getString("location"), List.copyOf(eventTopics), sources(rs),
                rs.getObject("published_at", OffsetDateTime.class).toInstant());
    }

    private static List<SourceCitation> sources(ResultSet rs) throws SQLException {
        Object @Nullable [] titles = array(rs.getArray("titles"));
        if (titles == null) {
            return List.of();
        }
        Object[] urls = array(rs.getArray("urls"));
        Object[] publishers = array(rs.getArray("publishers"));
        Object[] publishedOn = array(rs.getArray("published_on"));
        Object[] accessedOn = array(rs.getArray("accessed_on"));
        Object[] archiveUrls = array(rs.getArray("archive_urls"));
        Object[] kinds = array(rs.getArray("kinds"));
        List<SourceCitation> sources = new ArrayList<>(titles.length);
        for (int i = 0; i < titles.length; i++) {
            sources.add(new SourceCitation((String) urls[i], (String) titles[i], (String) publishers[i],
                    date(publishedOn[i]), date(accessedOn[i]), (String) archiveUrls[i],
                    SourceKind.valueOf((String) kinds[i]), false));
        }
        return List.copyOf(sources);
    }

    private static Object @Nullable [] array(@Nullable Array array) throws SQLException {
        return array == null ? null : (Object[]) array.getArray();
    }

    private static List<Long> longs(@Nullable Array array) throws SQLException {
        Object[] values = array(array);
        List<Long> longs = new ArrayList<>();
        if (values != null) {
            for (Object value : values) {
                longs.add(((Number) value).longValue());
            }
        }
        return longs;
    }

    private static @Nullable LocalDate date(@Nullable Object value) {
        return value == null ? null : ((Date) value).toLocalDate();
    }
}

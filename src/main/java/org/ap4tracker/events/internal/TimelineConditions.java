package org.ap4tracker.events.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.ap4tracker.events.TimelineFilter;

/**
 * The SQL conditions of a timeline filter over published events aliased {@code e}, with its values bound as
 * named parameters. The timeline pages and the facet counts share them, so a count always counts what the
 * list would show. A dimension can be left out: a facet counts its own values under every other condition.
 */
final class TimelineConditions {

    /** The parts of a filter that a facet can leave out. */
    enum Dimension {
        ACTORS, TYPES, TOPICS, DEVELOPMENT, DATES, SOURCE_KINDS
    }

    /** The web-search query of the filter's text, for conditions and ranking alike. */
    static final String TEXT_QUERY = "websearch_to_tsquery('english', :text)";

    private TimelineConditions() {
    }

    /** Whether the filter, {@code without} one dimension, restricts anything but the date range. */
    static boolean restrictsBeyondDates(TimelineFilter filter, Dimension without) {
        return (without != Dimension.TYPES && !filter.types().isEmpty())
                || (without != Dimension.ACTORS && !filter.actors().isEmpty())
                || (without != Dimension.TOPICS && !filter.topics().isEmpty())
                || (without != Dimension.DEVELOPMENT && filter.development() != null)
                || (without != Dimension.SOURCE_KINDS && !filter.sourceKinds().isEmpty())
                || filter.updatedSince() != null || filter.text() != null;
    }

    /**
     * Appends " and ..." for every restriction of the filter outside {@code without}, comparing dates on
     * {@code sortDate} (the event's own column, or a copy of it on the row the query walks).
     */
    static void append(TimelineFilter filter, Set<Dimension> without, String sortDate, StringBuilder sql,
            Map<String, Object> params) {
        append(filter, without, sortDate, CjkText.Lookup.INDEX, sql, params);
    }

    /**
     * As {@link #append(TimelineFilter, Set, String, StringBuilder, Map)}, looking a Japanese or Korean search
     * text up as {@code cjk} says ({@link CjkLookup#lookup}): its matches collected already, or
     * {@link CjkText.Form#WALK} for a statement that stops after its first few thousand events in timeline order
     * and a word that many events have.
     */
    static void append(TimelineFilter filter, Set<Dimension> without, String sortDate, CjkText.Lookup cjk,
            StringBuilder sql, Map<String, Object> params) {
        Set<Dimension> applied = EnumSet.complementOf(without.isEmpty() ? EnumSet.noneOf(Dimension.class)
                : EnumSet.copyOf(without));
        if (applied.contains(Dimension.TYPES) && !filter.types().isEmpty()) {
            sql.append(" and e.type in (:types)");
            params.put("types", filter.types().stream().map(Enum::name).toList());
        }
        if (applied.contains(Dimension.ACTORS) && !filter.actors().isEmpty()) {
            sql.append("""
                     and exists (select 1 from event_actor fa join actor a on a.id = fa.actor_id
                                 where fa.event_id = e.id and a.code in (:actors))""");
            params.put("actors", filter.actors());
        }
        if (applied.contains(Dimension.TOPICS) && !filter.topics().isEmpty()) {
            sql.append("""
                     and exists (select 1 from event_topic ft join topic t on t.id = ft.topic_id
                                 where ft.event_id = e.id and t.slug in (:topics))""");
            params.put("topics", filter.topics());
        }
        if (applied.contains(Dimension.DEVELOPMENT) && filter.development() != null) {
            sql.append(" and e.development_id = (select id from development where slug = :development)");
            params.put("development", filter.development());
        }
        if (applied.contains(Dimension.SOURCE_KINDS) && !filter.sourceKinds().isEmpty()) {
            sql.append("""
                     and exists (select 1 from event_source fs where fs.event_id = e.id and fs.kind in (:sourceKinds))""");
            params.put("sourceKinds", filter.sourceKinds().stream().map(Enum::name).toList());
        }
        if (applied.contains(Dimension.DATES) && filter.from() != null) {
            sql.append(" and ").append(sortDate).append(" >= :fromDate");
            params.put("fromDate", filter.from());
        }
        if (applied.contains(Dimension.DATES) && filter.to() != null) {
            sql.append(" and ").append(sortDate).append(" <= :toDate");
            params.put("toDate", filter.to());
        }
        if (filter.updatedSince() != null) {
            sql.append(" and e.updated_at >= :updatedSince");
            params.put("updatedSince", OffsetDateTime.ofInstant(filter.updatedSince(), ZoneOffset.UTC));
        }
        if (filter.text() != null && CjkText.in(filter.text())) {
            CjkText.appendCondition(filter.text(), cjk, sql, params);
        }
        else if (filter.text() != null) {
            sql.append(" and e.search_vector @@ ").append(TEXT_QUERY);
            params.put("text", filter.text());
        }
    }
}

package org.ap4tracker.events.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import org.ap4tracker.events.ActorKind;
import org.ap4tracker.events.ActorRef;
import org.ap4tracker.events.DatePrecision;
import org.ap4tracker.events.DateQualifier;
import org.ap4tracker.events.DevelopmentRef;
import org.ap4tracker.events.DevelopmentStatus;
import org.ap4tracker.events.HonestDate;
import org.ap4tracker.events.SourceCitation;
import org.ap4tracker.events.SourceKind;
import org.ap4tracker.events.TopicRef;
import org.jspecify.annotations.Nullable;

/** Reads the column groups that several queries select, under the same column names everywhere. */
final class SqlRows {

    /** The columns {@link #honestDate} reads, for queries on the {@code event} table aliased {@code e}. */
    static final String DATE_COLUMNS = "e.start_date, e.end_date, e.date_precision, e.date_qualifier";

    /**
     * The columns {@link #development} reads; the development table is aliased {@code d} and its translation
     * in the reader's language {@code dtr} (see {@link #TRANSLATION_JOINS}).
     */
    static final String DEVELOPMENT_COLUMNS =
            "d.slug as development_slug, coalesce(dtr.title, d.title) as development_title, "
            + "d.status as development_status, coalesce(dtr.lang, 'en') as development_language";

    /**
     * An event's title and summary in the reader's language where translated, else the original, and which
     * language they are in ({@code text_language}); the translation is aliased {@code tr}.
     */
    static final String TEXT_COLUMNS = "coalesce(tr.title, e.title) as title, coalesce(tr.summary, e.summary) as summary, "
            + "coalesce(tr.lang, 'en') as text_language";

    /**
     * The translations of event {@code e} and storyline {@code d} into the language bound as {@code :lang}
     * ({@link ContentLanguage#current()}): one primary-key probe a row, inside the statement that lists the rows,
     * so a page costs no statement more in Japanese than in English. To follow the join of {@code d}.
     */
    static final String TRANSLATION_JOINS =
            " left join event_translation tr on tr.event_id = e.id and tr.lang = :lang"
            + " left join development_translation dtr on dtr.development_id = d.id and dtr.lang = :lang ";

    /** An actor's name in the reader's language, for a query on {@code actor a} that binds {@code :lang}. */
    static final String ACTOR_NAME = "coalesce((select at.name from actor_translation at "
            + "where at.actor_id = a.id and at.lang = :lang), a.name)";

    /** A topic's label in the reader's language, for a query on {@code topic t} that binds {@code :lang}. */
    static final String TOPIC_LABEL = "coalesce((select tt.label from topic_translation tt "
            + "where tt.topic_id = t.id and tt.lang = :lang), t.label)";

    /** Which language {@link #ACTOR_NAME} is in: the reader's where translated, else the original's. */
    static final String ACTOR_NAME_LANGUAGE = "coalesce((select at.lang from actor_translation at "
            + "where at.actor_id = a.id and at.lang = :lang), 'en')";

    /** Which language {@link #TOPIC_LABEL} is in: the reader's where translated, else the original's. */
    static final String TOPIC_LABEL_LANGUAGE = "coalesce((select tt.lang from topic_translation tt "
            + "where tt.topic_id = t.id and tt.lang = :lang), 'en')";

    /** The columns {@link #topic} reads; the topic table is aliased {@code t}. */
    static final String TOPIC_COLUMNS = "t.slug, " + TOPIC_LABEL + " as label, " + TOPIC_LABEL_LANGUAGE
            + " as label_language";

    /** The columns {@link #actor} reads; the actor table is aliased {@code a}. */
    static final String ACTOR_COLUMNS =
            "a.code as actor_code, " + ACTOR_NAME + " as actor_name, a.kind as actor_kind, a.asia_pacific_partner, "
            + "a.wikidata_id as actor_wikidata_id, " + ACTOR_NAME_LANGUAGE + " as actor_name_language";

    /** Joins each source row {@code s} to the last check of its address, read from the link history's index. */
    static final String LAST_LINK_CHECK = """
            left join lateral (select c.outcome from link_check c where c.url = s.url
                               order by c.checked_at desc, c.id desc limit 1) last_check on true""";

    static final String LINK_DEAD = "last_check.outcome = 'NOT_FOUND' as link_dead";

    private SqlRows() {
    }

    static HonestDate honestDate(ResultSet rs) throws SQLException {
        return new HonestDate(
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class),
                DatePrecision.valueOf(rs.getString("date_precision")),
                DateQualifier.valueOf(rs.getString("date_qualifier")));
    }

    static @Nullable DevelopmentRef development(ResultSet rs) throws SQLException {
        String slug = rs.getString("development_slug");
        return slug == null ? null : new DevelopmentRef(slug, rs.getString("development_title"),
                DevelopmentStatus.valueOf(rs.getString("development_status")), rs.getString("development_language"));
    }

    static @Nullable ActorRef actor(ResultSet rs) throws SQLException {
        String code = rs.getString("actor_code");
        return code == null ? null : new ActorRef(code, rs.getString("actor_name"),
                ActorKind.valueOf(rs.getString("actor_kind")), rs.getBoolean("asia_pacific_partner"),
                rs.getString("actor_wikidata_id"), rs.getString("actor_name_language"));
    }

    static TopicRef topic(ResultSet rs) throws SQLException {
        return new TopicRef(rs.getString("slug"), rs.getString("label"), rs.getString("label_language"));
    }

    /** A source row selected with its columns and {@link #LINK_DEAD}. */
    static SourceCitation source(ResultSet rs) throws SQLException {
        return new SourceCitation(rs.getString("url"), rs.getString("title"), rs.getString("publisher"),
                localDate(rs, "published_on"), localDate(rs, "accessed_on"), rs.getString("archive_url"),
                SourceKind.valueOf(rs.getString("kind")), rs.getBoolean("link_dead"));
    }

    static @Nullable LocalDate localDate(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}

package org.ap4tracker.events.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.ap4tracker.events.ActorRef;
import org.ap4tracker.events.DevelopmentRef;
import org.ap4tracker.events.DevelopmentStatus;
import org.ap4tracker.events.FilterChoices;
import org.ap4tracker.events.TopicRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Actors, topics and storylines as lists to choose from. */
@Repository
public class ReferenceDataQueries {

    private static final String ACTORS = "select %s from actor a".formatted(SqlRows.ACTOR_COLUMNS);

    private final JdbcClient jdbc;

    /** The filters' choices by language and public version: a few versions of a few languages, a few KB each. */
    private final Cache<ChoicesKey, FilterChoices> keptChoices = Caffeine.newBuilder().maximumSize(16).build();

    private record ChoicesKey(String language, long publicVersion) {
    }

    ReferenceDataQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The three lists the timeline's filters offer, kept under the public version ({@link PublicVersionKey}): a
     * page reads one number instead of three lists, and a renamed actor or a new topic is offered by the next
     * page on every instance. Inside a transaction that may have written, they are read as they are.
     */
    public FilterChoices filterChoices() {
        OptionalLong version = PublicVersionKey.current(jdbc);
        if (version.isEmpty()) {
            return readChoices();
        }
        return keptChoices.get(new ChoicesKey(ContentLanguage.current(), version.getAsLong()), key -> readChoices());
    }

    private FilterChoices readChoices() {
        return new FilterChoices(actors(), topics(), developments());
    }

    /** NATO first, then the Asia-Pacific partners, then everyone else, each group by name. */
    public List<ActorRef> actors() {
        return jdbc.sql(ACTORS + " order by a.kind = 'ALLIANCE' desc, a.asia_pacific_partner desc, a.name")
                .param("lang", ContentLanguage.current())
                .query((rs, n) -> SqlRows.actor(rs))
                .list();
    }

    /** Every actor by id, for statements that list actors by id. */
    Map<Long, ActorRef> actorsById() {
        Map<Long, ActorRef> actors = new HashMap<>();
        jdbc.sql(ACTORS.replaceFirst("select ", "select a.id, ")).param("lang", ContentLanguage.current()).query(rs -> {
            actors.put(rs.getLong("id"), SqlRows.actor(rs));
        });
        return actors;
    }

    /** Every topic by id, for statements that list topics by id. */
    Map<Long, TopicRef> topicsById() {
        Map<Long, TopicRef> topics = new HashMap<>();
        jdbc.sql("select t.id, %s from topic t".formatted(SqlRows.TOPIC_COLUMNS))
                .param("lang", ContentLanguage.current()).query(rs -> {
            topics.put(rs.getLong("id"), SqlRows.topic(rs));
        });
        return topics;
    }

    public Optional<ActorRef> actor(String code) {
        return jdbc.sql(ACTORS + " where a.code = :code").param("code", code).param("lang", ContentLanguage.current()).query((rs, n) -> SqlRows.actor(rs)).optional();
    }

    public List<TopicRef> topics() {
        return jdbc.sql("select %s from topic t order by label".formatted(SqlRows.TOPIC_COLUMNS))
                .param("lang", ContentLanguage.current())
                .query((rs, n) -> SqlRows.topic(rs))
                .list();
    }

    public List<DevelopmentRef> developments() {
        return jdbc.sql("""
                select d.slug, coalesce(dtr.title, d.title) as title, d.status, coalesce(dtr.lang, 'en') as language
                from development d left join development_translation dtr on dtr.development_id = d.id and dtr.lang = :lang
                order by 2""")
                .param("lang", ContentLanguage.current())
                .query((rs, n) -> new DevelopmentRef(rs.getString("slug"), rs.getString("title"),
                        DevelopmentStatus.valueOf(rs.getString("status")), rs.getString("language")))
                .list();
    }
}

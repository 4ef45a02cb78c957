package org.ap4tracker.events.internal;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Chooses, for a search in Japanese or Korean, how its statements find the matches ({@link CjkText.Form}):
 * from the bigram index when the word is rare enough to collect every match (a two-character word of 1,500
 * events: 0.6 s a page at a million events), else event by event in timeline order, so that a word every event
 * has costs what the ten thousand newest do (collecting a million matches for each of a page's statements took
 * 97 s). PostgreSQL cannot tell the two apart itself: it estimates a LIKE on the translated text as rare.
 *
 * <p>The choice counts the word's candidates in the index, up to {@link CjkSearchProperties#indexedUpTo()} and
 * one more, and is remembered for a few minutes per word: it decides only how fast the answer comes, never what
 * it is, so a choice a little out of date is harmless.
 *
 * <p>A word looked up in the index has its matching events collected once and handed to every statement of the
 * search as a list of ids ({@link #lookup}): each statement of a page (the counts, the lists, the overview)
 * collected them again, a bitmap scan of some ten thousand translation rows and a LIKE on each. The list is
 * kept under the public version ({@code public_version}, bumped by the commit of any change to an event, a
 * translation or a statement, as the response cache's key is), so searches for the same word with other filters
 * reuse it and a committed edit is seen by the next search on every instance. Kept with them is what the counts
 * and lists filter, group and rank by ({@link CjkMatches}), so that a page's counts and the order of its lists are
 * worked out in memory for any filter ({@link #kept}), and only the events shown are read. Inside a transaction
 * that may have written something not yet committed, the matches are collected but not kept, and SQL answers.
 */
@Component
class CjkLookup {

    private final JdbcClient jdbc;
    private final int indexedUpTo;
    private final Cache<String, CjkText.Form> forms = Caffeine.newBuilder()
            .maximumSize(1_000).expireAfterWrite(Duration.ofMinutes(10)).build();

    /**
     * Collected matches: at most 250,000 events in all (about 16 MB), a word of the index holding up to
     * indexedUpTo.
     */
    private final Cache<Collected, CjkMatches> collected = Caffeine.newBuilder()
            .maximumWeight(250_000).weigher((Collected key, CjkMatches matches) -> 1 + matches.eventIds().length)
            .build();

    private record Collected(String text, long publicVersion) {
    }

    CjkLookup(JdbcTemplate jdbcTemplate, CjkSearchProperties properties) {
        this.jdbc = CustomPlans.client(jdbcTemplate);
        this.indexedUpTo = properties.indexedUpTo();
    }

    /** The form for a search text; {@link CjkText.Form#INDEX} for a text without such characters. */
    CjkText.Form form(@Nullable String text) {
        if (text == null || !CjkText.in(text)) {
            return CjkText.Form.INDEX;
        }
        return forms.get(text, this::count);
    }

    /**
     * How the statements of a search for {@code text} find its matches: {@link CjkText.Lookup#INDEX} for a text
     * without such characters, {@link CjkText.Lookup#WALK} for a word of too many events, else the matching
     * events themselves.
     */
    CjkText.Lookup lookup(@Nullable String text) {
        if (text == null || !CjkText.in(text)) {
            return CjkText.Lookup.INDEX;
        }
        if (form(text) == CjkText.Form.WALK) {
            return CjkText.Lookup.WALK;
        }
        CjkMatches kept = keep(text);
        return CjkText.Lookup.collected(kept == null ? collectIds(text) : kept.eventIds());
    }

    /**
     * The matches of a word of the index, kept with what the counts and lists need, or null when SQL answers: a
     * text without such characters, a word walked event by event, a transaction that may have written.
     */
    @Nullable CjkMatches kept(@Nullable String text) {
        if (text == null || !CjkText.in(text) || form(text) == CjkText.Form.WALK) {
            return null;
        }
        return keep(text);
    }

    /** The word's matches, collected or kept, or null inside a transaction that may have written. */
    private @Nullable CjkMatches keep(String text) {
        OptionalLong version = PublicVersionKey.current(jdbc);
        return version.isEmpty() ? null : collected.get(new Collected(text, version.getAsLong()), this::collect);
    }

    private CjkMatches collect(Collected key) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder matching = new StringBuilder();
        CjkText.appendMatchingEvents(key.text(), matching, params);
        return jdbc.sql(CjkMatches.collecting(matching.toString())).params(params).query(CjkMatches::of);
    }

    private long[] collectIds(String text) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("select distinct m.event_id from (");
        CjkText.appendMatchingEvents(text, sql, params);
        sql.append(") m order by 1");
        return jdbc.sql(sql.toString()).params(params).query(Long.class).list().stream()
                .mapToLong(Long::longValue).toArray();
    }

    private CjkText.Form count(String text) {
        // Each count stops at the limit: the heap is read for at most that many candidates of each table.
        long candidates = jdbc.sql("""
                select (select count(*) from (select 1 from event_translation t
                                              where t.search_grams @> cjk_bigrams(:text) limit :limit) t)
                     + (select count(*) from (select 1 from event_statement s
                                              where s.search_grams <> '{}' and s.search_grams @> cjk_bigrams(:text)
                                              limit :limit) s)""")
                .param("text", text).param("limit", indexedUpTo + 1).query(Long.class).single();
        return candidates > indexedUpTo ? CjkText.Form.WALK : CjkText.Form.INDEX;
    }
}

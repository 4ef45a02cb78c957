package org.ap4tracker.events.internal;

import java.time.Duration;

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
 */
@Component
class CjkLookup {

    private final JdbcClient jdbc;
    private final int indexedUpTo;
    private final Cache<String, CjkText.Form> forms = Caffeine.newBuilder()
            .maximumSize(1_000).expireAfterWrite(Duration.ofMinutes(10)).build();

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

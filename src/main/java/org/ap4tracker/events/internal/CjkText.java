package org.ap4tracker.events.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A search text written in Japanese, Korean or Chinese characters, which the english text-search configuration
 * cannot split into words: it is looked up by character bigrams (V42's cjk_bigrams and their GIN indexes) in
 * the translations and in what was said, each run of such characters checked as a whole with LIKE.
 */
public final class CjkText {

    /** The characters V42's cjk_bigrams reads, in the same ranges. */
    private static final Pattern RUN = Pattern.compile(
            "[\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uac00-\\ud7af\\u1100-\\u11ff\\u3130-\\u318f\\uff66-\\uff9f]+");

    /** At most this many runs are checked one by one; their bigrams are all required anyway. */
    private static final int CHECKED_RUNS = 4;

    private CjkText() {
    }

    public static boolean in(@Nullable String text) {
        return text != null && RUN.matcher(text).find();
    }

    /** How a statement finds the events whose text has the words; {@link CjkLookup} chooses. */
    enum Form {
        /**
         * Every match at once from the bigram indexes, then checked with LIKE: for words that a few thousand
         * events have, whatever the rest of the statement.
         */
        INDEX,
        /**
         * Each event checked by its own translations and statements (their primary key and event index), in
         * whatever order the statement walks: for words so common that collecting every match costs seconds,
         * while the statement needs only the first few thousand it meets.
         */
        WALK
    }

    /**
     * How the statements of one search find its matches: a {@link Form}, and for {@link Form#INDEX} the matching
     * events when {@link CjkLookup} has collected them already ({@code null}: each statement collects them).
     */
    record Lookup(Form form, long @Nullable [] eventIds) {

        /** Every statement collects the matches from the bigram indexes itself. */
        static final Lookup INDEX = new Lookup(Form.INDEX, null);

        static final Lookup WALK = new Lookup(Form.WALK, null);

        static Lookup collected(long[] eventIds) {
            return new Lookup(Form.INDEX, eventIds);
        }
    }

    /**
     * Appends the condition that event {@code e} has every run of the text in a translation or a statement, and
     * binds its parameters.
     */
    static void appendCondition(String text, Lookup lookup, StringBuilder sql, Map<String, Object> params) {
        if (lookup.eventIds() == null && lookup.form() == Form.INDEX) {
            sql.append(" and e.id in (");
            appendMatchingEvents(text, sql, params);
            sql.append(")");
            return;
        }
        List<String> runs = runs(text);
        // Bound for the list's rank too (rank()), not only for the LIKE below.
        bindRuns(runs, params);
        if (lookup.eventIds() != null) {
            // Bound as one bigint[]: a statement checks each event against the set (hashed) or fetches each by id.
            sql.append(" and e.id = any(:cjkEvents)");
            params.put("cjkEvents", lookup.eventIds());
            return;
        }
        // The union keeps PostgreSQL from turning the exists into a join that collects every match: it stays a
        // check of one event at a time. Without the bigram condition no GIN scan is planned for it.
        sql.append(" and exists (select 1 from event_translation t where t.event_id = e.id")
                .append(translatedLike(runs))
                .append(" union all select 1 from event_statement s where s.event_id = e.id")
                .append(saidLike(runs)).append(")");
    }

    /**
     * Appends a query of the ids of the events whose translations or statements have every run of the text
     * (an event may come twice), from the bigram indexes and checked with LIKE, and binds its parameters.
     */
    static void appendMatchingEvents(String text, StringBuilder sql, Map<String, Object> params) {
        List<String> runs = runs(text);
        bindRuns(runs, params);
        sql.append("select t.event_id from event_translation t where t.search_grams @> cjk_bigrams(:text)")
                .append(translatedLike(runs))
                .append(" union all select s.event_id from event_statement s")
                .append(" where s.search_grams <> '{}' and s.search_grams @> cjk_bigrams(:text)")
                .append(saidLike(runs));
        params.put("text", text);
    }

    /** Binds :cjk0, :cjk1, … to the LIKE patterns of the checked runs. */
    private static void bindRuns(List<String> runs, Map<String, Object> params) {
        for (int i = 0; i < runs.size() && i < CHECKED_RUNS; i++) {
            params.put("cjk" + i, "%" + runs.get(i) + "%");
        }
    }

    private static String translatedLike(List<String> runs) {
        StringBuilder like = new StringBuilder();
        for (int i = 0; i < runs.size() && i < CHECKED_RUNS; i++) {
            like.append(" and (t.title || ' ' || t.summary || ' ' || coalesce(t.body, '')) like :cjk").append(i);
        }
        return like.toString();
    }

    private static String saidLike(List<String> runs) {
        StringBuilder like = new StringBuilder();
        for (int i = 0; i < runs.size() && i < CHECKED_RUNS; i++) {
            like.append(" and (coalesce(s.quote, '') || ' ' || coalesce(s.paraphrase, '') || ' ' || coalesce(s.original_text, ''))")
                    .append(" like :cjk").append(i);
        }
        return like.toString();
    }

    /**
     * How well an event of the list matched, for a list by relevance: found in the title of the reader's
     * translation ({@code tr}) first, then anywhere else.
     */
    static String rank() {
        return "(case when tr.title like :cjk0 then 1.0 else 0.5 end)::real";
    }

    private static List<String> runs(String text) {
        List<String> runs = new ArrayList<>();
        Matcher matcher = RUN.matcher(text);
        while (matcher.find()) {
            runs.add(matcher.group());
        }
        return runs;
    }
}

package org.ap4tracker.events.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.ap4tracker.events.EventType;
import org.ap4tracker.events.SourceKind;
import org.ap4tracker.events.TimelineFilter;
import org.ap4tracker.events.internal.TimelineConditions.Dimension;
import org.jspecify.annotations.Nullable;

/**
 * The published events a Japanese or Korean word matches, collected once ({@link CjkLookup}), with what the timeline's
 * counts and lists filter, group and rank by: sort date, time of change, type, storyline, actors, topics, kinds
 * of source, and the languages whose translated title has the word. They are held newest first,
 * column by column (about 60 bytes an event), so that the facet counts, the overview's month counts
 * ({@link CjkMatchCounts}) and the order of a list ({@link CjkMatchLists}) of any filter with the word are a pass
 * over a few thousand rows in memory instead of statements that fetch every match again, event by event.
 *
 * <p>{@link #passes} is the Java twin of {@link TimelineConditions#append}: the two must select the same events,
 * and {@code CjkMatchesInMemoryTests} compares them filter by filter.
 */
final class CjkMatches {

    /** The same ids ascending: the list the statements bind as {@code :cjkEvents}. */
    private final long[] eventIds;

    /** The published matches, newest first (sort date, then id, both descending, as the timeline orders them). */
    private final long[] ids;
    private final int[] sortDays;
    private final long[] updatedMicros;
    private final byte[] types;
    /** Index into {@link #developments}, or -1 for an event outside any storyline. */
    private final int[] development;
    /** The actors of match i are {@code actorRefs[actorStart[i]..actorStart[i+1])}, indexes into {@link #actors}. */
    private final int[] actorStart;
    private final int[] actorRefs;
    private final int[] topicStart;
    private final int[] topicRefs;
    /** Bit {@code k} for {@code SourceKind.values()[k]} cited by the event. */
    private final byte[] sourceKinds;
    /** Bit {@code k} for the language {@code titleLanguages.get(k)} whose translated title has the word. */
    private final int[] titledIn;

    private final List<String> developments;
    private final List<String> actors;
    private final List<String> topics;
    private final List<String> titleLanguages;

    private CjkMatches(Builder built) {
        int n = built.ids.size();
        this.ids = built.ids.stream().mapToLong(Long::longValue).toArray();
        this.eventIds = Arrays.stream(ids).sorted().toArray();
        this.sortDays = toInts(built.sortDays);
        this.updatedMicros = built.updated.stream().mapToLong(Long::longValue).toArray();
        this.types = new byte[n];
        this.sourceKinds = new byte[n];
        for (int i = 0; i < n; i++) {
            types[i] = built.types.get(i);
            sourceKinds[i] = built.kinds.get(i);
        }
        this.development = toInts(built.development);
        this.actorStart = toInts(built.actorStart);
        this.actorRefs = toInts(built.actorRefs);
        this.topicStart = toInts(built.topicStart);
        this.topicRefs = toInts(built.topicRefs);
        this.developments = List.copyOf(built.developments.names);
        this.actors = List.copyOf(built.actors.names);
        this.topics = List.copyOf(built.topics.names);
        this.titledIn = toInts(built.titledIn);
        this.titleLanguages = List.copyOf(built.languages.names);
    }

    /**
     * The statement that collects the matches of the words whose events {@code matchingEvents} selects (by
     * {@link CjkText#appendMatchingEvents}, which binds {@code :cjk0} to the first run's pattern as the list's
     * rank reads it: {@link CjkText#rank}), the published ones with what {@link #of} reads, newest first. Every
     * statement that binds their ids reads published events only.
     */
    static String collecting(String matchingEvents) {
        return """
                select e.id, e.sort_date, e.updated_at, e.type,
                       d.slug as development,
                       array(select a.code from event_actor l join actor a on a.id = l.actor_id
                             where l.event_id = e.id) as actors,
                       array(select t.slug from event_topic l join topic t on t.id = l.topic_id
                             where l.event_id = e.id) as topics,
                       array(select distinct s.kind from event_source s where s.event_id = e.id) as source_kinds,
                       array(select t.lang from event_translation t where t.event_id = e.id and t.title like :cjk0)
                           as title_languages
                from event e left join development d on d.id = e.development_id
                where e.status = 'PUBLISHED' and e.id in (%s)
                order by e.sort_date desc, e.id desc""".formatted(matchingEvents);
    }

    /** Reads the rows of {@link #collecting}. */
    static CjkMatches of(ResultSet rs) throws SQLException {
        Builder built = new Builder();
        while (rs.next()) {
            built.add(rs);
        }
        return built.build();
    }

    long[] eventIds() {
        return eventIds;
    }

    /** How many published events match. */
    int size() {
        return ids.length;
    }

    long id(int i) {
        return ids[i];
    }

    LocalDate sortDate(int i) {
        return LocalDate.ofEpochDay(sortDays[i]);
    }

    EventType type(int i) {
        return EventType.values()[types[i]];
    }

    @Nullable String development(int i) {
        return development[i] < 0 ? null : developments.get(development[i]);
    }

    /** Calls {@code each} with the code of every actor of match i. */
    void forEachActor(int i, Consumer<String> each) {
        for (int k = actorStart[i]; k < actorStart[i + 1]; k++) {
            each.accept(actors.get(actorRefs[k]));
        }
    }

    void forEachTopic(int i, Consumer<String> each) {
        for (int k = topicStart[i]; k < topicStart[i + 1]; k++) {
            each.accept(topics.get(topicRefs[k]));
        }
    }

    /** Whether the title of match i translated into {@code lang} has the word, as {@link CjkText#rank} asks. */
    boolean titledIn(int i, String lang) {
        int k = titleLanguages.indexOf(lang);
        return k >= 0 && (titledIn[i] & (1 << k)) != 0;
    }

    void forEachSourceKind(int i, Consumer<SourceKind> each) {
        for (SourceKind kind : SourceKind.values()) {
            if ((sourceKinds[i] & (1 << kind.ordinal())) != 0) {
                each.accept(kind);
            }
        }
    }

    /** A filter with the word, ready to test the matches against: its value sets resolved once. */
    Test test(TimelineFilter filter) {
        return new Test(filter);
    }

    /** Which matches a filter selects, every condition of {@link TimelineConditions#append} but the text's. */
    final class Test {

        private final TimelineFilter filter;
        private final boolean[] actorsNamed;
        private final boolean[] topicsNamed;
        private final int developmentNamed;
        private final int kindsNamed;
        private final long fromDay;
        private final long toDay;
        private final long updatedSinceMicros;

        private Test(TimelineFilter filter) {
            this.filter = filter;
            this.actorsNamed = named(actors, filter.actors());
            this.topicsNamed = named(topics, filter.topics());
            this.developmentNamed = filter.development() == null ? -1 : developments.indexOf(filter.development());
            int kinds = 0;
            for (SourceKind kind : filter.sourceKinds()) {
                kinds |= 1 << kind.ordinal();
            }
            this.kindsNamed = kinds;
            this.fromDay = filter.from() == null ? Long.MIN_VALUE : filter.from().toEpochDay();
            this.toDay = filter.to() == null ? Long.MAX_VALUE : filter.to().toEpochDay();
            this.updatedSinceMicros = filter.updatedSince() == null ? Long.MIN_VALUE
                    : filter.updatedSince().getEpochSecond() * 1_000_000 + filter.updatedSince().getNano() / 1_000;
        }

        /** Whether match i passes every condition of the filter outside {@code without} (null: none left out). */
        boolean passes(int i, @Nullable Dimension without) {
            if (without != Dimension.TYPES && !filter.types().isEmpty()
                    && !filter.types().contains(EventType.values()[types[i]])) {
                return false;
            }
            if (without != Dimension.ACTORS && !filter.actors().isEmpty()
                    && !any(actorsNamed, actorRefs, actorStart[i], actorStart[i + 1])) {
                return false;
            }
            if (without != Dimension.TOPICS && !filter.topics().isEmpty()
                    && !any(topicsNamed, topicRefs, topicStart[i], topicStart[i + 1])) {
                return false;
            }
            if (without != Dimension.DEVELOPMENT && filter.development() != null
                    && (developmentNamed < 0 || development[i] != developmentNamed)) {
                return false;
            }
            if (without != Dimension.SOURCE_KINDS && !filter.sourceKinds().isEmpty()
                    && (sourceKinds[i] & kindsNamed) == 0) {
                return false;
            }
            if (without != Dimension.DATES && (sortDays[i] < fromDay || sortDays[i] > toDay)) {
                return false;
            }
            return updatedMicros[i] >= updatedSinceMicros;
        }

        private static boolean any(boolean[] named, int[] refs, int from, int to) {
            for (int k = from; k < to; k++) {
                if (named[refs[k]]) {
                    return true;
                }
            }
            return false;
        }

        private static boolean[] named(List<String> dictionary, Set<String> values) {
            boolean[] named = new boolean[dictionary.size()];
            for (int k = 0; k < named.length; k++) {
                named[k] = values.contains(dictionary.get(k));
            }
            return named;
        }
    }

    private static int[] toInts(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The rows of {@link #collecting} as they are read. */
    static final class Builder {

        final List<Long> ids = new ArrayList<>();
        final List<Integer> sortDays = new ArrayList<>();
        final List<Long> updated = new ArrayList<>();
        final List<Byte> types = new ArrayList<>();
        final List<Byte> kinds = new ArrayList<>();
        final List<Integer> development = new ArrayList<>();
        final List<Integer> actorStart = new ArrayList<>(List.of(0));
        final List<Integer> actorRefs = new ArrayList<>();
        final List<Integer> topicStart = new ArrayList<>(List.of(0));
        final List<Integer> topicRefs = new ArrayList<>();
        final Dictionary developments = new Dictionary();
        final Dictionary actors = new Dictionary();
        final Dictionary topics = new Dictionary();
        final Dictionary languages = new Dictionary();
        final List<Integer> titledIn = new ArrayList<>();

        void add(ResultSet rs) throws SQLException {
            OffsetDateTime updatedAt = rs.getObject("updated_at", OffsetDateTime.class);
            add(rs.getLong("id"), rs.getObject("sort_date", LocalDate.class),
                    updatedAt.toEpochSecond() * 1_000_000 + updatedAt.getNano() / 1_000,
                    EventType.valueOf(rs.getString("type")), rs.getString("development"),
                    strings(rs.getArray("actors")), strings(rs.getArray("topics")),
                    strings(rs.getArray("source_kinds")).stream().map(SourceKind::valueOf).toList(),
                    strings(rs.getArray("title_languages")));
        }

        /** A published match; they come newest first. */
        Builder add(long id, LocalDate sortDate, long updatedAtMicros, EventType type, @Nullable String slug,
                List<String> actorCodes, List<String> topicSlugs, List<SourceKind> cited, List<String> titled) {
            ids.add(id);
            sortDays.add((int) sortDate.toEpochDay());
            updated.add(updatedAtMicros);
            types.add((byte) type.ordinal());
            development.add(slug == null ? -1 : developments.index(slug));
            actorCodes.forEach(code -> actorRefs.add(actors.index(code)));
            actorStart.add(actorRefs.size());
            topicSlugs.forEach(topic -> topicRefs.add(topics.index(topic)));
            topicStart.add(topicRefs.size());
            int bits = 0;
            for (SourceKind kind : cited) {
                bits |= 1 << kind.ordinal();
            }
            kinds.add((byte) bits);
            int languagesTitled = 0;
            for (String lang : titled) {
                languagesTitled |= 1 << languages.index(lang);
            }
            titledIn.add(languagesTitled);
            return this;
        }

        CjkMatches build() {
            return new CjkMatches(this);
        }

        private static List<String> strings(Array array) throws SQLException {
            return Arrays.asList((String[]) array.getArray());
        }
    }

    /** The distinct codes or slugs of one column, each numbered by first appearance. */
    private static final class Dictionary {

        final List<String> names = new ArrayList<>();
        private final Map<String, Integer> indexes = new HashMap<>();

        int index(String name) {
            return indexes.computeIfAbsent(name, unused -> {
                names.add(name);
                return names.size() - 1;
            });
        }
    }
}

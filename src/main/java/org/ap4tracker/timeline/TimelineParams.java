package org.ap4tracker.timeline;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.ap4tracker.events.EventType;
import org.ap4tracker.events.SortOrder;
import org.ap4tracker.events.SourceKind;
import org.ap4tracker.events.TimelineFilter;
import org.ap4tracker.system.QueryRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * The timeline's query string: {@code ?q=liaison+office&actor=JP&actor=KR&type=SUMMIT&development=...
 * &from=2022&to=2023&order=oldest&cursor=...}. Repeating a parameter means "any of these". Values are kept
 * as typed so that the form can show them back beside their errors; {@link TimelineParamsValidator} checks
 * them and {@link #filter()} reads them once they are valid. The feeds and exports take the same parameters,
 * so any view of the timeline can be taken elsewhere.
 */
@NamedInterface("query")
@QueryRecord
public record TimelineParams(
        @Nullable String q,
        @Nullable List<String> actor,
        @Nullable List<String> type,
        @Nullable List<String> topic,
        @Nullable String development,
        @Nullable String from,
        @Nullable String to,
        @Nullable String order,
        @Nullable String cursor,
        @Nullable List<String> source) {

    static final Set<String> TYPES = Arrays.stream(EventType.values()).map(Enum::name).collect(Collectors.toSet());

    static final Set<String> SOURCE_KINDS = Arrays.stream(SourceKind.values()).map(Enum::name)
            .collect(Collectors.toSet());

    public boolean oldestFirst() {
        return sortOrder() == SortOrder.OLDEST_FIRST;
    }

    /** The order the list is in: as asked, or by default best matches for a search and newest first otherwise. */
    public SortOrder sortOrder() {
        return SortOrder.ofParameter(order, text() != null);
    }

    public boolean has(String parameter, String value) {
        List<String> values = switch (parameter) {
            case "actor" -> actor;
            case "type" -> type;
            case "topic" -> topic;
            case "source" -> source;
            default -> throw new IllegalArgumentException("Not a list parameter: " + parameter);
        };
        return values != null && values.contains(value);
    }

    /** These parameters on the first page of their list. */
    TimelineParams withoutCursor() {
        return new TimelineParams(q, actor, type, topic, development, from, to, order, null, source);
    }

    /** The search text as the filter takes it: trimmed, or null when there is none. */
    public @Nullable String text() {
        String text = blankToNull(q);
        return text == null ? null : text.strip();
    }

    /** The filter these parameters ask for; only call once they have been validated. */
    public TimelineFilter filter() {
        Integer fromYear = year(from);
        Integer toYear = year(to);
        return new TimelineFilter(
                actor == null ? Set.of() : Set.copyOf(actor),
                type == null ? Set.of() : type.stream().map(EventType::valueOf).collect(Collectors.toSet()),
                topic == null ? Set.of() : Set.copyOf(topic),
                blankToNull(development),
                fromYear == null ? null : LocalDate.of(fromYear, 1, 1),
                toYear == null ? null : LocalDate.of(toYear, 12, 31),
                null,
                text(),
                sortOrder())
                .withSourceKinds(source == null ? Set.of()
                        : source.stream().map(SourceKind::valueOf).collect(Collectors.toSet()));
    }

    static @Nullable Integer year(@Nullable String value) {
        return blankToNull(value) == null ? null : Integer.valueOf(value.trim());
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

package org.ap4tracker.api.reads;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.ap4tracker.api.http.ApiLinks;
import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.EventType;
import org.ap4tracker.events.SortOrder;
import org.ap4tracker.events.SourceKind;
import org.ap4tracker.events.TimelineCursor;
import org.ap4tracker.events.TimelineFilter;
import org.ap4tracker.system.QueryRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The query string of {@code GET /api/v1/events}: the timeline's filters plus {@code updatedSince}, the
 * order, and keyset paging. Repeating a parameter (or separating values with commas) means "any of these".
 * Values stay text until {@link EventsQueryValidator} has checked them all; then the readers below apply.
 */
@QueryRecord
public record EventsQuery(
        @Parameter(description = "Only events involving this actor (a code from /api/v1/actors). Repeat for any of several.",
                array = @ArraySchema(schema = @Schema(example = "JP")))
        @Nullable List<String> actor,
        @Parameter(description = "Only events of this type. Repeat for any of several.",
                array = @ArraySchema(schema = @Schema(implementation = EventType.class)))
        @Nullable List<String> type,
        @Parameter(description = "Only events filed under this topic (a slug from /api/v1/topics). Repeat for any of several.",
                array = @ArraySchema(schema = @Schema(example = "cyber-defence")))
        @Nullable List<String> topic,
        @Parameter(description = "Only the milestones of this storyline (a slug from /api/v1/developments).",
                example = "tokyo-liaison-office")
        @Nullable String development,
        @Parameter(description = """
                Only events whose date can first mean this day or later (ISO 8601 date). "mid-April 2023" \
                counts from 11 April, "2023" from 1 January.""",
                schema = @Schema(type = "string", format = "date", example = "2023-01-01"))
        @Nullable String from,
        @Parameter(description = "Only events whose date can first mean this day or earlier (ISO 8601 date).",
                schema = @Schema(type = "string", format = "date", example = "2023-12-31"))
        @Nullable String to,
        @Parameter(description = """
                Only events whose record changed at or after this instant (ISO 8601 with an offset; write + as \
                %2B). To mirror the dataset, including withdrawals, use /api/v1/changes instead.""",
                schema = @Schema(type = "string", format = "date-time", example = "2023-07-01T00:00:00Z"))
        @Nullable String updatedSince,
        @Parameter(description = """
                Only events whose title, summary, body, statements (speaker, quote, paraphrase) or sources \
                (title, publisher) match these words, as a web search reads them: words must all appear (in any \
                form: "agreed" finds "agreement"), "quoted phrases" in order, -word excludes, OR allows either. \
                At most 200 characters; any text is accepted.""",
                example = "liaison office")
        @Nullable String q,
        @Parameter(description = """
                newest or oldest first, or relevance: best matches of q first (words in the title count most, \
                then the summary, the body, and last statements and sources; ties newest first). Without order, \
                a query with q lists by relevance and one without by newest first, as the timeline page does.""",
                schema = @Schema(type = "string",
                        allowableValues = {SortOrder.NEWEST, SortOrder.OLDEST, SortOrder.BEST_MATCH}))
        @Nullable String order,
        @Parameter(description = "Where the page starts: the opaque cursor from the previous page's next link.")
        @Nullable String cursor,
        @Parameter(description = "Events per page.",
                schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20"))
        @Nullable String limit,
        @Parameter(description = """
                Only events citing at least one source of this kind: OFFICIAL (an official document, statement \
                or transcript), NEWS, ANALYSIS or OPINION. Repeat for any of several.""",
                array = @ArraySchema(schema = @Schema(implementation = SourceKind.class)))
        @Nullable List<String> sourceKind) {

    public static final int DEFAULT_LIMIT = 20;

    public static final Set<String> PARAMETERS =
            Set.of("actor", "type", "topic", "development", "from", "to", "updatedSince", "q", "order", "cursor",
                    "limit", "sourceKind");

    static final Set<String> SOURCE_KINDS = Arrays.stream(SourceKind.values()).map(Enum::name)
            .collect(Collectors.toSet());

    static final Set<String> TYPES = Arrays.stream(EventType.values()).map(Enum::name).collect(Collectors.toSet());

    /** The filter these parameters ask for; only call once they have been validated. */
    TimelineFilter filter() {
        return new TimelineFilter(values(actor), values(type).stream().map(EventType::valueOf).collect(Collectors.toSet()),
                values(topic), QueryValues.present(development).orElse(null), QueryValues.date(from).orElse(null),
                QueryValues.date(to).orElse(null), QueryValues.instant(updatedSince).orElse(null),
                text(), sortOrder())
                .withSourceKinds(values(sourceKind).stream().map(SourceKind::valueOf).collect(Collectors.toSet()));
    }

    @Nullable TimelineCursor position() {
        return QueryValues.present(cursor).map(TimelineCursor::parse).orElse(null);
    }

    int pageSize() {
        return QueryValues.integer(limit, 1, EventCatalog.MAX_PAGE_SIZE).orElse(DEFAULT_LIMIT);
    }

    private @Nullable String text() {
        return QueryValues.present(q).map(String::strip).orElse(null);
    }

    /** The order asked for, or by default best matches of a text search and newest first otherwise. */
    SortOrder sortOrder() {
        return SortOrder.ofParameter(order, text() != null);
    }

    /** The same query starting after {@code next}, with every parameter it was given. */
    String continuedAfter(TimelineCursor next, ApiLinks links) {
        UriComponentsBuilder url = links.apiBuilder("/events");
        values(actor).stream().sorted().forEach(value -> url.queryParam("actor", value));
        values(type).stream().sorted().forEach(value -> url.queryParam("type", value));
        values(topic).stream().sorted().forEach(value -> url.queryParam("topic", value));
        values(sourceKind).stream().sorted().forEach(value -> url.queryParam("sourceKind", value));
        url.queryParamIfPresent("development", QueryValues.present(development));
        url.queryParamIfPresent("from", QueryValues.date(from));
        url.queryParamIfPresent("to", QueryValues.date(to));
        url.queryParamIfPresent("updatedSince", QueryValues.instant(updatedSince));
        url.queryParamIfPresent("q", QueryValues.present(q).map(String::strip));
        url.queryParamIfPresent("order", QueryValues.present(order));
        url.queryParamIfPresent("limit", QueryValues.present(limit));
        return url.queryParam("cursor", next.token()).toUriString();
    }

    /** A repeated parameter's values, each of which may itself be a comma-separated list. */
    static Set<String> values(@Nullable List<String> parameter) {
        if (parameter == null) {
            return Set.of();
        }
        return parameter.stream().flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::trim).filter(value -> !value.isEmpty()).collect(Collectors.toSet());
    }
}

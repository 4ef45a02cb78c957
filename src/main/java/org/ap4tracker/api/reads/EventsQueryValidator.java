package org.ap4tracker.api.reads;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.ap4tracker.events.ActorRef;
import org.ap4tracker.events.DevelopmentRef;
import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.InvalidCursorException;
import org.ap4tracker.events.SortOrder;
import org.ap4tracker.events.TimelineCursor;
import org.ap4tracker.events.TimelineFilter;
import org.ap4tracker.events.TopicRef;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Checks every parameter of {@link EventsQuery} and reports all that are wrong: unknown parameters, values
 * of the wrong form, actor, topic and storyline codes that do not exist (a misspelt code is an error, not an
 * empty list), a date range out of order and a cursor this API did not issue. Codes are only looked up when
 * the query uses them.
 */
// Deliberate parallel of ChangesQueryValidator and of timeline's TimelineParamsValidator: one Validator per query
// record, each with its own parameters; the checks they share are in QueryChecks.
final class EventsQueryValidator implements Validator {

    private final EventCatalog catalog;
    private final Collection<String> givenParameters;

    EventsQueryValidator(EventCatalog catalog, Collection<String> givenParameters) {
        this.catalog = catalog;
        this.givenParameters = givenParameters;
    }

    @Override
    public boolean supports(Class<?> type) {
        return EventsQuery.class.equals(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        EventsQuery query = (EventsQuery) target;
        QueryChecks.rejectUnknownParameters(errors, EventsQuery.PARAMETERS, givenParameters);
        rejectLongList(errors, "actor", query.actor());
        rejectLongList(errors, "type", query.type());
        rejectLongList(errors, "topic", query.topic());
        rejectUnknown(errors, "actor", "actor", EventsQuery.values(query.actor()),
                () -> catalog.actors().stream().map(ActorRef::code).collect(Collectors.toSet()), "/api/v1/actors");
        EventsQuery.values(query.sourceKind()).stream().filter(kind -> !EventsQuery.SOURCE_KINDS.contains(kind)).sorted()
                .forEach(kind -> QueryChecks.reject(errors, "sourceKind", "unknown", "must be one of %s, not '%s'"
                        .formatted(String.join(", ", EventsQuery.SOURCE_KINDS.stream().sorted().toList()), kind)));
        EventsQuery.values(query.type()).stream().filter(type -> !EventsQuery.TYPES.contains(type)).sorted()
                .forEach(type -> QueryChecks.reject(errors, "type", "unknown", "must be one of %s, not '%s'"
                        .formatted(String.join(", ", EventsQuery.TYPES.stream().sorted().toList()), type)));
        rejectUnknown(errors, "topic", "topic", EventsQuery.values(query.topic()),
                () -> catalog.topics().stream().map(TopicRef::slug).collect(Collectors.toSet()), "/api/v1/topics");
        rejectUnknown(errors, "development", "storyline", QueryValues.present(query.development()).stream()
                .collect(Collectors.toSet()),
                () -> catalog.developmentChoices().stream().map(DevelopmentRef::slug).collect(Collectors.toSet()),
                "/api/v1/developments");
        Optional<LocalDate> from = QueryChecks.read(errors, "from", () -> QueryValues.date(query.from()));
        Optional<LocalDate> to = QueryChecks.read(errors, "to", () -> QueryValues.date(query.to()));
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            QueryChecks.reject(errors, "to", "beforeFrom", "must not be before from, " + from.get());
        }
        QueryChecks.read(errors, "updatedSince", () -> QueryValues.instant(query.updatedSince()));
        QueryValues.present(query.q()).filter(text -> text.strip().length() > TimelineFilter.MAX_TEXT_LENGTH)
                .ifPresent(text -> QueryChecks.reject(errors, "q", "tooLong",
                        "must be at most %d characters".formatted(TimelineFilter.MAX_TEXT_LENGTH)));
        QueryValues.present(query.order())
                .filter(order -> !SortOrder.PARAMETER_VALUES.contains(order))
                .ifPresent(order -> QueryChecks.reject(errors, "order", "unknown",
                        "must be newest, oldest or relevance, not '%s'".formatted(order)));
        QueryChecks.read(errors, "limit", () -> QueryValues.integer(query.limit(), 1, EventCatalog.MAX_PAGE_SIZE));
        QueryValues.present(query.cursor()).ifPresent(cursor -> {
            try {
                if (!TimelineCursor.parse(cursor).suits(query.sortOrder())) {
                    throw new InvalidCursorException(cursor);
                }
            }
            catch (InvalidCursorException ex) {
                QueryChecks.reject(errors, "cursor", "invalidCursor",
                        "is not a cursor this API issued; start again from the first page");
            }
        });
    }

    private static void rejectLongList(Errors errors, String parameter, @Nullable List<String> values) {
        if (values != null && values.size() > TimelineFilter.MAX_LIST_VALUES) {
            QueryChecks.reject(errors, parameter, "tooMany",
                    "may be given at most %d times".formatted(TimelineFilter.MAX_LIST_VALUES));
        }
    }

    private static void rejectUnknown(Errors errors, String parameter, String what, Set<String> values,
            Supplier<Set<String>> known, String listedAt) {
        if (values.isEmpty()) {
            return;
        }
        Set<String> existing = known.get();
        values.stream().filter(value -> !existing.contains(value)).sorted().forEach(value -> QueryChecks.reject(errors,
                parameter, "unknown", "names no known %s: '%s' (see %s)".formatted(what, value, listedAt)));
    }
}

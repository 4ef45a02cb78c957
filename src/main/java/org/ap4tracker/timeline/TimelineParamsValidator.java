package org.ap4tracker.timeline;

import java.util.List;

import org.ap4tracker.events.SortOrder;
import org.ap4tracker.events.TimelineFilter;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Checks the timeline's query string: search text of at most 200 characters, known event types and
 * orders, years between 1900 and 2100, at most {@value TimelineFilter#MAX_LIST_VALUES} values of a list parameter, the first year not after the last. Unknown actor, topic and storyline codes are not
 * errors: they match nothing. Any search text is a valid query.
 */
@NamedInterface("query")
// Deliberate parallel of api.reads' EventsQueryValidator: the page and the API check their own query records,
// with their own messages (a field on the page, problem JSON in the API).
public final class TimelineParamsValidator implements Validator {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;

    @Override
    public boolean supports(Class<?> type) {
        return TimelineParams.class.equals(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        TimelineParams params = (TimelineParams) target;
        String text = params.text();
        if (text != null && text.length() > TimelineFilter.MAX_TEXT_LENGTH) {
            errors.rejectValue("q", "timeline.filter.q.tooLong");
        }
        String order = params.order();
        if (order != null && !order.isBlank() && !SortOrder.PARAMETER_VALUES.contains(order)) {
            errors.rejectValue("order", "timeline.order.unknown");
        }
        if (params.type() != null && !TimelineParams.TYPES.containsAll(params.type())) {
            errors.rejectValue("type", "timeline.filter.type.unknown");
        }
        if (params.source() != null && !TimelineParams.SOURCE_KINDS.containsAll(params.source())) {
            errors.rejectValue("source", "timeline.filter.source.unknown");
        }
        rejectLongList("actor", params.actor(), errors);
        rejectLongList("type", params.type(), errors);
        rejectLongList("topic", params.topic(), errors);
        rejectLongList("source", params.source(), errors);
        Integer from = checkYear("from", params.from(), errors);
        Integer to = checkYear("to", params.to(), errors);
        if (from != null && to != null && from > to) {
            errors.rejectValue("to", "timeline.filter.year.order");
        }
    }

    private static void rejectLongList(String field, @Nullable List<String> values, Errors errors) {
        if (values != null && values.size() > TimelineFilter.MAX_LIST_VALUES) {
            errors.rejectValue(field, "timeline.filter.tooMany");
        }
    }

    private static @Nullable Integer checkYear(String field, @Nullable String value, Errors errors) {
        try {
            Integer year = TimelineParams.year(value);
            if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
                errors.rejectValue(field, "timeline.filter.year.range");
                return null;
            }
            return year;
        }
        catch (NumberFormatException ex) {
            errors.rejectValue(field, "timeline.filter.year.notANumber");
            return null;
        }
    }
}

package org.ap4tracker.api.reads;

import java.util.Collection;

import org.ap4tracker.events.ChangeCursor;
import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.InvalidCursorException;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** No unknown parameters, a {@code since} cursor this API issued, and a limit in range. */
// The same Validator shape as EventsQueryValidator (and the timeline's TimelineParamsValidator); the checks differ.
// Deliberate parallel of EventsQueryValidator: one Validator per query record, each with its own parameters.
final class ChangesQueryValidator implements Validator {

    private final Collection<String> givenParameters;

    ChangesQueryValidator(Collection<String> givenParameters) {
        this.givenParameters = givenParameters;
    }

    @Override
    public boolean supports(Class<?> type) {
        return ChangesQuery.class.equals(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        ChangesQuery query = (ChangesQuery) target;
        QueryChecks.rejectUnknownParameters(errors, ChangesQuery.PARAMETERS, givenParameters);
        QueryValues.present(query.since()).ifPresent(since -> {
            try {
                ChangeCursor.parse(since);
            }
            catch (InvalidCursorException ex) {
                QueryChecks.reject(errors, "since", "invalidCursor",
                        "is not a change log cursor this API issued; read the log from the start without it");
            }
        });
        QueryChecks.read(errors, "limit", () -> QueryValues.integer(query.limit(), 1, EventCatalog.MAX_CHANGES_PAGE_SIZE));
    }
}

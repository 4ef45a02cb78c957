package org.ap4tracker.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.ap4tracker.events.EditConflictException;
import org.ap4tracker.events.EditorialDesk;
import org.ap4tracker.events.EventDetail;
import org.ap4tracker.events.EventEditor;
import org.ap4tracker.events.EventInput;
import org.ap4tracker.events.EventRuleException;
import org.ap4tracker.events.EventStatus;
import org.ap4tracker.events.FieldProblem;
import org.ap4tracker.events.InvalidEventException;

import org.springframework.stereotype.Component;

/**
 * Writes one row as a draft through {@link EventEditor}, the same service the desk's form and the API use,
 * after the same Bean Validation rules they apply, and says what happened. It runs inside the caller's
 * transaction: a dry run rolls it back, a commit keeps it. After each row it lets go of the entities it
 * loaded, so the thousandth row costs what the first did.
 * <p>
 * A row whose slug is already taken updates that event when it is a draft, and is an error otherwise:
 * an import never changes what readers see, so a published or withdrawn event is left to the editor.
 */
@Component
class ImportRowWriter {

    private final EventEditor editor;
    private final EditorialDesk desk;
    private final Validator validator;

    ImportRowWriter(EventEditor editor, EditorialDesk desk, Validator validator) {
        this.editor = editor;
        this.desk = desk;
        this.validator = validator;
    }

    RowReport write(ParsedRow row) {
        if (row.skipped()) {
            return new RowReport(row.row(), RowReport.Outcome.SKIPPED, null, null, List.of(), row.notes());
        }
        EventInput input = row.input();
        if (input == null) {
            return error(row, null, row.problems());
        }
        List<RowProblem> invalid = validator.validate(input).stream()
                .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .map(ImportRowWriter::problem)
                .toList();
        if (!invalid.isEmpty()) {
            return error(row, input.slug(), invalid);
        }
        try {
            Optional<EventDetail> existing = input.slug() == null ? Optional.empty() : desk.event(input.slug());
            if (existing.isPresent()) {
                EventDetail event = existing.get();
                if (event.status() != EventStatus.DRAFT) {
                    return error(row, input.slug(), List.of(RowProblem.of("slug", "import.row.notADraft",
                            input.slug())));
                }
                String slug = editor.update(event.slug(), event.version(), input, false);
                editor.forgetLoaded();
                return new RowReport(row.row(), RowReport.Outcome.UPDATED, slug, input.title(), List.of(), row.notes());
            }
            String slug = editor.create(input, false);
            editor.forgetLoaded();
            return new RowReport(row.row(), RowReport.Outcome.CREATED, slug, input.title(), List.of(), row.notes());
        }
        catch (InvalidEventException ex) {
            return error(row, input.slug(), ex.problems().stream().map(ImportRowWriter::problem).toList());
        }
        catch (EventRuleException ex) {
            return error(row, input.slug(), List.of(RowProblem.of("event", ex.messageCode())));
        }
        catch (EditConflictException ex) {
            return error(row, input.slug(), List.of(RowProblem.of("slug", "import.row.changedMeanwhile")));
        }
    }

    private static RowReport error(ParsedRow row, @org.jspecify.annotations.Nullable String slug, List<RowProblem> problems) {
        return new RowReport(row.row(), RowReport.Outcome.ERROR, slug, row.title(), problems, row.notes());
    }

    private static RowProblem problem(FieldProblem problem) {
        List<String> args = new ArrayList<>();
        problem.args().forEach(arg -> args.add(String.valueOf(arg)));
        return new RowProblem(problem.field(), problem.code(), args);
    }

    /** Constraint messages are written as {@code {key}}; the report keeps the key, for the editor's language. */
    private static RowProblem problem(ConstraintViolation<EventInput> violation) {
        String template = violation.getMessageTemplate();
        String code = template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1) : "import.row.invalid";
        return new RowProblem(violation.getPropertyPath().toString(), code, List.of());
    }
}

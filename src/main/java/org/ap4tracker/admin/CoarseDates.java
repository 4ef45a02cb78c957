package org.ap4tracker.admin;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.ap4tracker.events.EventInput;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The event's own date may be typed as coarsely as it is known: {@code 2023} or {@code 2023-04} as well as
 * {@code 2023-04-11}, whatever language the browser speaks. Only the event's start and end accept this;
 * a source's or a statement's date stays a full day. A year or month becomes its first day as a start and
 * its last day as an end.
 */
final class CoarseDates {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    record Accepted(EventInput form, BindingResult binding) {
    }

    private CoarseDates() {
    }

    static Accepted accept(EventInput form, BindingResult binding, @Nullable String typedStart, @Nullable String typedEnd) {
        LocalDate start = binding.hasFieldErrors("startDate") ? first(typedStart) : null;
        LocalDate end = binding.hasFieldErrors("endDate") ? last(typedEnd) : null;
        if (start == null && end == null) {
            return new Accepted(form, binding);
        }
        EventInput completed = new EventInput(form.slug(), form.title(), form.summary(), form.body(),
                start == null ? form.startDate() : start, end == null ? form.endDate() : end, form.precision(),
                form.qualifier(), form.type(), form.actors(), form.topics(), form.development(), form.location(),
                form.sources(), form.statements(), form.related(), form.changeNote());
        BindingResult kept = new BeanPropertyBindingResult(completed, EventFormController.FORM);
        for (var error : binding.getAllErrors()) {
            if (!(error instanceof FieldError field) || !(start != null && field.getField().equals("startDate")
                    || end != null && field.getField().equals("endDate"))) {
                kept.addError(error);
            }
        }
        return new Accepted(completed, kept);
    }

    static @Nullable LocalDate first(@Nullable String typed) {
        try {
            if (typed != null && YEAR.matcher(typed.strip()).matches()) {
                return Year.parse(typed.strip()).atDay(1);
            }
            if (typed != null && MONTH.matcher(typed.strip()).matches()) {
                return YearMonth.parse(typed.strip()).atDay(1);
            }
        }
        catch (DateTimeParseException notADate) {
            return null;
        }
        return null;
    }

    static @Nullable LocalDate last(@Nullable String typed) {
        LocalDate first = first(typed);
        if (first == null) {
            return null;
        }
        return typed.strip().length() == 4 ? first.withDayOfYear(first.lengthOfYear()) : first.withDayOfMonth(first.lengthOfMonth());
    }
}

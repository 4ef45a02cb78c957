package org.ap4tracker.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Collection;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.springframework.util.ReflectionUtils;

/**
 * The rules every field of an input record follows, checked on the record as a whole so that a field added
 * later is covered without anyone remembering to annotate it: text (also inside lists) follows
 * {@link PlainText}, and dates lie between {@value #FIRST_YEAR} and {@value #LAST_YEAR}, the years a
 * timeline of this partnership can need (and every output format can write). Each problem is reported on its
 * field, so the desk shows it beside the field and the API names the field.
 */
public final class BoundaryRules implements ConstraintValidator<BoundaryRules.Checked, Record> {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;

    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @Constraint(validatedBy = BoundaryRules.class)
    public @interface Checked {

        String message() default "{boundary.invalid}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @Override
    public boolean isValid(Record input, ConstraintValidatorContext context) {
        context.disableDefaultConstraintViolation();
        boolean valid = true;
        for (RecordComponent component : input.getClass().getRecordComponents()) {
            String message = problem(ReflectionUtils.invokeMethod(component.getAccessor(), input));
            if (message != null) {
                context.buildConstraintViolationWithTemplate(message).addPropertyNode(component.getName())
                        .addConstraintViolation();
                valid = false;
            }
        }
        return valid;
    }

    /** The message template for what is wrong with a field's value, or null. */
    private static String problem(Object value) {
        if (value instanceof CharSequence text) {
            return PlainText.acceptable(text) ? null : "{boundary.text.refused}";
        }
        if (value instanceof LocalDate date) {
            return date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR ? "{boundary.date.range}" : null;
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(BoundaryRules::problem).filter(message -> message != null).findFirst()
                    .orElse(null);
        }
        return null;
    }
}

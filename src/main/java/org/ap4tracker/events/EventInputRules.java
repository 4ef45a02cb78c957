package org.ap4tracker.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The rules between an event's fields, each reported on the field the editor has to change: the end date
 * is not before the start, only exact or circa dates can be ranges, a single day cannot be "mid-", and a
 * statement needs a quote or a paraphrase; at most {@value EventInput#MAX_RELATED} related events.
 */
public class EventInputRules implements ConstraintValidator<EventInputRules.Valid, EventInput> {

    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @Constraint(validatedBy = EventInputRules.class)
    public @interface Valid {

        String message() default "{event.invalid}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @Override
    public boolean isValid(EventInput input, ConstraintValidatorContext context) {
        context.disableDefaultConstraintViolation();
        boolean valid = true;
        if (input.startDate() != null && input.endDate() != null && input.endDate().isBefore(input.startDate())) {
            valid = violation(context, "{event.endDate.beforeStart}", "endDate");
        }
        if (input.endDate() != null && input.qualifier() != null && !input.qualifier().allowsRange()) {
            valid = violation(context, "{event.endDate.onlyExactOrCirca}", "endDate");
        }
        if (input.precision() == DatePrecision.DAY && input.qualifier() != null && input.qualifier().namesPartOfPeriod()) {
            valid = violation(context, "{event.qualifier.partOfDay}", "qualifier");
        }
        if (input.relatedSlugs().size() > EventInput.MAX_RELATED) {
            valid = violation(context, "{event.related.tooMany}", "related");
        }
        List<StatementInput> statements = input.statementRows();
        for (int i = 0; i < statements.size(); i++) {
            StatementInput statement = statements.get(i);
            if (statement != null && !statement.isBlank() && EventInput.allBlank(statement.quote(), statement.paraphrase())) {
                valid = false;
                context.buildConstraintViolationWithTemplate("{event.statement.quoteOrParaphrase}")
                        .addPropertyNode("statements")
                        .addPropertyNode("quote").inIterable().atIndex(i)
                        .addConstraintViolation();
            }
        }
        return valid;
    }

    private static boolean violation(ConstraintValidatorContext context, String message, String field) {
        context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
        return false;
    }
}

package org.ap4tracker.events;

import java.util.List;

/** A problem with one field of an event, as a message key with arguments, e.g. an unknown actor code. */
public record FieldProblem(String field, String code, List<Object> args) {

    public static FieldProblem of(String field, String code, Object... args) {
        return new FieldProblem(field, code, List.of(args));
    }
}

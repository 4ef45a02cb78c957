package org.ap4tracker.events;

import java.util.List;

/**
 * A storyline, actor or topic could not be saved as typed: its slug or code is taken or reserved, or an
 * attempt was made to change it. Nothing was written.
 */
public class InvalidReferenceDataException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidReferenceDataException(List<FieldProblem> problems) {
        super("Invalid reference data: " + problems);
        this.problems = List.copyOf(problems);
    }

    static InvalidReferenceDataException of(String field, String code, Object... args) {
        return new InvalidReferenceDataException(List.of(FieldProblem.of(field, code, args)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

package org.ap4tracker.events;

import java.util.List;

/** The event refers to things that do not exist or clash with others (an unknown actor, a slug in use). */
public class InvalidEventException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidEventException(List<FieldProblem> problems) {
        super("Invalid event: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

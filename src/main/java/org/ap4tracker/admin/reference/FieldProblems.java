package org.ap4tracker.admin.reference;

import org.ap4tracker.events.FieldProblem;
import org.ap4tracker.events.InvalidReferenceDataException;

import org.springframework.validation.BindingResult;

/** Puts what the service refused next to the field it concerns, like any validation message. */
final class FieldProblems {

    private FieldProblems() {
    }

    static void reject(BindingResult binding, InvalidReferenceDataException refused) {
        for (FieldProblem problem : refused.problems()) {
            binding.rejectValue(problem.field(), problem.code(), problem.args().toArray(), problem.code());
        }
    }
}

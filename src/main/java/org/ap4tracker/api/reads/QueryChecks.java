package org.ap4tracker.api.reads;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/** Checks shared by the API's query strings. */
public final class QueryChecks {

    /** The language of the answer ({@code ?lang=ja}), which every resource takes: the language module reads it. */
    public static final String LANGUAGE = "lang";

    private QueryChecks() {
    }

    /**
     * A parameter the resource does not know is an error rather than silently ignored: a typo such as
     * {@code actors=JP} would otherwise return everything.
     */
    static void rejectUnknownParameters(Errors errors, Set<String> known, Collection<String> given) {
        for (String name : new TreeSet<>(given)) {
            if (!known.contains(name) && !name.equals(LANGUAGE)) {
                reject(errors, name, "unknownParameter",
                        "is not a parameter of this resource, which takes " + String.join(", ", new TreeSet<>(known)));
            }
        }
    }

    /** Reads a value with one of {@link QueryValues}' readers, recording the reader's message if it cannot. */
    static <T> Optional<T> read(Errors errors, String parameter, Supplier<Optional<T>> reader) {
        try {
            return reader.get();
        }
        catch (IllegalArgumentException ex) {
            reject(errors, parameter, "invalid", ex.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Records an error against a parameter, whether or not the query record has a component of that name.
     * Spring MVC validates the query records with a binding result, which can hold such errors.
     */
    static void reject(Errors errors, String parameter, String code, String message) {
        BindingResult result = (BindingResult) errors;
        result.addError(new FieldError(result.getObjectName(), parameter, null, false,
                result.resolveMessageCodes(code, parameter), null, message));
    }
}

package org.ap4tracker.imports;

import java.util.List;

/**
 * Something to say about one row: a message key with its arguments (kept as text, so that the report can
 * be stored as JSON and read back), and the field or column it concerns.
 */
public record RowProblem(String field, String code, List<String> args) {

    static RowProblem of(String field, String code, Object... args) {
        return new RowProblem(field, code, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    public Object[] arguments() {
        return args.toArray();
    }
}

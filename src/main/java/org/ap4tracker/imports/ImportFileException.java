package org.ap4tracker.imports;

/** The file as a whole cannot be read as the format chosen: not UTF-8, not CSV or JSON, columns missing. */
class ImportFileException extends RuntimeException {

    private final RowProblem problem;

    ImportFileException(String code, Object... args) {
        super(code);
        this.problem = RowProblem.of("file", code, args);
    }

    RowProblem problem() {
        return problem;
    }
}

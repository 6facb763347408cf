package io.relance.shared;

import java.util.List;

/** Input that breaks a rule the domain checks (beyond bean validation): answered as 400 with field errors. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("Invalid input: " + problems);
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String code, Object... args) {
        this(List.of(new FieldProblem(field, code, args)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

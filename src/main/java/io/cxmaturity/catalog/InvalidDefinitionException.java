package io.cxmaturity.catalog;

import java.util.List;
import java.util.stream.Collectors;

/** A question-set definition broke one or more rules; nothing was stored. */
public class InvalidDefinitionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<DefinitionProblem> problems;

    public InvalidDefinitionException(List<DefinitionProblem> problems) {
        super(problems.stream().map(DefinitionProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<DefinitionProblem> problems() {
        return problems;
    }
}

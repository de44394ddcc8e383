package io.cxmaturity.service;

import io.cxmaturity.catalog.DefinitionProblem;

import java.util.List;

/**
 * A question-set definition cannot be published or previewed: it breaks the rules in every way listed, each
 * problem with its JSON path. The field of the refusal is the first problem's path.
 */
public class DefinitionProblemsException extends ServiceException {
    private static final long serialVersionUID = 1L;

    private final transient List<DefinitionProblem> problems;

    public DefinitionProblemsException(List<DefinitionProblem> problems) {
        super(Kind.INVALID, "invalid-definition", problems.get(0).path(), problems.size(), problems.get(0).path());
        this.problems = List.copyOf(problems);
    }

    public List<DefinitionProblem> problems() {
        return problems;
    }
}

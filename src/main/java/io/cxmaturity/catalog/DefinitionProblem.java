package io.cxmaturity.catalog;

import java.util.List;

/**
 * One thing wrong with a question-set definition: where (a JSON path such as {@code $.questions[3].block}),
 * a stable code for translation ({@code cx-maturity.definition.<code>}) and its arguments, and an English
 * reason for logs and scripts.
 */
public record DefinitionProblem(String path, String code, List<Object> arguments, String reason) {
    public DefinitionProblem {
        arguments = List.copyOf(arguments);
    }

    @Override
    public String toString() {
        return path + ": " + reason;
    }
}

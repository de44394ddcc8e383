package io.cxmaturity.rest;

import io.cxmaturity.catalog.DefinitionProblem;
import io.cxmaturity.catalog.InvalidDefinitionException;
import io.cxmaturity.port.Texts;

import javax.inject.Inject;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A question-set definition with problems: 400 listing every one with its JSON path, the first as the field,
 * so an admin fixes them all in one go.
 */
@Provider
public class InvalidDefinitionMapper implements ExceptionMapper<InvalidDefinitionException> {
    private final Texts texts;

    @Inject
    public InvalidDefinitionMapper(Texts texts) {
        this.texts = texts;
    }

    @Override
    public Response toResponse(InvalidDefinitionException e) {
        List<DefinitionProblem> problems = e.problems();
        DefinitionProblem first = problems.get(0);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("error", "invalid-definition");
        json.put("message", texts.get("cx-maturity.error.invalid-definition", problems.size(), first.path(),
                first.reason()));
        json.put("field", first.path());
        json.put("problems", problems.stream().map(p -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("path", p.path());
            item.put("code", p.code());
            item.put("message", p.reason());
            return item;
        }).collect(Collectors.toList()));
        return Json.status(400, json);
    }
}

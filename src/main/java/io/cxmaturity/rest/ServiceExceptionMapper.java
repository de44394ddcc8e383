package io.cxmaturity.rest;

import io.cxmaturity.port.Texts;
import io.cxmaturity.service.ComparabilityException;
import io.cxmaturity.service.DefinitionProblemsException;
import io.cxmaturity.service.ServiceException;

import javax.inject.Inject;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a refused request into its status and a translated JSON error; a refused question-set definition adds
 * every problem ({@code problems}), a refused publication the comparability report ({@code comparability}).
 */
@Provider
public class ServiceExceptionMapper implements ExceptionMapper<ServiceException> {
    private final Texts texts;

    @Inject
    public ServiceExceptionMapper(Texts texts) {
        this.texts = texts;
    }

    @Override
    public Response toResponse(ServiceException e) {
        ErrorJson error = new ErrorJson(e.code(), texts.get("cx-maturity.error." + e.code(), e.arguments().toArray()),
                e.field());
        if (e instanceof DefinitionProblemsException refused) {
            return Json.status(status(e.kind()), withDetail(error, "problems",
                    SetAdminJson.problems(refused.problems(), texts)));
        }
        if (e instanceof ComparabilityException refused) {
            return Json.status(status(e.kind()), withDetail(error, "comparability",
                    SetAdminJson.comparability(refused.report())));
        }
        return Json.status(status(e.kind()), error);
    }

    private static Map<String, Object> withDetail(ErrorJson error, String name, Object detail) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("error", error.error());
        json.put("message", error.message());
        json.put("field", error.field());
        json.put(name, detail);
        return json;
    }

    static int status(ServiceException.Kind kind) {
        switch (kind) {
            case INVALID:
                return 400;
            case UNAUTHENTICATED:
                return 401;
            case FORBIDDEN:
                return 403;
            case NOT_FOUND:
                return 404;
            case CONFLICT:
                return 409;
            case TOO_LARGE:
                return 413;
            default:
                return 500;
        }
    }
}

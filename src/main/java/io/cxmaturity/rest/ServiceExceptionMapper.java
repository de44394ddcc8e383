package io.cxmaturity.rest;

import io.cxmaturity.port.Texts;
import io.cxmaturity.service.ServiceException;

import javax.inject.Inject;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/** Turns a refused request into its status and a translated JSON error. */
@Provider
public class ServiceExceptionMapper implements ExceptionMapper<ServiceException> {
    private final Texts texts;

    @Inject
    public ServiceExceptionMapper(Texts texts) {
        this.texts = texts;
    }

    @Override
    public Response toResponse(ServiceException e) {
        return Json.status(status(e.kind()), new ErrorJson(e.code(),
                texts.get("cx-maturity.error." + e.code(), e.arguments().toArray()), e.field()));
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

package io.cxmaturity.rest;

import io.cxmaturity.port.Texts;

import javax.inject.Inject;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/** Errors the JAX-RS runtime raises (unknown path, wrong method or media type) as the product's JSON errors. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    private final Texts texts;

    @Inject
    public WebApplicationExceptionMapper(Texts texts) {
        this.texts = texts;
    }

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        String code = "http-" + status;
        return Json.status(status, new ErrorJson(code, texts.get("cx-maturity.error." + code), null));
    }
}

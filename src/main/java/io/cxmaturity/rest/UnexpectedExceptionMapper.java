package io.cxmaturity.rest;

import io.cxmaturity.port.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;
import java.util.UUID;

/** Anything unexpected: logged with a reference the user can quote, answered as a JSON 500 without details. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<RuntimeException> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    private final Texts texts;
    private final ServiceExceptionMapper serviceErrors;
    private final WebApplicationExceptionMapper webErrors;

    @Inject
    public UnexpectedExceptionMapper(Texts texts) {
        this.texts = texts;
        this.serviceErrors = new ServiceExceptionMapper(texts);
        this.webErrors = new WebApplicationExceptionMapper(texts);
    }

    @Override
    public Response toResponse(RuntimeException e) {
        if (e instanceof io.cxmaturity.service.ServiceException) {
            return serviceErrors.toResponse((io.cxmaturity.service.ServiceException) e);
        }
        if (e instanceof WebApplicationException) {
            return webErrors.toResponse((WebApplicationException) e);
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("CX Maturity request failed (reference {})", reference, e);
        return Json.status(500, new ErrorJson("internal", texts.get("cx-maturity.error.internal", reference), null));
    }
}

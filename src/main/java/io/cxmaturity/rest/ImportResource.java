package io.cxmaturity.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.cxmaturity.service.TransferService;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.InputStream;

/** Imports of a whole space's assessment data. */
@Path("/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {
    /**
     * Largest whole-space document. A respondent of the flagship set takes about 1.5 KB (response, participation
     * and user, measured on the demo space's export), so 32 MB holds some 20,000 respondents with room for
     * comments and revisions; the document is read into memory once, by one space admin at a time.
     */
    static final int MAX_SPACE_DOCUMENT_BYTES = 32 * 1024 * 1024;

    private final TransferService transfers;

    @Inject
    public ImportResource(TransferService transfers) {
        this.transfers = transfers;
    }

    /**
     * Imports a document from {@code GET /exports/space} into {@code spaceKey}, which must hold no data of its
     * own, in one transaction (space admins; audited). 201 with what was stored; 400 a malformed document, an
     * unknown section, a set definition with problems (all listed), a link to something the document lacks;
     * 401; 403; 404; 409 the space has data; 413 over 32 MB.
     */
    @POST
    @Path("/space")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response space(@QueryParam("spaceKey") String spaceKey, InputStream body) {
        TransferService.ImportResult result = transfers.importSpace(spaceKey,
                JsonRequest.parse(body, MAX_SPACE_DOCUMENT_BYTES));
        return Json.status(201, result);
    }
}

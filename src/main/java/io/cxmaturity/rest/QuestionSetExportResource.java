package io.cxmaturity.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.cxmaturity.domain.StoredQuestionSet;
import io.cxmaturity.service.TransferService;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

/**
 * A question-set version as its JSON definition (the format of {@code catalog/question-set.schema.json}),
 * exactly as stored, for {@code POST /question-sets/import} in this or another space or instance. A root
 * resource of its own (not a method of {@link QuestionSetResource}): its longer literal path wins the match.
 */
@Path("/question-sets/{setKey}/export")
public class QuestionSetExportResource {
    private final TransferService transfers;

    @Inject
    public QuestionSetExportResource(TransferService transfers) {
        this.transfers = transfers;
    }

    /** The latest version, or the one with {@code versionId} (space admins). 200 (attachment); 401; 403; 404. */
    @GET
    @LicensedOnly
    public Response export(@PathParam("setKey") String setKey, @QueryParam("spaceKey") String spaceKey,
                           @QueryParam("versionId") String versionId) {
        StoredQuestionSet set = transfers.exportSet(spaceKey, setKey, QueryParams.id(versionId, "versionId"));
        return Response.ok(set.definition(), Json.UTF8_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, Attachments.disposition("cx-" + spaceKey + "-" + set.key()
                        + "-v" + set.version(), "json"))
                .build();
    }
}

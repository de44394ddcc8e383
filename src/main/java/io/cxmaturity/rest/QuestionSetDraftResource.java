package io.cxmaturity.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.cxmaturity.service.QuestionSetAdminService;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.stream.Collectors;

/**
 * The saved drafts of a space's question sets (space admins), new sets not published yet among them: what
 * the admin screen lists as work in progress. Each is read and changed under /question-sets/{key}/draft.
 */
@Path("/question-set-drafts")
@Produces(MediaType.APPLICATION_JSON)
public class QuestionSetDraftResource {
    private final QuestionSetAdminService admin;

    @Inject
    public QuestionSetDraftResource(QuestionSetAdminService admin) {
        this.admin = admin;
    }

    /**
     * {@code [{key, version, title, updatedBy, updatedAt, publishedVersion}]}, by set key; publishedVersion is
     * null for a new set. 200; 401; 403 not a space admin; 404 unknown space.
     */
    @GET
    @LicensedOnly
    public Response list(@QueryParam("spaceKey") String spaceKey) {
        return Json.ok(admin.drafts(spaceKey).stream().map(SetAdminJson::draftSummary).collect(Collectors.toList()));
    }
}

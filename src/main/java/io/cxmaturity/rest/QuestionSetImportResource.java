package io.cxmaturity.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.cxmaturity.domain.StoredQuestionSet;
import io.cxmaturity.service.QuestionSetAdminService;
import io.cxmaturity.service.QuestionSetService;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.InputStream;

/**
 * Imports a question-set definition as a new set of the space, or the next version of the set with its key, by
 * the rules of publishing a draft.
 */
@Path("/question-sets/import")
@Produces(MediaType.APPLICATION_JSON)
public class QuestionSetImportResource {
    private final QuestionSetAdminService admin;
    private final QuestionSetService queries;

    @Inject
    public QuestionSetImportResource(QuestionSetAdminService admin, QuestionSetService queries) {
        this.admin = admin;
        this.queries = queries;
    }

    /**
     * Body: a definition as {@code GET /question-sets/{key}/export} gives it (space admins; audited).
     * {@code acknowledgeComparability=true} confirms a change that breaks comparability with earlier rounds.
     * 201 the stored version; 400 with every problem of the definition ({@code problems}, the first as
     * {@code field}); 401; 403; 404; 409 comparability not acknowledged (with the report), or another version
     * stored at the same moment; 413.
     */
    @POST
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response importSet(@QueryParam("spaceKey") String spaceKey,
                              @QueryParam("acknowledgeComparability") String acknowledge, InputStream body) {
        StoredQuestionSet stored = admin.importVersion(spaceKey,
                JsonRequest.text(body, QuestionSetResource.MAX_DEFINITION_BODY_BYTES), "true".equals(acknowledge));
        QuestionSetService.SetsView view = queries.visible(spaceKey, stored.key(), stored.id());
        return Json.status(201, QuestionSetResource.summary(stored, view.language(), queries.isArchived(spaceKey,
                stored.key())));
    }
}

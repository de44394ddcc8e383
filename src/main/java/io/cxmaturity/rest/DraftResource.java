package io.cxmaturity.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.databind.JsonNode;
import io.cxmaturity.domain.Draft;
import io.cxmaturity.service.AssessmentService;
import io.cxmaturity.service.ServiceException;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

/** The caller's draft in a round: saved as they answer, restored when they come back. */
@Path("/drafts")
@Produces(MediaType.APPLICATION_JSON)
public class DraftResource {
    private final AssessmentService assessments;

    @Inject
    public DraftResource(AssessmentService assessments) {
        this.assessments = assessments;
    }

    /** The caller's draft. 200 with the draft; 204 when there is none; 401; 404 unknown space or round. */
    @GET
    @LicensedOnly
    public Response get(@QueryParam("spaceKey") String spaceKey, @QueryParam("roundId") String roundId) {
        return assessments.draft(spaceKey, QueryParams.requiredId(roundId, "roundId")).map(d -> Json.ok(DraftJson.of(d)))
                .orElseGet(() -> Response.noContent().build());
    }

    /**
     * Saves the caller's unsubmitted answers (they may be partial): body {@code {spaceKey, roundId, answers}}.
     * 200 with the draft; 400; 401; 404; 409 round closed or already submitted; 413.
     */
    @PUT
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(InputStream body) {
        JsonNode json = JsonRequest.parse(body);
        JsonRequest.onlyKnown(json, "", Set.of("spaceKey", "roundId", "answers"));
        String spaceKey = JsonRequest.text(json, "spaceKey", true, 255);
        long roundId = JsonRequest.id(json, "roundId");
        List<io.cxmaturity.domain.Answer> answers = JsonRequest.answers(json, true);
        Draft draft = assessments.saveDraft(spaceKey, roundId, answers);
        return Json.ok(DraftJson.of(draft));
    }

    /** A saved draft. */
    public record DraftJson(long roundId, String savedAt, List<AnswerJson> answers) {
        static DraftJson of(Draft d) {
            return new DraftJson(d.roundId(), d.savedAt().toString(), AnswerJson.of(d.answers()));
        }
    }
}

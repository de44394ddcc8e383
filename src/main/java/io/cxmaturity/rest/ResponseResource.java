package io.cxmaturity.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.databind.JsonNode;
import io.cxmaturity.domain.Answer;
import io.cxmaturity.port.Texts;
import io.cxmaturity.service.AssessmentService;
import io.cxmaturity.service.FormState;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Responses: submit one, change it while the round is open, read your own. */
@Path("/responses")
@Produces(MediaType.APPLICATION_JSON)
public class ResponseResource {
    private final AssessmentService assessments;
    private final Texts texts;

    @Inject
    public ResponseResource(AssessmentService assessments, Texts texts) {
        this.assessments = assessments;
        this.texts = texts;
    }

    private Map<String, Object> own(io.cxmaturity.service.OwnResult own) {
        return ResultJson.own(own, texts.get("cx-maturity.result.you"),
                texts.get("cx-maturity.result.radar", own.set().set().title().in(own.language())));
    }

    /**
     * Submits the caller's answers to an open round: body {@code {spaceKey, roundId, answers}}.
     * 201 with the stored response and the respondent's own result; 400 invalid answers (field named); 401 not logged in; 404 unknown space or
     * round, or a space the caller cannot see; 409 round closed or already submitted; 413 body over 256 KB.
     */
    @POST
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(InputStream body) {
        JsonNode json = JsonRequest.parse(body);
        JsonRequest.onlyKnown(json, "", Set.of("spaceKey", "roundId", "answers"));
        String spaceKey = JsonRequest.text(json, "spaceKey", true, 255);
        long roundId = JsonRequest.id(json, "roundId");
        List<Answer> answers = JsonRequest.answers(json, true);
        return Json.status(201, own(assessments.submit(spaceKey, roundId, answers)));
    }

    /**
     * Changes the caller's response: a new revision is stored and the old one kept. Body {@code {spaceKey,
     * answers}}. 200 with the new revision; 400; 401; 404 not the caller's response (or anonymous); 409 round
     * closed or a newer revision exists.
     */
    @PUT
    @Path("/{id}")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response revise(@PathParam("id") String id, InputStream body) {
        JsonNode json = JsonRequest.parse(body);
        JsonRequest.onlyKnown(json, "", Set.of("spaceKey", "answers"));
        String spaceKey = JsonRequest.text(json, "spaceKey", true, 255);
        List<Answer> answers = JsonRequest.answers(json, true);
        return Json.ok(own(assessments.revise(spaceKey, id, answers)));
    }

    /**
     * The caller's standing in a round: whether and when they submitted and, in a named round, their latest
     * response. 200; 401; 404 unknown space or round.
     */
    @GET
    @Path("/mine")
    @AnonymousSiteAccess
    public Response mine(@QueryParam("spaceKey") String spaceKey, @QueryParam("roundId") String roundIdText) {
        long roundId = QueryParams.requiredId(roundIdText, "roundId");
        FormState form = assessments.mine(spaceKey, roundId);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("roundId", roundId);
        json.put("anonymous", form.round().anonymous());
        json.put("submitted", form.submittedAt() != null);
        json.put("submittedAt", form.submittedAt() == null ? null : form.submittedAt().toString());
        json.put("response", form.current() == null ? null : ResponseJson.of(form.current()));
        json.put("result", form.score() == null ? null
                : ResultJson.respondent(form.set().set(), form.score(), form.language(), texts.get("cx-maturity.result.you"),
                texts.get("cx-maturity.result.radar", form.set().set().title().in(form.language()))));
        return Json.ok(json);
    }
}

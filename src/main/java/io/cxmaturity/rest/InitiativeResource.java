package io.cxmaturity.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.databind.JsonNode;
import io.cxmaturity.service.RoadmapService;
import io.cxmaturity.service.ServiceException;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The initiatives of a space's roadmap. Everyone who can view the space reads them; space admins create,
 * change (carrying the version they read) and delete them, and turn recommendations into drafts.
 */
@Path("/initiatives")
@Produces(MediaType.APPLICATION_JSON)
public class InitiativeResource {
    private final RoadmapService roadmap;

    @Inject
    public InitiativeResource(RoadmapService roadmap) {
        this.roadmap = roadmap;
    }

    /**
     * The space's initiatives, filtered by set, block, horizon (6, 12, 24), status and department (a
     * department's own and the space-wide ones). 200; 400 a filter that cannot match; 401; 404 unknown space.
     */
    @GET
    @AnonymousSiteAccess
    public Response list(@QueryParam("spaceKey") String spaceKey, @QueryParam("setKey") String setKey,
                         @QueryParam("block") String block, @QueryParam("horizon") String horizon,
                         @QueryParam("status") String status, @QueryParam("department") String department) {
        return Json.ok(roadmap.list(spaceKey, filter(setKey, block, horizon, status, department)).stream()
                .map(InitiativeJson::item).collect(Collectors.toList()));
    }

    /** One initiative (to reload it after a 409). 200; 401; 404 unknown space or initiative. */
    @GET
    @Path("/{id: [0-9]{1,10}}")
    @AnonymousSiteAccess
    public Response get(@PathParam("id") long id, @QueryParam("spaceKey") String spaceKey) {
        return Json.ok(InitiativeJson.item(roadmap.get(spaceKey, id)));
    }

    /**
     * Creates an initiative (space admins): body {@code {spaceKey, setKey, blockKey, department, title,
     * description, horizon, owner, status, targetStage, dueOn, progress, link}}. 201; 400 (field named); 401;
     * 403; 404 unknown space, set or department; 409 too-many (500 per space); 413.
     */
    @POST
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(InputStream body) {
        JsonNode json = JsonRequest.parse(body);
        JsonRequest.onlyKnown(json, "", InitiativeJson.FIELDS);
        String spaceKey = JsonRequest.text(json, "spaceKey", true, 255);
        return Json.status(201, InitiativeJson.item(roadmap.create(spaceKey, InitiativeJson.change(json, false))));
    }

    /**
     * Replaces an initiative (space admins): the body of a create with status, progress and the {@code version}
     * it was read at; optional properties left out are cleared. 200; 400; 401; 403; 404; 409
     * initiative-outdated (someone changed it meanwhile: reload); 413.
     */
    @PUT
    @Path("/{id: [0-9]{1,10}}")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") long id, InputStream body) {
        JsonNode json = JsonRequest.parse(body);
        Set<String> known = new HashSet<>(InitiativeJson.FIELDS);
        known.add("version");
        JsonRequest.onlyKnown(json, "", known);
        String spaceKey = JsonRequest.text(json, "spaceKey", true, 255);
        int version = (int) JsonRequest.number(json, "version", 1, Integer.MAX_VALUE);
        return Json.ok(InitiativeJson.item(roadmap.update(spaceKey, id, version, InitiativeJson.change(json, true))));
    }

    /** Deletes an initiative (space admins). 204; 401; 403; 404. */
    @DELETE
    @Path("/{id: [0-9]{1,10}}")
    @LicensedOnly
    public Response delete(@PathParam("id") long id, @QueryParam("spaceKey") String spaceKey) {
        roadmap.delete(spaceKey, id);
        return Response.noContent().build();
    }

    /**
     * Recommendations for the weakest blocks of the department's latest round (space admins), in the caller's
     * language: {@code [{id, source, blockKey, blockName, title, description, horizon, targetStage, fromResults,
     * initiativeId}]}. Without a result that may be shown, for every block from the set's first stage. 200; 400
     * neither set nor department; 401; 403; 404.
     */
    @GET
    @Path("/suggestions")
    @LicensedOnly
    public Response suggestions(@QueryParam("spaceKey") String spaceKey, @QueryParam("setKey") String setKey,
                                @QueryParam("department") String department) {
        return Json.ok(roadmap.suggestions(spaceKey, blankToNull(setKey), blankToNull(department)).stream()
                .map(InitiativeJson::suggestion).collect(Collectors.toList()));
    }

    /**
     * Turns a recommendation into a draft initiative (space admins): body {@code {spaceKey, setKey, department,
     * suggestionId}}. 201 the draft; 400; 401; 403; 404 unknown suggestion; 409 already turned into an
     * initiative, or too many.
     */
    @POST
    @Path("/from-suggestion")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response fromSuggestion(InputStream body) {
        JsonNode json = JsonRequest.parse(body);
        JsonRequest.onlyKnown(json, "", Set.of("spaceKey", "setKey", "department", "suggestionId"));
        String spaceKey = JsonRequest.text(json, "spaceKey", true, 255);
        String setKey = JsonRequest.text(json, "setKey", false, 64);
        String department = JsonRequest.text(json, "department", false, 100);
        String suggestionId = JsonRequest.text(json, "suggestionId", true, 200);
        return Json.status(201, InitiativeJson.item(roadmap.createFromSuggestion(spaceKey, blankToNull(setKey),
                blankToNull(department), suggestionId)));
    }

    static RoadmapService.Filter filter(String setKey, String block, String horizon, String status, String department) {
        Long horizonMonths = QueryParams.number(horizon, "horizon", 0, 1000);
        Integer months = horizonMonths == null ? null : horizonMonths.intValue();
        return new RoadmapService.Filter(blankToNull(setKey), blankToNull(block), months,
                status == null || status.isBlank() ? null : InitiativeJson.status(status, "status"),
                blankToNull(department));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}

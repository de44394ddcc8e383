package io.cxmaturity.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.databind.JsonNode;
import io.cxmaturity.domain.Department;
import io.cxmaturity.domain.Round;
import io.cxmaturity.service.RoundService;

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
import java.util.stream.Collectors;

/** Departments of a space and their rounds. Everyone who sees the space may list them; admins change them. */
@Path("/departments")
@Produces(MediaType.APPLICATION_JSON)
public class DepartmentResource {
    private final RoundService rounds;

    @Inject
    public DepartmentResource(RoundService rounds) {
        this.rounds = rounds;
    }

    /** The space's departments. 200; 401; 404 unknown space. */
    @GET
    @AnonymousSiteAccess
    public Response list(@QueryParam("spaceKey") String spaceKey) {
        return Json.ok(rounds.departments(spaceKey).stream().map(DepartmentResource::json).collect(Collectors.toList()));
    }

    /**
     * Creates a department (space admins): body {@code {spaceKey, name, setKey, headcount}}. 201; 400; 401;
     * 403; 404 unknown space or set; 413.
     */
    @POST
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(InputStream body) {
        JsonNode json = JsonRequest.parse(body);
        JsonRequest.onlyKnown(json, "", Set.of("spaceKey", "name", "setKey", "headcount"));
        String spaceKey = JsonRequest.text(json, "spaceKey", true, 255);
        String name = JsonRequest.text(json, "name", true, RoundService.MAX_NAME);
        String setKey = JsonRequest.text(json, "setKey", true, 40);
        int headcount = json.hasNonNull("headcount")
                ? (int) JsonRequest.number(json, "headcount", 0, RoundService.MAX_HEADCOUNT) : 0;
        return Json.status(201, json(rounds.createDepartment(spaceKey, name, setKey, headcount)));
    }

    /**
     * Changes a department (space admins): body {@code {spaceKey, name, setKey, headcount, cadenceMonths,
     * respondentGroup, archived}}; a property left out keeps its value, an empty respondentGroup clears it.
     * 200; 400; 401; 403; 404; 413.
     */
    @PUT
    @Path("/{key}")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("key") String key, InputStream body) {
        JsonNode json = JsonRequest.parse(body);
        JsonRequest.onlyKnown(json, "", Set.of("spaceKey", "name", "setKey", "headcount", "cadenceMonths",
                "respondentGroup", "archived"));
        String spaceKey = JsonRequest.text(json, "spaceKey", true, 255);
        RoundService.DepartmentChange change = new RoundService.DepartmentChange(
                JsonRequest.text(json, "name", false, RoundService.MAX_NAME),
                JsonRequest.text(json, "setKey", false, 40),
                json.hasNonNull("headcount") ? (int) JsonRequest.number(json, "headcount", 0, RoundService.MAX_HEADCOUNT) : null,
                json.hasNonNull("cadenceMonths") ? (int) JsonRequest.number(json, "cadenceMonths", 0, 12) : null,
                JsonRequest.text(json, "respondentGroup", false, 255),
                json.hasNonNull("archived") ? JsonRequest.bool(json, "archived", false) : null);
        return Json.ok(json(rounds.updateDepartment(spaceKey, key, change)));
    }

    /** The department's rounds, newest first. 200; 401; 404. */
    @GET
    @Path("/{key}/rounds")
    @AnonymousSiteAccess
    public Response rounds(@PathParam("key") String key, @QueryParam("spaceKey") String spaceKey) {
        List<Round> list = rounds.rounds(spaceKey, key);
        return Json.ok(list.stream().map(ResultJson::round).collect(Collectors.toList()));
    }

    /**
     * Opens a round (space admins): body {@code {spaceKey, name, anonymous, minGroupSize, opensOn, closesOn}};
     * the minimum group size defaults to the space's. 201; 400; 401; 403; 404; 409 a round is already open.
     */
    @POST
    @Path("/{key}/rounds")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(@PathParam("key") String key, InputStream body) {
        JsonNode json = JsonRequest.parse(body);
        JsonRequest.onlyKnown(json, "", Set.of("spaceKey", "name", "anonymous", "minGroupSize", "opensOn", "closesOn"));
        String spaceKey = JsonRequest.text(json, "spaceKey", true, 255);
        String name = JsonRequest.text(json, "name", true, RoundService.MAX_NAME);
        boolean anonymous = JsonRequest.bool(json, "anonymous", false);
        Integer minGroupSize = json.hasNonNull("minGroupSize")
                ? (int) JsonRequest.number(json, "minGroupSize", 1, RoundService.MAX_MIN_GROUP_SIZE) : null;
        Round round = rounds.openRound(spaceKey, key, name, anonymous, minGroupSize, JsonRequest.date(json, "opensOn"),
                JsonRequest.date(json, "closesOn"));
        return Json.status(201, ResultJson.round(round));
    }

    private static Map<String, Object> json(Department d) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", d.id());
        json.put("key", d.key());
        json.put("name", d.name());
        json.put("setKey", d.setKey());
        json.put("headcount", d.headcount() > 0 ? d.headcount() : null);
        json.put("archived", d.archived());
        json.put("cadenceMonths", d.cadenceMonths());
        json.put("respondentGroup", d.respondentGroup());
        return json;
    }
}

package io.cxmaturity.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.databind.JsonNode;
import io.cxmaturity.service.RoundService;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Set;

/** Actions on a round (space admins). */
@Path("/rounds")
@Produces(MediaType.APPLICATION_JSON)
public class RoundResource {
    private final RoundService rounds;

    @Inject
    public RoundResource(RoundService rounds) {
        this.rounds = rounds;
    }

    /** Closes a round: no more answers or changes. Body {@code {spaceKey}}. 200; 400; 401; 403; 404. */
    @POST
    @Path("/{id}/close")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response close(@PathParam("id") long id, InputStream body) {
        JsonNode json = JsonRequest.parse(body);
        JsonRequest.onlyKnown(json, "", Set.of("spaceKey"));
        return Json.ok(ResultJson.round(rounds.closeRound(JsonRequest.text(json, "spaceKey", true, 255), id)));
    }
}

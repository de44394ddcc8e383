package io.cxmaturity.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import io.cxmaturity.service.RoadmapService;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** The roadmap as a whole: the board of a set, and what it achieved between two rounds of a department. */
@Path("/roadmap")
@Produces(MediaType.APPLICATION_JSON)
public class RoadmapResource {
    private final RoadmapService roadmap;

    @Inject
    public RoadmapResource(RoadmapService roadmap) {
        this.roadmap = roadmap;
    }

    /**
     * The board of a set (without one: the department's set, else the flagship): a row per building block with
     * its owners and a cell per horizon, filtered like the list of initiatives. 200; 400; 401; 404.
     */
    @GET
    @Path("/board")
    @AnonymousSiteAccess
    public Response board(@QueryParam("spaceKey") String spaceKey, @QueryParam("setKey") String setKey,
                          @QueryParam("block") String block, @QueryParam("horizon") String horizon,
                          @QueryParam("status") String status, @QueryParam("department") String department) {
        return Json.ok(InitiativeJson.board(roadmap.board(spaceKey,
                InitiativeResource.filter(setKey, block, horizon, status, department))));
    }

    /**
     * Per block of the department's set: the initiatives done (with when) and the block's median in the
     * previous and the latest round with the change, or {@code comparable: false} and the reason (results
     * hidden from the caller, no rounds, no previous round, too few respondents in either, no data). 200; 400
     * department missing; 401; 404.
     */
    @GET
    @Path("/progress")
    @AnonymousSiteAccess
    public Response progress(@QueryParam("spaceKey") String spaceKey, @QueryParam("setKey") String setKey,
                             @QueryParam("department") String department) {
        return Json.ok(InitiativeJson.progress(roadmap.progress(spaceKey, InitiativeResource.blankToNull(setKey),
                department)));
    }
}

package io.cxmaturity.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import io.cxmaturity.service.ResultsService;
import io.cxmaturity.service.ServiceException;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.List;

/**
 * Results for leadership. Who may read them follows the space's results setting; cuts with fewer respondents
 * than the minimum group size come back suppressed (the count and nothing else).
 */
@Path("/results")
@Produces(MediaType.APPLICATION_JSON)
public class ResultResource {
    private final ResultsService results;

    @Inject
    public ResultResource(ResultsService results) {
        this.results = results;
    }

    /**
     * A round's result: by {@code roundId}, or the newest round of {@code department}. {@code target} adds the
     * gap to that stage. 200; 400 neither given or an unknown stage; 401; 403 results not visible to the caller;
     * 404 unknown space, round or department.
     */
    @GET
    @AnonymousSiteAccess
    public Response round(@QueryParam("spaceKey") String spaceKey, @QueryParam("roundId") String roundIdText,
                          @QueryParam("department") String department, @QueryParam("target") String targetText) {
        Long roundId = QueryParams.id(roundIdText, "roundId");
        Long targetNumber = QueryParams.number(targetText, "target", 1, 100);
        Integer target = targetNumber == null ? null : targetNumber.intValue();
        if (roundId != null) {
            return Json.ok(ResultJson.round(results.round(spaceKey, roundId, target)));
        }
        if (department == null || department.isBlank()) {
            throw ServiceException.invalid("round-or-department", "roundId");
        }
        return Json.ok(ResultJson.round(results.latest(spaceKey, department, target)));
    }

    /**
     * Departments side by side on a set: every department on it, or those named by repeated {@code department}
     * parameters; each department's newest round, or the round called {@code round}. 200; 400; 401; 403; 404.
     */
    @GET
    @Path("/departments")
    @AnonymousSiteAccess
    public Response departments(@QueryParam("spaceKey") String spaceKey, @QueryParam("setKey") String setKey,
                                @QueryParam("department") List<String> departments,
                                @QueryParam("round") String round) {
        if (setKey == null || setKey.isBlank()) {
            throw ServiceException.invalid("required", "setKey");
        }
        return Json.ok(ResultJson.departments(results.departments(spaceKey, setKey, departments, round)));
    }

    /** A department's rounds from the baseline to now, and the change. 200; 400; 401; 403; 404. */
    @GET
    @Path("/trend")
    @AnonymousSiteAccess
    public Response trend(@QueryParam("spaceKey") String spaceKey, @QueryParam("department") String department) {
        return Json.ok(ResultJson.trend(results.trend(spaceKey, department)));
    }
}

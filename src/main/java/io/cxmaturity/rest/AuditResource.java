package io.cxmaturity.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.cxmaturity.service.AuditService;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The audit trail of a space's admin changes (space admins only), newest first. */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    private final AuditService audit;

    @Inject
    public AuditResource(AuditService audit) {
        this.audit = audit;
    }

    /** Entries; {@code before} (an entry id) pages back. 200; 400; 401; 403; 404 unknown space. */
    @GET
    @LicensedOnly
    public Response list(@QueryParam("spaceKey") String spaceKey, @QueryParam("limit") String limit,
                         @QueryParam("before") String before) {
        Long size = QueryParams.number(limit, "limit", 1, AuditService.MAX_PAGE);
        Long beforeId = QueryParams.number(before, "before", 1, Integer.MAX_VALUE);
        return Json.ok(audit.recent(spaceKey, size == null ? 50 : size.intValue(), beforeId == null ? 0 : beforeId).stream().map(line -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", line.entry().id());
            json.put("at", line.entry().at().toString());
            json.put("actorKey", line.entry().actorKey());
            json.put("actorName", line.actorName());
            json.put("action", line.entry().action());
            json.put("subject", line.entry().subject());
            json.put("detail", line.entry().detail());
            return json;
        }).collect(Collectors.toList()));
    }
}

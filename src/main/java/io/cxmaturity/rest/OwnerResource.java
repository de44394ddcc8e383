package io.cxmaturity.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.databind.JsonNode;
import io.cxmaturity.domain.UserRef;
import io.cxmaturity.service.OwnerService;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Owners of building blocks: everyone who sees the space reads them, space admins assign them. */
@Path("/owners")
@Produces(MediaType.APPLICATION_JSON)
public class OwnerResource {
    private final OwnerService owners;

    @Inject
    public OwnerResource(OwnerService owners) {
        this.owners = owners;
    }

    /** The owners, of one set when {@code setKey} is given. 200; 401; 404. */
    @GET
    @AnonymousSiteAccess
    public Response list(@QueryParam("spaceKey") String spaceKey, @QueryParam("setKey") String setKey) {
        return Json.ok(owners.list(spaceKey, setKey).stream().map(OwnerResource::json).collect(Collectors.toList()));
    }

    /** Assigns an owner: body {@code {spaceKey, setKey, blockKey, user}} (a login name). 201; 400; 401; 403; 404; 409. */
    @POST
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(InputStream body) {
        JsonNode json = JsonRequest.parse(body);
        JsonRequest.onlyKnown(json, "", Set.of("spaceKey", "setKey", "blockKey", "user"));
        return Json.status(201, json(owners.add(JsonRequest.text(json, "spaceKey", true, 255),
                JsonRequest.text(json, "setKey", true, 40), JsonRequest.text(json, "blockKey", true, 40),
                JsonRequest.text(json, "user", true, 255))));
    }

    /** Removes an owner. 204; 401; 403; 404. */
    @DELETE
    @Path("/{id}")
    @LicensedOnly
    public Response remove(@PathParam("id") long id, @QueryParam("spaceKey") String spaceKey) {
        owners.remove(spaceKey, id);
        return Response.noContent().build();
    }

    private static Map<String, Object> json(OwnerService.Owner o) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", o.owner().id());
        json.put("setKey", o.owner().setKey());
        json.put("blockKey", o.owner().blockKey());
        json.put("userKey", o.owner().userKey());
        json.put("username", o.user().map(u -> u.name()).orElse(null));
        json.put("fullName", o.user().map(UserRef::displayName).orElse(null));
        return json;
    }
}

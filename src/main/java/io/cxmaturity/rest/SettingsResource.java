package io.cxmaturity.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.databind.JsonNode;
import io.cxmaturity.domain.ResultsVisibility;
import io.cxmaturity.domain.SpaceSettings;
import io.cxmaturity.service.ServiceException;
import io.cxmaturity.service.SettingsService;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A space's settings (space admins only): who may read results, minimum group size, default language. */
@Path("/settings")
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {
    private final SettingsService settings;

    @Inject
    public SettingsResource(SettingsService settings) {
        this.settings = settings;
    }

    /** The settings. 200; 401; 403 not a space admin; 404 unknown space. */
    @GET
    @LicensedOnly
    public Response get(@QueryParam("spaceKey") String spaceKey) {
        return Json.ok(json(settings.get(spaceKey)));
    }

    /**
     * Replaces the settings: body {@code {spaceKey, visibility, groups, minGroupSize, defaultLanguage}}.
     * 200; 400 invalid (field named); 401; 403; 404; 413.
     */
    @PUT
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(InputStream body) {
        JsonNode json = JsonRequest.parse(body);
        JsonRequest.onlyKnown(json, "", Set.of("spaceKey", "visibility", "groups", "minGroupSize", "defaultLanguage"));
        String spaceKey = JsonRequest.text(json, "spaceKey", true, 255);
        String visibility = JsonRequest.text(json, "visibility", true, 40);
        ResultsVisibility parsed;
        try {
            parsed = ResultsVisibility.valueOf(visibility);
        } catch (IllegalArgumentException e) {
            throw ServiceException.invalid("not-one-of", "visibility", "ALL_VIEWERS, ADMINS_AND_OWNERS, GROUPS");
        }
        List<String> groups = new ArrayList<>();
        JsonNode list = json.get("groups");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                throw ServiceException.invalid("not-array", "groups");
            }
            for (JsonNode g : list) {
                if (!g.isTextual()) {
                    throw ServiceException.invalid("not-text", "groups");
                }
                groups.add(g.asText());
            }
        }
        int minGroupSize = (int) JsonRequest.number(json, "minGroupSize", 1, 100);
        String language = JsonRequest.text(json, "defaultLanguage", true, 5);
        return Json.ok(json(settings.update(spaceKey, parsed, groups, minGroupSize, language)));
    }

    private static Map<String, Object> json(SpaceSettings s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("spaceKey", s.spaceKey());
        json.put("visibility", s.visibility().name());
        json.put("groups", s.groups());
        json.put("minGroupSize", s.minGroupSize());
        json.put("defaultLanguage", s.defaultLanguage().code());
        return json;
    }
}

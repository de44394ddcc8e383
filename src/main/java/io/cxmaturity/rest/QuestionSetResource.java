package io.cxmaturity.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxmaturity.domain.Language;
import io.cxmaturity.domain.StoredQuestionSet;
import io.cxmaturity.service.QuestionSetService;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The question sets a space can use (read only here; space admins edit them in the admin screen). */
@Path("/question-sets")
@Produces(MediaType.APPLICATION_JSON)
public class QuestionSetResource {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final QuestionSetService queries;

    @Inject
    public QuestionSetResource(QuestionSetService queries) {
        this.queries = queries;
    }

    /** The latest version of every set of the space. 200; 401 anonymous on a private space; 404 unknown space. */
    @GET
    @AnonymousSiteAccess
    public Response list(@QueryParam("spaceKey") String spaceKey) {
        QuestionSetService.SetsView sets = queries.visible(spaceKey);
        List<Map<String, Object>> json = sets.sets().stream().map(s -> summary(s, sets.language()))
                .collect(Collectors.toList());
        return Json.ok(json);
    }

    /**
     * One set: the latest version, or the version with {@code versionId}, with its whole definition.
     * 200; 401; 404 unknown space, set or version.
     */
    @GET
    @Path("/{setKey}")
    @AnonymousSiteAccess
    public Response get(@PathParam("setKey") String setKey, @QueryParam("spaceKey") String spaceKey,
                        @QueryParam("versionId") Long versionId) {
        QuestionSetService.SetsView sets = queries.visible(spaceKey, setKey, versionId);
        StoredQuestionSet set = sets.sets().get(0);
        Map<String, Object> json = summary(set, sets.language());
        try {
            json.put("definition", MAPPER.readTree(set.definition()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored definition is not JSON", e);
        }
        return Json.ok(json);
    }

    private static Map<String, Object> summary(StoredQuestionSet s, Language language) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", s.key());
        json.put("version", s.version());
        json.put("versionId", s.id());
        json.put("title", s.set().title().in(language));
        json.put("blocks", s.set().blocks().size());
        json.put("questions", s.set().questions().size());
        json.put("stages", s.set().stages().size());
        json.put("publishedAt", s.publishedAt().toString());
        return json;
    }
}

package io.cxmaturity.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxmaturity.domain.Language;
import io.cxmaturity.domain.StoredQuestionSet;
import io.cxmaturity.port.Texts;
import io.cxmaturity.service.QuestionSetAdminService;
import io.cxmaturity.service.QuestionSetService;
import io.cxmaturity.service.ServiceException;

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

/**
 * The question sets of a space: everyone who sees the space reads them; space admins edit a draft, validate
 * and preview it, publish it as the next version, start new sets, compare versions, archive and restore.
 */
@Path("/question-sets")
@Produces(MediaType.APPLICATION_JSON)
public class QuestionSetResource {
    /** Largest body that carries a definition: the definition's own limit and room for the rest. */
    static final int MAX_DEFINITION_BODY_BYTES = QuestionSetAdminService.MAX_DEFINITION_BYTES + 16 * 1024;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final QuestionSetService queries;
    private final QuestionSetAdminService admin;
    private final Texts texts;

    @Inject
    public QuestionSetResource(QuestionSetService queries, QuestionSetAdminService admin, Texts texts) {
        this.queries = queries;
        this.admin = admin;
        this.texts = texts;
    }

    /**
     * The latest version of every set of the space; archived sets only with {@code archived=true}. 200; 401
     * anonymous on a private space; 404 unknown space.
     */
    @GET
    @AnonymousSiteAccess
    public Response list(@QueryParam("spaceKey") String spaceKey, @QueryParam("archived") boolean includeArchived) {
        QuestionSetService.SetsView sets = queries.visible(spaceKey, includeArchived);
        List<Map<String, Object>> json = sets.sets().stream().map(s -> summary(s, sets.language(), sets.isArchived(s)))
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
                        @QueryParam("versionId") String versionId) {
        QuestionSetService.SetsView sets = queries.visible(spaceKey, setKey, QueryParams.id(versionId, "versionId"));
        StoredQuestionSet set = sets.sets().get(0);
        return Json.ok(withDefinition(set, sets.language(), sets.isArchived(set)));
    }

    // ---- administration (space admins) ----

    /**
     * Starts a new set as a draft, copied from a built-in model or from a version of another set of the space:
     * body {@code {spaceKey, key, from: {setKey, versionId?}}}. It becomes version 1 when published.
     * 201 with the draft; 400 bad key; 401; 403; 404 unknown source (or another space's version); 409 key taken.
     */
    @POST
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(InputStream body) {
        JsonNode json = JsonRequest.parse(body);
        JsonRequest.onlyKnown(json, "", Set.of("spaceKey", "key", "from"));
        String spaceKey = JsonRequest.text(json, "spaceKey", true, 255);
        String key = JsonRequest.text(json, "key", true, 100);
        JsonNode from = json.get("from");
        if (from == null || from.isNull()) {
            throw ServiceException.invalid("required", "from");
        }
        if (!from.isObject()) {
            throw ServiceException.invalid("not-object", "from");
        }
        JsonRequest.onlyKnown(from, "from", Set.of("setKey", "versionId"));
        JsonNode fromSet = from.get("setKey");
        if (fromSet == null || fromSet.isNull() || fromSet.isTextual() && fromSet.asText().isBlank()) {
            throw ServiceException.invalid("required", "from.setKey");
        }
        if (!fromSet.isTextual()) {
            throw ServiceException.invalid("not-text", "from.setKey");
        }
        if (fromSet.asText().length() > 100) {
            throw ServiceException.invalid("too-long", "from.setKey", 100);
        }
        Long versionId = null;
        if (from.hasNonNull("versionId")) {
            JsonNode id = from.get("versionId");
            if (!id.isIntegralNumber() || !id.canConvertToLong() || id.asLong() <= 0) {
                throw ServiceException.invalid("not-id", "from.versionId");
            }
            versionId = id.asLong();
        }
        return Json.status(201, SetAdminJson.draft(admin.create(spaceKey, key, fromSet.asText(), versionId), texts));
    }

    /**
     * The set's draft: {@code {key, definition, version, saved, updatedBy, updatedAt, publishedVersion,
     * publishedVersionId, problems}}. Until an admin saves one, the draft is the latest version as the next
     * version, with {@code version} 0 (or the count a published or discarded draft left) and {@code saved}
     * false: reading never stores anything. 200; 401; 403; 404 unknown set.
     */
    @GET
    @Path("/{setKey}/draft")
    @LicensedOnly
    public Response draft(@PathParam("setKey") String setKey, @QueryParam("spaceKey") String spaceKey) {
        return Json.ok(SetAdminJson.draft(admin.draft(spaceKey, setKey), texts));
    }

    /**
     * Saves the draft, even when it breaks rules (the problems come back with it): body {@code {spaceKey,
     * definition, version}}, {@code version} being the draft's version the editor started from. 200 with the
     * draft; 400; 401; 403; 404; 409 {@code set-draft-outdated} someone saved or published since; 413 over 512 KB.
     */
    @PUT
    @Path("/{setKey}/draft")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response saveDraft(@PathParam("setKey") String setKey, InputStream body) {
        JsonNode json = JsonRequest.parse(body, MAX_DEFINITION_BODY_BYTES);
        JsonRequest.onlyKnown(json, "", Set.of("spaceKey", "definition", "version"));
        String spaceKey = JsonRequest.text(json, "spaceKey", true, 255);
        String definition = SetAdminJson.definition(json, "definition", true);
        int version = (int) JsonRequest.number(json, "version", 0, Integer.MAX_VALUE);
        return Json.ok(SetAdminJson.draft(admin.save(spaceKey, setKey, definition, version), texts));
    }

    /**
     * Throws the saved draft away: body {@code {spaceKey, version}}. 204; 401; 403; 404 no saved draft; 409
     * someone saved since.
     */
    @POST
    @Path("/{setKey}/draft/discard")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response discardDraft(@PathParam("setKey") String setKey, InputStream body) {
        JsonNode json = JsonRequest.parse(body);
        JsonRequest.onlyKnown(json, "", Set.of("spaceKey", "version"));
        String spaceKey = JsonRequest.text(json, "spaceKey", true, 255);
        int version = (int) JsonRequest.number(json, "version", 0, Integer.MAX_VALUE);
        admin.discard(spaceKey, setKey, version);
        return Response.noContent().build();
    }

    /**
     * Checks a definition as publishing would, and tells what it keeps comparable with the latest version:
     * body {@code {spaceKey, definition?}} (the saved draft when left out). 200 {@code {valid, problems,
     * comparability}}; 400; 401; 403; 404; 413.
     */
    @POST
    @Path("/{setKey}/draft/validate")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response validate(@PathParam("setKey") String setKey, InputStream body) {
        JsonNode json = JsonRequest.parse(body, MAX_DEFINITION_BODY_BYTES);
        JsonRequest.onlyKnown(json, "", Set.of("spaceKey", "definition"));
        String spaceKey = JsonRequest.text(json, "spaceKey", true, 255);
        String definition = SetAdminJson.definition(json, "definition", false);
        return Json.ok(SetAdminJson.validation(admin.validate(spaceKey, setKey, definition), texts));
    }

    /**
     * The form a respondent would see: body {@code {spaceKey, definition?, language?}} (the saved draft when
     * the definition is left out; the caller's language by default). 200 {@code {template, data}}: the data of
     * the form template the cx-assessment macro renders, for an open round without answers. 400 with every
     * problem when the definition breaks rules; 401; 403; 404; 413.
     */
    @POST
    @Path("/{setKey}/draft/preview")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response preview(@PathParam("setKey") String setKey, InputStream body) {
        JsonNode json = JsonRequest.parse(body, MAX_DEFINITION_BODY_BYTES);
        JsonRequest.onlyKnown(json, "", Set.of("spaceKey", "definition", "language"));
        String spaceKey = JsonRequest.text(json, "spaceKey", true, 255);
        String definition = SetAdminJson.definition(json, "definition", false);
        String language = JsonRequest.text(json, "language", false, 5);
        if (language != null && !Language.isSupported(language)) {
            throw ServiceException.invalid("unknown-language", "language", language);
        }
        return Json.ok(SetAdminJson.preview(admin.preview(spaceKey, setKey, definition,
                language == null ? null : Language.fromCode(language)), texts));
    }

    /**
     * Publishes the saved draft as the set's next version: body {@code {spaceKey, version,
     * acknowledgeComparability}}. 201 with the new version and what it keeps comparable; 400
     * {@code invalid-definition} with every problem; 401; 403; 404 no saved draft; 409 {@code set-draft-outdated},
     * or {@code comparability-not-acknowledged} with the report when it breaks comparability and the request
     * did not acknowledge it.
     */
    @POST
    @Path("/{setKey}/publish")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response publish(@PathParam("setKey") String setKey, InputStream body) {
        JsonNode json = JsonRequest.parse(body);
        JsonRequest.onlyKnown(json, "", Set.of("spaceKey", "version", "acknowledgeComparability"));
        String spaceKey = JsonRequest.text(json, "spaceKey", true, 255);
        int version = (int) JsonRequest.number(json, "version", 0, Integer.MAX_VALUE);
        boolean acknowledge = JsonRequest.bool(json, "acknowledgeComparability", false);
        QuestionSetAdminService.Published published = admin.publish(spaceKey, setKey, version, acknowledge);
        Map<String, Object> result = withDefinition(published.version(), published.language(),
                queries.isArchived(spaceKey, setKey));
        result.put("comparability", published.comparability().map(SetAdminJson::comparability).orElse(null));
        return Json.status(201, result);
    }

    /**
     * What version {@code to} of the set keeps comparable with version {@code from} (version IDs). 200; 400;
     * 401; 403; 404 a version that is not the set's in this space.
     */
    @GET
    @Path("/{setKey}/comparability")
    @LicensedOnly
    public Response comparability(@PathParam("setKey") String setKey, @QueryParam("spaceKey") String spaceKey,
                                  @QueryParam("from") String from, @QueryParam("to") String to) {
        return Json.ok(SetAdminJson.comparability(admin.compare(spaceKey, setKey, QueryParams.requiredId(from, "from"),
                QueryParams.requiredId(to, "to"))));
    }

    /**
     * Archives the set: body {@code {spaceKey}}. It is no longer offered for new departments and rounds; its
     * versions and rounds stay readable. 200 with the set; 401; 403; 404; 409 {@code set-in-use} naming the
     * departments (not archived) that answer it.
     */
    @POST
    @Path("/{setKey}/archive")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response archive(@PathParam("setKey") String setKey, InputStream body) {
        QuestionSetService.SetsView archived = admin.archive(spaceKeyOnly(body), setKey);
        StoredQuestionSet set = archived.sets().get(0);
        return Json.ok(summary(set, archived.language(), archived.isArchived(set)));
    }

    /** Offers an archived set again: body {@code {spaceKey}}. 200 with the set; 401; 403; 404. */
    @POST
    @Path("/{setKey}/restore")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response restore(@PathParam("setKey") String setKey, InputStream body) {
        QuestionSetService.SetsView restored = admin.restore(spaceKeyOnly(body), setKey);
        StoredQuestionSet set = restored.sets().get(0);
        return Json.ok(summary(set, restored.language(), restored.isArchived(set)));
    }

    private static String spaceKeyOnly(InputStream body) {
        JsonNode json = JsonRequest.parse(body);
        JsonRequest.onlyKnown(json, "", Set.of("spaceKey"));
        return JsonRequest.text(json, "spaceKey", true, 255);
    }

    private static Map<String, Object> withDefinition(StoredQuestionSet set, Language language, boolean archived) {
        Map<String, Object> json = summary(set, language, archived);
        try {
            json.put("definition", MAPPER.readTree(set.definition()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored definition is not JSON", e);
        }
        return json;
    }

    static Map<String, Object> summary(StoredQuestionSet s, Language language, boolean archived) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", s.key());
        json.put("version", s.version());
        json.put("versionId", s.id());
        json.put("title", s.set().title().in(language));
        json.put("blocks", s.set().blocks().size());
        json.put("questions", s.set().questions().size());
        json.put("stages", s.set().stages().size());
        json.put("publishedAt", s.publishedAt().toString());
        json.put("archived", archived);
        return json;
    }
}

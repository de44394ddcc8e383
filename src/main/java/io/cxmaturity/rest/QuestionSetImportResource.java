package io.cxmaturity.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.cxmaturity.catalog.QuestionSetReader;
import io.cxmaturity.domain.StoredQuestionSet;
import io.cxmaturity.service.TransferService;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** Imports a question-set definition as a new set of the space, or the next version of the set with its key. */
@Path("/question-sets/import")
@Produces(MediaType.APPLICATION_JSON)
public class QuestionSetImportResource {
    /** The reader's own limit in characters, in bytes of UTF-8 with room for Cyrillic. */
    static final int MAX_DEFINITION_BYTES = 2 * QuestionSetReader.MAX_DEFINITION_CHARS;

    private final TransferService transfers;
    private final io.cxmaturity.service.QuestionSetService sets;

    @Inject
    public QuestionSetImportResource(TransferService transfers, io.cxmaturity.service.QuestionSetService sets) {
        this.transfers = transfers;
        this.sets = sets;
    }

    /**
     * Body: a definition as {@code GET /question-sets/{key}/export} gives it (space admins; audited). 201 the
     * stored version; 400 with every problem of the definition ({@code problems}, each with its JSON path; the
     * first is {@code field}); 401; 403; 404; 409 another version was stored at the same moment; 413.
     */
    @POST
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response importSet(@QueryParam("spaceKey") String spaceKey, InputStream body) {
        StoredQuestionSet stored = transfers.importSet(spaceKey, JsonRequest.text(body, MAX_DEFINITION_BYTES));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", stored.key());
        json.put("version", stored.version());
        json.put("versionId", stored.id());
        json.put("title", stored.set().title().in(io.cxmaturity.domain.Language.EN));
        json.put("blocks", stored.set().blocks().size());
        json.put("questions", stored.set().questions().size());
        json.put("stages", stored.set().stages().size());
        json.put("publishedAt", stored.publishedAt().toString());
        json.put("archived", sets.isArchived(spaceKey, stored.key()));
        return Json.status(201, json);
    }
}

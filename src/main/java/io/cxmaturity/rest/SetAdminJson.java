package io.cxmaturity.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxmaturity.catalog.DefinitionProblem;
import io.cxmaturity.domain.scoring.Comparability;
import io.cxmaturity.port.Texts;
import io.cxmaturity.service.FormState;
import io.cxmaturity.service.QuestionSetAdminService;
import io.cxmaturity.service.ServiceException;
import io.cxmaturity.view.FormView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The JSON of question-set administration: drafts, definition problems, comparability reports, previews. */
final class SetAdminJson {
    /** The template the form preview is data for: the same one the cx-assessment macro renders. */
    static final String FORM_TEMPLATE = "CxMaturity.Templates.Assessment.form";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SetAdminJson() {
    }

    /** The definition in a request body: a JSON object, kept as text. */
    static String definition(JsonNode body, String field, boolean required) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw ServiceException.invalid("required", field);
            }
            return null;
        }
        if (!value.isObject()) {
            throw ServiceException.invalid("not-object", field);
        }
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a parsed definition", e);
        }
    }

    /** Stored definition text as JSON (a draft holds a JSON object; anything else is shown as text). */
    static Object tree(String definition) {
        try {
            return MAPPER.readTree(definition);
        } catch (JsonProcessingException e) {
            return definition;
        }
    }

    static Map<String, Object> draft(QuestionSetAdminService.DraftView d, Texts texts) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", d.setKey());
        json.put("definition", tree(d.definition()));
        json.put("version", d.revision());
        json.put("saved", d.saved());
        json.put("updatedBy", d.updatedBy());
        json.put("updatedAt", d.updatedAt() == null ? null : d.updatedAt().toString());
        json.put("publishedVersion", d.published() == null ? null : d.published().version());
        json.put("publishedVersionId", d.published() == null ? null : d.published().id());
        json.put("problems", problems(d.problems(), texts));
        return json;
    }

    static Map<String, Object> draftSummary(QuestionSetAdminService.DraftSummary d) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", d.setKey());
        json.put("version", d.revision());
        json.put("title", d.title());
        json.put("updatedBy", d.updatedBy());
        json.put("updatedAt", d.updatedAt().toString());
        json.put("publishedVersion", d.published() == null ? null : d.published().version());
        return json;
    }

    /** Each problem as {@code {field, error, message}}, the message in the caller's language. */
    static List<Map<String, Object>> problems(List<DefinitionProblem> problems, Texts texts) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (DefinitionProblem p : problems) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("field", p.path());
            json.put("error", p.code());
            String key = "cx-maturity.definition." + p.code();
            String message = texts.get(key, p.arguments().toArray());
            json.put("message", message == null || message.equals(key) ? p.reason() : message);
            list.add(json);
        }
        return list;
    }

    static Map<String, Object> validation(QuestionSetAdminService.Validation v, Texts texts) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("valid", v.valid());
        json.put("problems", problems(v.problems(), texts));
        json.put("comparability", v.comparability().map(SetAdminJson::comparability).orElse(null));
        return json;
    }

    /** What a version keeps comparable with an earlier one: per question, per block and in its stage bands. */
    static Map<String, Object> comparability(Comparability c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("fromVersion", c.fromVersion());
        json.put("toVersion", c.toVersion());
        json.put("breaksComparability", c.breaksComparability());
        json.put("comparable", c.comparable());
        json.put("notComparable", c.notComparable());
        List<Map<String, Object>> questions = new ArrayList<>();
        for (Comparability.QuestionChange q : c.questions()) {
            Map<String, Object> question = new LinkedHashMap<>();
            question.put("key", q.key());
            question.put("status", q.status().name().toLowerCase(Locale.ROOT));
            question.put("comparable", q.comparable());
            question.put("fromBlock", q.fromBlock());
            question.put("toBlock", q.toBlock());
            question.put("fromWeight", q.fromBlock() == null ? null : q.fromWeight());
            question.put("toWeight", q.toBlock() == null ? null : q.toWeight());
            question.put("reworded", q.reworded());
            questions.add(question);
        }
        json.put("questions", questions);
        List<Map<String, Object>> blocks = new ArrayList<>();
        for (Comparability.BlockChange b : c.blocks()) {
            Map<String, Object> block = new LinkedHashMap<>();
            block.put("key", b.key());
            block.put("status", b.added() ? "added" : b.removed() ? "removed" : "kept");
            block.put("comparable", b.comparable());
            block.put("notComparable", b.notComparable());
            block.put("inTrend", b.inTrend());
            blocks.add(block);
        }
        json.put("blocks", blocks);
        Map<String, Object> stages = new LinkedHashMap<>();
        stages.put("changed", c.stagesChanged());
        stages.put("basisChanged", c.basisChanged());
        List<Map<String, Object>> bands = new ArrayList<>();
        for (Comparability.StageChange s : c.stages()) {
            Map<String, Object> stage = new LinkedHashMap<>();
            stage.put("number", s.number());
            stage.put("from", band(s.from()));
            stage.put("to", band(s.to()));
            stage.put("bandChanged", s.bandChanged());
            stage.put("renamed", s.renamed());
            bands.add(stage);
        }
        stages.put("bands", bands);
        json.put("stages", stages);
        return json;
    }

    private static Map<String, Object> band(Comparability.Band band) {
        if (band == null) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("min", band.min());
        json.put("max", band.max());
        return json;
    }

    /**
     * A preview: the data of the form template exactly as the cx-assessment macro gives it for an open round
     * with no answers yet (no round, no department), built by the same view, so the admin screen shows what a
     * respondent will see.
     */
    static Map<String, Object> preview(FormState form, Texts texts) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("template", FORM_TEMPLATE);
        json.put("data", new java.util.TreeMap<>(FormView.data(form, false, texts)));
        return json;
    }
}

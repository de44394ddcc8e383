package io.cxmaturity.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxmaturity.domain.AnswerOption;
import io.cxmaturity.domain.AnswerType;
import io.cxmaturity.domain.BuildingBlock;
import io.cxmaturity.domain.Facet;
import io.cxmaturity.domain.GuidanceStep;
import io.cxmaturity.domain.Horizon;
import io.cxmaturity.domain.InitiativeTemplate;
import io.cxmaturity.domain.Language;
import io.cxmaturity.domain.LocalizedText;
import io.cxmaturity.domain.Question;
import io.cxmaturity.domain.QuestionSet;
import io.cxmaturity.domain.Stage;
import io.cxmaturity.domain.StageBasis;
import io.cxmaturity.domain.Transition;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a question-set definition (the JSON format of {@code catalog/question-set.schema.json}) and checks
 * every rule of the schema plus the ones a schema cannot state: unique keys, questions in known blocks,
 * stage bands without gaps or overlaps that cover the achievable scores, a label on every scale point, and
 * every text in English, Russian and Ukrainian. All problems are collected, each with its JSON path.
 */
public final class QuestionSetReader {
    public static final int MAX_DEFINITION_CHARS = 1_000_000;
    public static final int MAX_TEXT_CHARS = 4000;

    private static final Pattern KEY = Pattern.compile("^[a-z0-9][a-z0-9-]{0,39}$");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final Set<String> ROOT_FIELDS = Set.of("$schema", "key", "version", "title", "description",
            "credit", "stageBasis", "answerTypes", "blocks", "questions", "facets", "stages", "transitions",
            "initiatives", "guidance");

    /**
     * How large a definition may be. Stored versions and the built-in sets are read with {@link #STORED};
     * what space admins publish must also fit {@link #EDITOR}, so a version never becomes unreadable later.
     */
    public record Limits(int maxTextChars, int maxBlocks, int maxQuestions) {
        public static final Limits STORED = new Limits(MAX_TEXT_CHARS, Integer.MAX_VALUE, Integer.MAX_VALUE);
        public static final Limits EDITOR = new Limits(2000, 30, 200);
    }

    private final Limits limits;

    /** A reader for stored versions and the built-in sets. */
    public QuestionSetReader() {
        this(Limits.STORED);
    }

    public QuestionSetReader(Limits limits) {
        this.limits = limits;
    }

    /** Parses and validates; throws {@link InvalidDefinitionException} listing every problem found. */
    public QuestionSet read(String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidDefinitionException(List.of(problem("$", "empty", "the definition is empty")));
        }
        if (json.length() > MAX_DEFINITION_CHARS) {
            throw new InvalidDefinitionException(List.of(problem("$", "too-long",
                    "the definition is longer than " + MAX_DEFINITION_CHARS + " characters", MAX_DEFINITION_CHARS)));
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidDefinitionException(List.of(problem("$", "malformed",
                    "not valid JSON: " + e.getOriginalMessage())));
        }
        return read(root);
    }

    public QuestionSet read(JsonNode root) {
        Context c = new Context(limits);
        QuestionSet set = c.readSet(root);
        if (!c.problems.isEmpty()) {
            throw new InvalidDefinitionException(c.problems);
        }
        return set;
    }

    /** Returns the definition with its version replaced, for publishing a copy as a new version. */
    public static String withVersion(String json, int version) {
        try {
            ObjectNode node = (ObjectNode) MAPPER.readTree(json);
            node.put("version", version);
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new InvalidDefinitionException(List.of(problem("$", "malformed", "not valid JSON")));
        }
    }

    /**
     * Returns the definition with its key and version replaced (a copy under a new key, or a draft's next
     * version); the key comes first, so the stored text reads as every definition does.
     */
    public static String withKeyAndVersion(String json, String key, int version) {
        try {
            JsonNode parsed = MAPPER.readTree(json);
            if (!(parsed instanceof ObjectNode)) {
                throw new InvalidDefinitionException(List.of(problem("$", "not-object",
                        "the definition must be a JSON object")));
            }
            ObjectNode node = MAPPER.createObjectNode();
            node.put("key", key);
            node.put("version", version);
            parsed.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("key") && !e.getKey().equals("version")) {
                    node.set(e.getKey(), e.getValue());
                }
            });
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new InvalidDefinitionException(List.of(problem("$", "malformed", "not valid JSON")));
        }
    }

    /** The definition's key as written, or null when it has none or is not JSON (for drafts that may be invalid). */
    public static String keyOf(String json) {
        try {
            JsonNode root = json == null ? null : MAPPER.readTree(json);
            JsonNode key = root == null ? null : root.get("key");
            return key != null && key.isTextual() ? key.asText() : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** The definition's title in that language (else English), or null (for listing drafts that may be invalid). */
    public static String titleOf(String json, Language language) {
        try {
            JsonNode root = json == null ? null : MAPPER.readTree(json);
            if (root == null) {
                return null;
            }
            JsonNode title = root.path("title");
            String text = title.path(language.code()).asText("");
            return text.isBlank() ? title.path("en").asText(null) : text;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    static DefinitionProblem problem(String path, String code, String reason, Object... args) {
        return new DefinitionProblem(path, code, List.of(args), reason);
    }

    /** One validation run: collects problems instead of stopping at the first. */
    private static final class Context {
        private final List<DefinitionProblem> problems = new ArrayList<>();
        private final Limits limits;

        Context(Limits limits) {
            this.limits = limits;
        }

        private void add(String path, String code, String reason, Object... args) {
            problems.add(problem(path, code, reason, args));
        }

        QuestionSet readSet(JsonNode root) {
            if (root == null || !root.isObject()) {
                add("$", "not-object", "the definition must be a JSON object");
                return null;
            }
            unknownFields(root, "$", ROOT_FIELDS);
            String key = key(root, "key", "$", true);
            int version = integer(root, "version", "$", true, 1, Integer.MAX_VALUE, 1);
            QuestionSet.Builder b = QuestionSet.builder(key == null ? "invalid" : key, version);
            b.title(text(root, "title", "$", true));
            b.description(text(root, "description", "$", false));
            b.credit(text(root, "credit", "$", false));
            StageBasis basis = StageBasis.POINTS;
            JsonNode basisNode = root.get("stageBasis");
            if (basisNode != null) {
                if ("points".equals(basisNode.asText(null)) && basisNode.isTextual()) {
                    basis = StageBasis.POINTS;
                } else if ("percent".equals(basisNode.asText(null)) && basisNode.isTextual()) {
                    basis = StageBasis.PERCENT;
                } else {
                    add("$.stageBasis", "enum", "must be \"points\" or \"percent\"", "points, percent");
                }
            }
            b.stageBasis(basis);

            Map<String, AnswerType> answerTypes = answerTypes(root.get("answerTypes"));
            answerTypes.values().forEach(b::answerType);
            List<BuildingBlock> blocks = blocks(root.get("blocks"));
            blocks.forEach(b::block);
            Set<String> blockKeys = new HashSet<>();
            blocks.forEach(block -> blockKeys.add(block.key()));
            List<Question> questions = questions(root.get("questions"), blockKeys, answerTypes);
            questions.forEach(b::question);
            for (BuildingBlock block : blocks) {
                if (questions.stream().noneMatch(q -> q.blockKey().equals(block.key()))) {
                    add("$.blocks[" + blocks.indexOf(block) + "]", "empty-block",
                            "block '" + block.key() + "' has no questions", block.key());
                }
            }
            List<Facet> facets = facets(root.get("facets"));
            facets.forEach(b::facet);
            Set<String> facetKeys = new HashSet<>();
            facets.forEach(f -> facetKeys.add(f.key()));
            // The achievable range is only known when every question was read: check coverage only then.
            boolean questionsComplete = problems.isEmpty();
            List<Stage> stages = stages(root.get("stages"), blockKeys, facetKeys);
            stages.forEach(b::stage);
            checkBands(stages, basis, questions, questionsComplete);
            transitions(root.get("transitions"), stages).forEach(b::transition);
            initiatives(root.get("initiatives"), blockKeys).forEach(b::initiative);
            guidance(root.get("guidance")).forEach(b::guidance);
            return b.build();
        }

        private Map<String, AnswerType> answerTypes(JsonNode node) {
            Map<String, AnswerType> types = new LinkedHashMap<>();
            if (node == null) {
                add("$.answerTypes", "required", "is required");
                return types;
            }
            if (!node.isObject() || node.size() == 0) {
                add("$.answerTypes", "not-object", "must be an object with at least one answer type");
                return types;
            }
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> entry = it.next();
                String path = "$.answerTypes." + entry.getKey();
                if (!KEY.matcher(entry.getKey()).matches()) {
                    add(path, "key-format", "key must be lower-case letters, digits and dashes (at most 40)");
                    continue;
                }
                AnswerType type = answerType(entry.getKey(), entry.getValue(), path);
                if (type != null) {
                    types.put(entry.getKey(), type);
                }
            }
            return types;
        }

        private AnswerType answerType(String key, JsonNode node, String path) {
            if (!node.isObject()) {
                add(path, "not-object", "must be an object");
                return null;
            }
            String type = node.path("type").asText("");
            switch (type) {
                case "scale": {
                    unknownFields(node, path, Set.of("type", "min", "max", "labels"));
                    int min = integer(node, "min", path, true, 0, 100, 0);
                    int max = integer(node, "max", path, true, 0, 100, 1);
                    if (min >= max) {
                        add(path + ".max", "scale-range", "max (" + max + ") must be greater than min (" + min + ")",
                                min, max);
                        return null;
                    }
                    JsonNode labels = node.get("labels");
                    Map<Integer, LocalizedText> byPoint = new HashMap<>();
                    if (labels == null || !labels.isObject()) {
                        add(path + ".labels", "required", "a label for every point is required");
                    } else {
                        for (int point = min; point <= max; point++) {
                            String p = String.valueOf(point);
                            if (!labels.has(p)) {
                                add(path + ".labels", "missing-label", "point " + p + " has no label", point);
                            } else {
                                byPoint.put(point, text(labels, p, path + ".labels", true));
                            }
                        }
                        Iterator<String> names = labels.fieldNames();
                        while (names.hasNext()) {
                            String name = names.next();
                            if (!name.matches("[0-9]{1,3}") || Integer.parseInt(name) < min
                                    || Integer.parseInt(name) > max) {
                                add(path + ".labels." + name, "label-out-of-scale",
                                        "label for a point outside " + min + "–" + max, min, max);
                            }
                        }
                    }
                    return AnswerType.scale(key, min, max, byPoint);
                }
                case "yesno": {
                    unknownFields(node, path, Set.of("type", "yes", "no"));
                    int yes = integer(node, "yes", path, false, 0, 100, 1);
                    int no = integer(node, "no", path, false, 0, 100, 0);
                    return AnswerType.yesNo(key, yes, no);
                }
                case "choice": {
                    unknownFields(node, path, Set.of("type", "options"));
                    JsonNode options = node.get("options");
                    List<AnswerOption> list = new ArrayList<>();
                    if (options == null || !options.isArray() || options.size() < 2) {
                        add(path + ".options", "too-few", "at least two options are required", 2);
                        return null;
                    }
                    Set<String> seen = new HashSet<>();
                    for (int i = 0; i < options.size(); i++) {
                        String p = path + ".options[" + i + "]";
                        JsonNode option = options.get(i);
                        if (!option.isObject()) {
                            add(p, "not-object", "must be an object");
                            continue;
                        }
                        unknownFields(option, p, Set.of("key", "label", "points"));
                        String optionKey = key(option, "key", p, true);
                        if (optionKey != null && !seen.add(optionKey)) {
                            add(p + ".key", "duplicate-key", "duplicate key '" + optionKey + "'", optionKey);
                        }
                        LocalizedText label = text(option, "label", p, true);
                        int points = integer(option, "points", p, true, 0, 100, 0);
                        if (optionKey != null) {
                            list.add(new AnswerOption(optionKey, label, points));
                        }
                    }
                    return AnswerType.choice(key, list);
                }
                case "comment": {
                    unknownFields(node, path, Set.of("type", "maxLength"));
                    int maxLength = integer(node, "maxLength", path, false, 1, 10_000, AnswerType.DEFAULT_COMMENT_LENGTH);
                    return AnswerType.comment(key, maxLength);
                }
                default:
                    add(path + ".type", "enum", "must be one of scale, yesno, choice, comment",
                            "scale, yesno, choice, comment");
                    return null;
            }
        }

        private List<BuildingBlock> blocks(JsonNode node) {
            List<BuildingBlock> blocks = new ArrayList<>();
            if (!requireArray(node, "$.blocks", true)) {
                return blocks;
            }
            if (node.size() > limits.maxBlocks()) {
                add("$.blocks", "too-many", "at most " + limits.maxBlocks() + " blocks", limits.maxBlocks());
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < node.size(); i++) {
                String path = "$.blocks[" + i + "]";
                JsonNode block = node.get(i);
                if (!block.isObject()) {
                    add(path, "not-object", "must be an object");
                    continue;
                }
                unknownFields(block, path, Set.of("key", "title", "description"));
                String key = key(block, "key", path, true);
                if (key != null && !seen.add(key)) {
                    add(path + ".key", "duplicate-key", "duplicate key '" + key + "'", key);
                    continue;
                }
                LocalizedText title = text(block, "title", path, true);
                LocalizedText description = text(block, "description", path, false);
                if (key != null) {
                    blocks.add(new BuildingBlock(key, title, description));
                }
            }
            return blocks;
        }

        private List<Question> questions(JsonNode node, Set<String> blockKeys, Map<String, AnswerType> types) {
            List<Question> questions = new ArrayList<>();
            if (!requireArray(node, "$.questions", true)) {
                return questions;
            }
            if (node.size() > limits.maxQuestions()) {
                add("$.questions", "too-many", "at most " + limits.maxQuestions() + " questions",
                        limits.maxQuestions());
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < node.size(); i++) {
                String path = "$.questions[" + i + "]";
                JsonNode q = node.get(i);
                if (!q.isObject()) {
                    add(path, "not-object", "must be an object");
                    continue;
                }
                unknownFields(q, path, Set.of("key", "block", "text", "help", "answer", "weight", "allowNa", "nextStep"));
                String key = key(q, "key", path, true);
                if (key != null && !seen.add(key)) {
                    add(path + ".key", "duplicate-key", "duplicate key '" + key + "'", key);
                    key = null;
                }
                String block = key(q, "block", path, true);
                if (block != null && !blockKeys.contains(block)) {
                    add(path + ".block", "unknown-block", "unknown block '" + block + "'", block);
                    block = null;
                }
                String answer = key(q, "answer", path, true);
                AnswerType type = answer == null ? null : types.get(answer);
                if (answer != null && type == null) {
                    add(path + ".answer", "unknown-answer-type", "unknown answer type '" + answer + "'", answer);
                }
                LocalizedText text = text(q, "text", path, true);
                LocalizedText help = text(q, "help", path, false);
                LocalizedText nextStep = text(q, "nextStep", path, false);
                double weight = 1;
                JsonNode weightNode = q.get("weight");
                if (weightNode != null) {
                    if (!weightNode.isNumber() || weightNode.asDouble() <= 0 || weightNode.asDouble() > 10) {
                        add(path + ".weight", "weight-range", "must be a number above 0 and at most 10", 10);
                    } else {
                        weight = weightNode.asDouble();
                    }
                }
                boolean allowNa = bool(q, "allowNa", path);
                if (key != null && block != null && type != null) {
                    questions.add(new Question(key, block, text, help, type, weight, allowNa, nextStep));
                }
            }
            return questions;
        }

        private List<Facet> facets(JsonNode node) {
            List<Facet> facets = new ArrayList<>();
            if (!requireArray(node, "$.facets", false)) {
                return facets;
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < node.size(); i++) {
                String path = "$.facets[" + i + "]";
                JsonNode f = node.get(i);
                if (!f.isObject()) {
                    add(path, "not-object", "must be an object");
                    continue;
                }
                unknownFields(f, path, Set.of("key", "title"));
                String key = key(f, "key", path, true);
                if (key != null && !seen.add(key)) {
                    add(path + ".key", "duplicate-key", "duplicate key '" + key + "'", key);
                    continue;
                }
                LocalizedText title = text(f, "title", path, true);
                if (key != null) {
                    facets.add(new Facet(key, title));
                }
            }
            return facets;
        }

        private List<Stage> stages(JsonNode node, Set<String> blockKeys, Set<String> facetKeys) {
            List<Stage> stages = new ArrayList<>();
            if (!requireArray(node, "$.stages", false)) {
                return stages;
            }
            for (int i = 0; i < node.size(); i++) {
                String path = "$.stages[" + i + "]";
                JsonNode s = node.get(i);
                if (!s.isObject()) {
                    add(path, "not-object", "must be an object");
                    continue;
                }
                unknownFields(s, path, Set.of("number", "name", "band", "summary", "blocks", "facets", "drivers"));
                int number = integer(s, "number", path, true, 1, 20, i + 1);
                if (number != i + 1) {
                    add(path + ".number", "stage-order", "stages must be numbered 1, 2, 3 … in order; expected "
                            + (i + 1), i + 1);
                }
                LocalizedText name = text(s, "name", path, true);
                JsonNode band = s.get("band");
                int min = 0;
                int max = 0;
                if (band == null || !band.isObject()) {
                    add(path + ".band", "required", "a band with min and max is required");
                } else {
                    unknownFields(band, path + ".band", Set.of("min", "max"));
                    min = integer(band, "min", path + ".band", true, 0, 1_000_000, 0);
                    max = integer(band, "max", path + ".band", true, 0, 1_000_000, 0);
                    if (min > max) {
                        add(path + ".band", "band-order", "min (" + min + ") is greater than max (" + max + ")",
                                min, max);
                    }
                }
                LocalizedText summary = text(s, "summary", path, false);
                Map<String, List<LocalizedText>> statements = new LinkedHashMap<>();
                JsonNode blocks = s.get("blocks");
                if (blocks != null) {
                    if (!blocks.isObject()) {
                        add(path + ".blocks", "not-object", "must be an object keyed by block");
                    } else {
                        Iterator<Map.Entry<String, JsonNode>> it = blocks.fields();
                        while (it.hasNext()) {
                            Map.Entry<String, JsonNode> entry = it.next();
                            String p = path + ".blocks." + entry.getKey();
                            if (!blockKeys.contains(entry.getKey())) {
                                add(p, "unknown-block", "unknown block '" + entry.getKey() + "'", entry.getKey());
                                continue;
                            }
                            statements.put(entry.getKey(), textList(entry.getValue(), p));
                        }
                    }
                }
                Map<String, LocalizedText> facetTexts = new LinkedHashMap<>();
                JsonNode facets = s.get("facets");
                if (facets != null) {
                    if (!facets.isObject()) {
                        add(path + ".facets", "not-object", "must be an object keyed by facet");
                    } else {
                        Iterator<String> names = facets.fieldNames();
                        while (names.hasNext()) {
                            String facet = names.next();
                            if (!facetKeys.contains(facet)) {
                                add(path + ".facets." + facet, "unknown-facet", "unknown facet '" + facet + "'", facet);
                                continue;
                            }
                            facetTexts.put(facet, text(facets, facet, path + ".facets", true));
                        }
                    }
                }
                List<LocalizedText> drivers = s.has("drivers") ? textList(s.get("drivers"), path + ".drivers") : List.of();
                stages.add(new Stage(number, name, min, max, summary, statements, facetTexts, drivers));
            }
            return stages;
        }

        /** Bands must follow each other without gap or overlap and cover every score the questions allow. */
        private void checkBands(List<Stage> stages, StageBasis basis, List<Question> questions, boolean checkCoverage) {
            if (stages.isEmpty() || questions.isEmpty()) {
                return;
            }
            for (int i = 1; i < stages.size(); i++) {
                Stage previous = stages.get(i - 1);
                Stage stage = stages.get(i);
                String path = "$.stages[" + i + "].band.min";
                if (stage.min() <= previous.max()) {
                    add(path, "band-overlap", "band " + stage.min() + "–" + stage.max() + " overlaps the band of stage "
                            + previous.number() + " (" + previous.min() + "–" + previous.max() + ")",
                            previous.number(), stage.number());
                } else if (stage.min() > previous.max() + 1) {
                    add(path, "band-gap", "gap between stage " + previous.number() + " (ends at " + previous.max()
                            + ") and stage " + stage.number() + " (starts at " + stage.min() + ")",
                            previous.number(), stage.number());
                }
            }
            if (!checkCoverage) {
                return;
            }
            double max = 0;
            double min = 0;
            for (Question q : questions) {
                if (q.scored()) {
                    max += q.maxPoints();
                    min += q.answerType().minPoints() * q.weight();
                }
            }
            long top = basis == StageBasis.PERCENT ? 100 : Math.round(max);
            long bottom = basis == StageBasis.PERCENT ? (max == 0 ? 0 : (long) Math.floor(min / max * 100))
                    : (long) Math.floor(min);
            Stage first = stages.get(0);
            Stage last = stages.get(stages.size() - 1);
            if (first.min() > bottom) {
                add("$.stages[0].band.min", "band-coverage", "the lowest possible score " + bottom
                        + " falls below every band", bottom);
            }
            if (last.max() != top) {
                add("$.stages[" + (stages.size() - 1) + "].band.max", "band-top", "the last band must end at "
                        + top + (basis == StageBasis.PERCENT ? " (percent)" : ", the maximum points"), top);
            }
        }

        private List<Transition> transitions(JsonNode node, List<Stage> stages) {
            List<Transition> transitions = new ArrayList<>();
            if (!requireArray(node, "$.transitions", false)) {
                return transitions;
            }
            for (int i = 0; i < node.size(); i++) {
                String path = "$.transitions[" + i + "]";
                JsonNode t = node.get(i);
                if (!t.isObject()) {
                    add(path, "not-object", "must be an object");
                    continue;
                }
                unknownFields(t, path, Set.of("from", "to", "actions"));
                int from = integer(t, "from", path, true, 1, 20, 1);
                int to = integer(t, "to", path, true, 2, 21, 2);
                if (to != from + 1) {
                    add(path + ".to", "transition-step", "a transition goes to the next stage (" + (from + 1) + ")",
                            from + 1);
                }
                if (from > stages.size() || to > stages.size()) {
                    add(path, "unknown-stage", "refers to a stage the set does not have", Math.max(from, to));
                }
                transitions.add(new Transition(from, to, textList(t.get("actions"), path + ".actions")));
            }
            return transitions;
        }

        private List<InitiativeTemplate> initiatives(JsonNode node, Set<String> blockKeys) {
            List<InitiativeTemplate> initiatives = new ArrayList<>();
            if (!requireArray(node, "$.initiatives", false)) {
                return initiatives;
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < node.size(); i++) {
                String path = "$.initiatives[" + i + "]";
                JsonNode n = node.get(i);
                if (!n.isObject()) {
                    add(path, "not-object", "must be an object");
                    continue;
                }
                unknownFields(n, path, Set.of("key", "block", "title", "description", "horizon", "whenToStart", "levelUp"));
                String key = key(n, "key", path, true);
                if (key != null && !seen.add(key)) {
                    add(path + ".key", "duplicate-key", "duplicate key '" + key + "'", key);
                }
                String block = key(n, "block", path, true);
                if (block != null && !blockKeys.contains(block)) {
                    add(path + ".block", "unknown-block", "unknown block '" + block + "'", block);
                }
                Horizon horizon = null;
                if (n.has("horizon")) {
                    horizon = n.get("horizon").isInt() ? Horizon.ofMonths(n.get("horizon").asInt()).orElse(null) : null;
                    if (horizon == null) {
                        add(path + ".horizon", "horizon", "must be 6, 12 or 24 (months)");
                    }
                }
                initiatives.add(new InitiativeTemplate(key, block, text(n, "title", path, true),
                        text(n, "description", path, false), horizon, text(n, "whenToStart", path, false),
                        text(n, "levelUp", path, false)));
            }
            return initiatives;
        }

        private List<GuidanceStep> guidance(JsonNode node) {
            List<GuidanceStep> steps = new ArrayList<>();
            if (!requireArray(node, "$.guidance", false)) {
                return steps;
            }
            for (int i = 0; i < node.size(); i++) {
                String path = "$.guidance[" + i + "]";
                JsonNode g = node.get(i);
                if (!g.isObject()) {
                    add(path, "not-object", "must be an object");
                    continue;
                }
                unknownFields(g, path, Set.of("title", "text"));
                steps.add(new GuidanceStep(text(g, "title", path, true), text(g, "text", path, true)));
            }
            return steps;
        }

        // ---- primitives ----

        private boolean requireArray(JsonNode node, String path, boolean required) {
            if (node == null) {
                if (required) {
                    add(path, "required", "is required");
                }
                return false;
            }
            if (!node.isArray()) {
                add(path, "not-array", "must be an array");
                return false;
            }
            if (required && node.size() == 0) {
                add(path, "too-few", "must not be empty", 1);
                return false;
            }
            return true;
        }

        private void unknownFields(JsonNode node, String path, Set<String> known) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!known.contains(name)) {
                    add(path + "." + name, "unknown-property", "unknown property '" + name + "'", name);
                }
            }
        }

        private String key(JsonNode node, String field, String path, boolean required) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                if (required) {
                    add(path + "." + field, "required", "is required");
                }
                return null;
            }
            if (!value.isTextual() || !KEY.matcher(value.asText()).matches()) {
                add(path + "." + field, "key-format", "must be lower-case letters, digits and dashes (at most 40)");
                return null;
            }
            return value.asText();
        }

        private int integer(JsonNode node, String field, String path, boolean required, int min, int max, int fallback) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                if (required) {
                    add(path + "." + field, "required", "is required");
                }
                return fallback;
            }
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                add(path + "." + field, "not-integer", "must be a whole number");
                return fallback;
            }
            int v = value.asInt();
            if (v < min || v > max) {
                add(path + "." + field, "out-of-range", "must be between " + min + " and " + max, min, max);
                return fallback;
            }
            return v;
        }

        private boolean bool(JsonNode node, String field, String path) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return false;
            }
            if (!value.isBoolean()) {
                add(path + "." + field, "not-boolean", "must be true or false");
                return false;
            }
            return value.asBoolean();
        }

        private List<LocalizedText> textList(JsonNode node, String path) {
            List<LocalizedText> texts = new ArrayList<>();
            if (node == null || !node.isArray()) {
                add(path, "not-array", "must be an array of texts");
                return texts;
            }
            for (int i = 0; i < node.size(); i++) {
                LocalizedText text = textValue(node.get(i), path + "[" + i + "]");
                if (text != null) {
                    texts.add(text);
                }
            }
            return texts;
        }

        private LocalizedText text(JsonNode node, String field, String path, boolean required) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                if (required) {
                    add(path + "." + field, "required", "is required");
                }
                return null;
            }
            return textValue(value, path + "." + field);
        }

        private LocalizedText textValue(JsonNode value, String path) {
            if (!value.isObject()) {
                add(path, "not-text", "must be an object with en, ru and uk texts");
                return null;
            }
            Map<Language, String> texts = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                JsonNode t = value.get(language.code());
                if (t == null || t.isNull()) {
                    add(path + "." + language.code(), "missing-language", "missing text in " + language.code(),
                            language.code());
                } else if (!t.isTextual() || t.asText().isBlank()) {
                    add(path + "." + language.code(), "empty-text", "text in " + language.code() + " is empty",
                            language.code());
                } else if (t.asText().length() > limits.maxTextChars()) {
                    add(path + "." + language.code(), "text-too-long", "text is longer than "
                            + limits.maxTextChars() + " characters", limits.maxTextChars());
                } else {
                    texts.put(language, t.asText());
                }
            }
            Iterator<String> names = value.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!Language.isSupported(name)) {
                    add(path + "." + name, "unknown-language", "unknown language '" + name + "'", name);
                }
            }
            return LocalizedText.of(texts);
        }
    }
}

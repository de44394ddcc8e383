package io.cxmaturity.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxmaturity.catalog.DefinitionProblem;
import io.cxmaturity.catalog.InvalidDefinitionException;
import io.cxmaturity.catalog.QuestionSetReader;
import io.cxmaturity.domain.Answer;
import io.cxmaturity.domain.ReminderPlan;
import io.cxmaturity.domain.AnswerSheetPolicy;
import io.cxmaturity.domain.AuditEntry;
import io.cxmaturity.domain.BlockOwner;
import io.cxmaturity.domain.Department;
import io.cxmaturity.domain.Horizon;
import io.cxmaturity.domain.Initiative;
import io.cxmaturity.domain.InitiativeRules;
import io.cxmaturity.domain.InitiativeSource;
import io.cxmaturity.domain.InitiativeStatus;
import io.cxmaturity.domain.Language;
import io.cxmaturity.domain.Participant;
import io.cxmaturity.domain.QuestionSet;
import io.cxmaturity.domain.Response;
import io.cxmaturity.domain.ResultsVisibility;
import io.cxmaturity.domain.Round;
import io.cxmaturity.domain.RoundStatus;
import io.cxmaturity.domain.SpaceArchive;
import io.cxmaturity.domain.SpaceSettings;
import io.cxmaturity.domain.StoredQuestionSet;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The whole-space document: a space's {@link SpaceArchive} as JSON, and back. Its shape:
 * <pre>
 * { "format": "cx-maturity-space", "formatVersion": 2, "exportedAt": "…", "source": {"spaceKey": "CX"},
 *   "users": [{"key", "username"}], "settings": {…} | null,
 *   "questionSets": [{"id", "key", "version", "publishedAt", "publishedBy", "definition": "&lt;the stored JSON text&gt;"}],
 *   "departments": [{"id", "key", "name", "setKey", "archived", "headcount", "cadenceMonths", "respondentGroup"}],
 *   "rounds": [{"id", "department", "setVersion", "name", "status", "opensOn", "closesOn", "anonymous",
 *               "minGroupSize", "createdAt"}],
 *   "responses": [{"round", "respondent", "revision", "submittedAt", "answers": [{"question", "value", "na", "comment"}]}],
 *   "participants": [{"round", "user", "at"}], "blockOwners": [{"setKey", "blockKey", "user"}],
 *   "initiatives": [{"setKey", "blockKey", "department", "title", "description", "horizon", "owner", "status",
 *                    "targetStage", "dueOn", "progress", "link", "source", "sourceRef", "version", "createdAt",
 *                    "createdBy", "updatedAt", "doneAt"}],
 *   "audit": [{"at", "actor", "action", "subject", "detail"}] }
 * </pre>
 * Ids link the sections and are the source space's; users appear by key, and the {@code users} section gives
 * each key's username so an import into another instance can find the same person. A definition is carried as
 * its stored text, so it arrives exactly as it was. Anonymous responses carry no respondent. An initiative names
 * its department by the department's id in the document ({@code null}: the whole space) and keeps its version, so
 * that a change made after the import is checked against the version the roadmap showed.
 * <p>
 * Every section is named: a document with a section this version does not know is refused rather than partly
 * imported, so sections added later come with a new {@link #FORMAT_VERSION}. Format version 1 had no
 * {@code initiatives}; version 2 added them. Both are read; a version-1 document that has an {@code initiatives}
 * section is refused, as is a version newer than this one.
 */
public final class SpaceDocument {
    public static final String FORMAT = "cx-maturity-space";
    public static final int FORMAT_VERSION = 2;
    /** The oldest format version still read. */
    public static final int OLDEST_FORMAT_VERSION = 1;
    static final Set<String> SECTIONS = Set.of("format", "formatVersion", "exportedAt", "source", "users", "settings",
            "questionSets", "departments", "rounds", "responses", "participants", "blockOwners", "initiatives",
            "audit");
    /** The sections a format version added after version 1, by the version that added them. */
    private static final Map<String, Integer> SECTION_SINCE = Map.of("initiatives", 2);

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern KEY = Pattern.compile("^[a-z0-9][a-z0-9-]{0,63}$");
    private static final int MAX_TEXT = 255;

    private SpaceDocument() {
    }

    /** A document read: the archive (with the source's ids, and new response ids) and each user key's username. */
    public record Read(SpaceArchive archive, Map<String, String> usernames) {
    }

    // ---------------------------------------------------------------- writing

    static ObjectNode write(String spaceKey, Instant exportedAt, SpaceArchive a, Map<String, String> usernames) {
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put("format", FORMAT);
        doc.put("formatVersion", FORMAT_VERSION);
        doc.put("exportedAt", exportedAt.toString());
        doc.putObject("source").put("spaceKey", spaceKey);
        ArrayNode users = doc.putArray("users");
        usernames.forEach((key, name) -> users.addObject().put("key", key).put("username", name));
        if (a.settings().isPresent()) {
            SpaceSettings s = a.settings().get();
            ObjectNode settings = doc.putObject("settings");
            settings.put("visibility", s.visibility().name());
            ArrayNode groups = settings.putArray("groups");
            s.groups().forEach(groups::add);
            settings.put("minGroupSize", s.minGroupSize());
            settings.put("defaultLanguage", s.defaultLanguage().code());
        } else {
            doc.putNull("settings");
        }
        ArrayNode sets = doc.putArray("questionSets");
        for (StoredQuestionSet s : a.setVersions()) {
            ObjectNode n = sets.addObject();
            n.put("id", s.id());
            n.put("key", s.key());
            n.put("version", s.version());
            n.put("publishedAt", s.publishedAt().toString());
            n.put("publishedBy", s.publishedBy());
            n.put("definition", s.definition());
        }
        ArrayNode departments = doc.putArray("departments");
        for (Department d : a.departments()) {
            ObjectNode n = departments.addObject();
            n.put("id", d.id());
            n.put("key", d.key());
            n.put("name", d.name());
            n.put("setKey", d.setKey());
            n.put("archived", d.archived());
            n.put("headcount", d.headcount());
            n.put("cadenceMonths", d.cadenceMonths());
            n.put("respondentGroup", d.respondentGroup());
        }
        ArrayNode rounds = doc.putArray("rounds");
        for (Round r : a.rounds()) {
            ObjectNode n = rounds.addObject();
            n.put("id", r.id());
            n.put("department", r.departmentId());
            n.put("setVersion", r.setVersionId());
            n.put("name", r.name());
            n.put("status", r.status().name());
            n.put("opensOn", r.opensOn() == null ? null : r.opensOn().toString());
            n.put("closesOn", r.closesOn() == null ? null : r.closesOn().toString());
            n.put("anonymous", r.anonymous());
            n.put("minGroupSize", r.minGroupSize());
            n.put("createdAt", r.createdAt().toString());
            ObjectNode plan = n.putObject("reminders");
            plan.put("enabled", r.reminders().enabled());
            plan.put("everyDays", r.reminders().everyDays());
            plan.put("daysBeforeClose", r.reminders().daysBeforeClose());
            n.put("formPageUrl", r.formPageUrl());
        }
        ArrayNode responses = doc.putArray("responses");
        for (Response r : a.responses()) {
            ObjectNode n = responses.addObject();
            n.put("round", r.roundId());
            n.put("respondent", r.respondent());
            n.put("revision", r.revision());
            n.put("submittedAt", r.submittedAt().toString());
            ArrayNode answers = n.putArray("answers");
            for (Answer answer : r.answers()) {
                ObjectNode an = answers.addObject();
                an.put("question", answer.questionKey());
                an.put("value", answer.value());
                an.put("na", answer.notApplicable());
                an.put("comment", answer.comment());
            }
        }
        ArrayNode participants = doc.putArray("participants");
        for (Participant p : a.participants()) {
            participants.addObject().put("round", p.roundId()).put("user", p.userKey()).put("at", p.at().toString());
        }
        ArrayNode owners = doc.putArray("blockOwners");
        for (BlockOwner o : a.owners()) {
            owners.addObject().put("setKey", o.setKey()).put("blockKey", o.blockKey()).put("user", o.userKey());
        }
        Map<String, Long> departmentIds = new LinkedHashMap<>();
        a.departments().forEach(d -> departmentIds.put(d.key(), d.id()));
        ArrayNode initiatives = doc.putArray("initiatives");
        for (Initiative i : a.initiatives()) {
            ObjectNode n = initiatives.addObject();
            n.put("setKey", i.setKey());
            n.put("blockKey", i.blockKey());
            if (i.departmentKey() == null) {
                n.putNull("department");
            } else {
                Long department = departmentIds.get(i.departmentKey());
                if (department == null) {
                    // Departments are never deleted, so this is a broken row: better no export than a lossy one.
                    throw new IllegalStateException("initiative " + i.id() + " names department "
                            + i.departmentKey() + ", which the space does not have");
                }
                n.put("department", department);
            }
            n.put("title", i.title());
            n.put("description", i.description());
            n.put("horizon", i.horizon().months());
            n.put("owner", i.ownerKey());
            n.put("status", i.status().name());
            n.put("targetStage", i.targetStage());
            n.put("dueOn", i.dueOn() == null ? null : i.dueOn().toString());
            n.put("progress", i.progress());
            n.put("link", i.link());
            n.put("source", i.source().name());
            n.put("sourceRef", i.sourceRef());
            n.put("version", i.version());
            n.put("createdAt", i.createdAt().toString());
            n.put("createdBy", i.createdBy());
            n.put("updatedAt", i.updatedAt().toString());
            n.put("doneAt", i.doneAt() == null ? null : i.doneAt().toString());
        }
        ArrayNode audit = doc.putArray("audit");
        for (AuditEntry e : a.audit()) {
            audit.addObject().put("at", e.at().toString()).put("actor", e.actorKey()).put("action", e.action())
                    .put("subject", e.subject()).put("detail", e.detail());
        }
        return doc;
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads and checks a document; the first problem is refused with the path of what is wrong, such as
     * {@code rounds[3].setVersion}; problems in a set definition come all at once, each with its path inside
     * {@code questionSets[i].definition}.
     */
    static Read read(JsonNode doc) {
        if (doc == null || !doc.isObject()) {
            throw ServiceException.invalid("body-not-object", null);
        }
        Iterator<String> names = doc.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!SECTIONS.contains(name)) {
                throw ServiceException.invalid("unknown-section", name, name);
            }
        }
        JsonNode format = doc.get("format");
        if (format == null || !format.isTextual() || !FORMAT.equals(format.asText())) {
            throw ServiceException.invalid("not-space-document", "format", FORMAT);
        }
        JsonNode version = doc.get("formatVersion");
        if (version == null || !version.isIntegralNumber()) {
            throw ServiceException.invalid("required", "formatVersion");
        }
        if (!version.canConvertToInt() || version.asInt() < OLDEST_FORMAT_VERSION
                || version.asInt() > FORMAT_VERSION) {
            throw ServiceException.invalid("unsupported-format-version", "formatVersion", version.asText(),
                    FORMAT_VERSION);
        }
        int formatVersion = version.asInt();
        for (Map.Entry<String, Integer> since : SECTION_SINCE.entrySet()) {
            if (doc.has(since.getKey()) && formatVersion < since.getValue()) {
                throw ServiceException.invalid("section-newer-than-format", since.getKey(), since.getKey(),
                        since.getValue(), formatVersion);
            }
        }
        Fields top = new Fields(doc, "");
        top.instant("exportedAt", false);
        JsonNode source = doc.get("source");
        if (source != null && !source.isNull()) {
            Fields f = new Fields(object(source, "source"), "source");
            f.only("spaceKey");
            f.text("spaceKey", false, MAX_TEXT);
        }

        Map<String, String> usernames = new LinkedHashMap<>();
        eachOf(doc, "users", (f, i) -> {
            f.only("key", "username");
            String key = f.text("key", true, MAX_TEXT);
            if (usernames.containsKey(key)) {
                throw ServiceException.invalid("duplicate", f.path("key"), key);
            }
            usernames.put(key, f.text("username", false, MAX_TEXT));
        });

        Optional<SpaceSettings> settings = Optional.empty();
        JsonNode settingsNode = doc.get("settings");
        if (settingsNode != null && !settingsNode.isNull()) {
            Fields f = new Fields(object(settingsNode, "settings"), "settings");
            f.only("visibility", "groups", "minGroupSize", "defaultLanguage");
            ResultsVisibility visibility = f.oneOf("visibility", ResultsVisibility.class);
            List<String> groups = new ArrayList<>();
            JsonNode groupsNode = f.node.get("groups");
            if (groupsNode != null && !groupsNode.isNull()) {
                if (!groupsNode.isArray()) {
                    throw ServiceException.invalid("not-array", "settings.groups");
                }
                for (int i = 0; i < groupsNode.size(); i++) {
                    JsonNode g = groupsNode.get(i);
                    if (!g.isTextual() || g.asText().isBlank() || g.asText().length() > SettingsService.MAX_GROUP_NAME) {
                        throw ServiceException.invalid("not-text", "settings.groups[" + i + "]");
                    }
                    groups.add(g.asText());
                }
            }
            int min = (int) f.number("minGroupSize", 1, RoundService.MAX_MIN_GROUP_SIZE);
            String language = f.text("defaultLanguage", true, 2);
            if (!Language.isSupported(language)) {
                throw ServiceException.invalid("unknown-language", "settings.defaultLanguage", language);
            }
            settings = Optional.of(new SpaceSettings("", visibility, groups, min, Language.fromCode(language)));
        }

        QuestionSetReader reader = new QuestionSetReader();
        Map<Long, StoredQuestionSet> sets = new LinkedHashMap<>();
        Set<String> setVersions = new HashSet<>();
        eachOf(doc, "questionSets", (f, i) -> {
            f.only("id", "key", "version", "publishedAt", "publishedBy", "definition");
            long id = f.id("id");
            if (sets.containsKey(id)) {
                throw ServiceException.invalid("duplicate", f.path("id"), id);
            }
            String key = f.text("key", true, 40);
            int number = (int) f.number("version", 1, Integer.MAX_VALUE);
            Instant publishedAt = f.instant("publishedAt", true);
            String publishedBy = f.text("publishedBy", false, MAX_TEXT);
            String definition = f.text("definition", true, QuestionSetReader.MAX_DEFINITION_CHARS);
            QuestionSet set;
            try {
                set = reader.read(definition);
            } catch (InvalidDefinitionException e) {
                List<DefinitionProblem> inside = new ArrayList<>();
                for (DefinitionProblem p : e.problems()) {
                    inside.add(new DefinitionProblem(f.path("definition") + p.path().substring(1), p.code(),
                            p.arguments(), p.reason()));
                }
                throw new DefinitionProblemsException(inside);
            }
            if (!set.key().equals(key) || set.version() != number) {
                throw ServiceException.invalid("definition-mismatch", f.path("definition"), key, number);
            }
            if (!setVersions.add(key + "|" + number)) {
                throw ServiceException.invalid("duplicate", f.path("version"), key + " v" + number);
            }
            sets.put(id, new StoredQuestionSet(id, "", set, definition, publishedAt, publishedBy));
        });
        Set<String> setKeys = new HashSet<>();
        sets.values().forEach(s -> setKeys.add(s.key()));

        Map<Long, Department> departments = new LinkedHashMap<>();
        Set<String> departmentKeys = new HashSet<>();
        eachOf(doc, "departments", (f, i) -> {
            f.only("id", "key", "name", "setKey", "archived", "headcount", "cadenceMonths", "respondentGroup");
            long id = f.id("id");
            if (departments.containsKey(id)) {
                throw ServiceException.invalid("duplicate", f.path("id"), id);
            }
            String key = f.text("key", true, 64);
            if (!KEY.matcher(key).matches()) {
                throw ServiceException.invalid("not-key", f.path("key"), key);
            }
            if (!departmentKeys.add(key)) {
                throw ServiceException.invalid("duplicate", f.path("key"), key);
            }
            String name = f.text("name", true, RoundService.MAX_NAME);
            String setKey = f.text("setKey", true, 40);
            if (!setKeys.contains(setKey)) {
                throw ServiceException.invalid("set-not-in-document", f.path("setKey"), setKey);
            }
            boolean archived = f.bool("archived");
            int headcount = (int) f.number("headcount", 0, RoundService.MAX_HEADCOUNT);
            int cadence = (int) f.number("cadenceMonths", 0, 12);
            if (!Department.isCadence(cadence)) {
                throw ServiceException.invalid("not-one-of", f.path("cadenceMonths"), "0, 6, 12");
            }
            String group = f.text("respondentGroup", false, MAX_TEXT);
            departments.put(id, new Department(id, "", key, name, setKey, archived, headcount, cadence,
                    group == null || group.isBlank() ? null : group));
        });

        Map<Long, Round> rounds = new LinkedHashMap<>();
        eachOf(doc, "rounds", (f, i) -> {
            f.only("id", "department", "setVersion", "name", "status", "opensOn", "closesOn", "anonymous",
                    "minGroupSize", "createdAt", "reminders", "formPageUrl");
            long id = f.id("id");
            if (rounds.containsKey(id)) {
                throw ServiceException.invalid("duplicate", f.path("id"), id);
            }
            long department = f.id("department");
            if (!departments.containsKey(department)) {
                throw ServiceException.invalid("department-not-in-document", f.path("department"), department);
            }
            long setVersion = f.id("setVersion");
            StoredQuestionSet set = sets.get(setVersion);
            if (set == null) {
                throw ServiceException.invalid("set-version-not-in-document", f.path("setVersion"), setVersion);
            }
            String name = f.text("name", true, RoundService.MAX_NAME);
            RoundStatus status = f.oneOf("status", RoundStatus.class);
            LocalDate opensOn = f.date("opensOn");
            LocalDate closesOn = f.date("closesOn");
            if (opensOn != null && closesOn != null && closesOn.isBefore(opensOn)) {
                throw ServiceException.invalid("dates-out-of-order", f.path("closesOn"));
            }
            boolean anonymous = f.bool("anonymous");
            int min = (int) f.number("minGroupSize", 1, RoundService.MAX_MIN_GROUP_SIZE);
            Instant createdAt = f.instant("createdAt", true);
            ReminderPlan plan = ReminderPlan.NONE;
            if (f.has("reminders")) {
                Fields p = new Fields(object(f.node.get("reminders"), f.path("reminders")), f.path("reminders"));
                p.only("enabled", "everyDays", "daysBeforeClose");
                plan = new ReminderPlan(p.bool("enabled"), (int) p.number("everyDays", 0, ReminderPlan.MAX_DAYS),
                        (int) p.number("daysBeforeClose", 0, ReminderPlan.MAX_DAYS));
            }
            String formPage = f.text("formPageUrl", false, 255);
            if (formPage != null && !RoundService.isFormPageUrl(formPage)) {
                throw ServiceException.invalid("not-a-page-url", f.path("formPageUrl"));
            }
            rounds.put(id, new Round(id, "", department, set.key(), setVersion, name, status, opensOn, closesOn,
                    anonymous, min, createdAt, plan, formPage));
        });

        List<Response> responses = new ArrayList<>();
        Set<String> revisions = new HashSet<>();
        eachOf(doc, "responses", (f, i) -> {
            f.only("round", "respondent", "revision", "submittedAt", "answers");
            long roundId = f.id("round");
            Round round = rounds.get(roundId);
            if (round == null) {
                throw ServiceException.invalid("round-not-in-document", f.path("round"), roundId);
            }
            String respondent = f.text("respondent", false, MAX_TEXT);
            int revision = (int) f.number("revision", 1, Integer.MAX_VALUE);
            if (round.anonymous() && (respondent != null || revision != 1)) {
                throw ServiceException.invalid("anonymous-with-respondent", f.path("respondent"));
            }
            if (!round.anonymous() && respondent == null) {
                throw ServiceException.invalid("required", f.path("respondent"));
            }
            if (respondent != null && !revisions.add(roundId + "|" + respondent + "|" + revision)) {
                throw ServiceException.invalid("duplicate", f.path("revision"), revision);
            }
            Instant submittedAt = f.instant("submittedAt", true);
            List<Answer> answers = answers(f);
            QuestionSet set = sets.get(round.setVersionId()).set();
            AnswerSheetPolicy.check(set, answers, false).ifPresent(v -> {
                throw ServiceException.invalid(v.code(), f.path(v.field()), v.arguments().toArray());
            });
            // New ids: the originals may still be stored in this instance (an import into another space).
            responses.add(new Response(UUID.randomUUID().toString(), "", roundId, round.setVersionId(), respondent,
                    revision, submittedAt, answers));
        });

        List<Participant> participants = new ArrayList<>();
        Set<String> participations = new HashSet<>();
        eachOf(doc, "participants", (f, i) -> {
            f.only("round", "user", "at");
            long roundId = f.id("round");
            if (!rounds.containsKey(roundId)) {
                throw ServiceException.invalid("round-not-in-document", f.path("round"), roundId);
            }
            String user = f.text("user", true, MAX_TEXT);
            if (!participations.add(roundId + "|" + user)) {
                throw ServiceException.invalid("duplicate", f.path("user"), user);
            }
            participants.add(new Participant(roundId, user, f.instant("at", true)));
        });

        List<BlockOwner> owners = new ArrayList<>();
        Set<String> ownerKeys = new HashSet<>();
        eachOf(doc, "blockOwners", (f, i) -> {
            f.only("setKey", "blockKey", "user");
            String setKey = f.text("setKey", true, 40);
            if (!setKeys.contains(setKey)) {
                throw ServiceException.invalid("set-not-in-document", f.path("setKey"), setKey);
            }
            String blockKey = f.text("blockKey", true, 40);
            String user = f.text("user", true, MAX_TEXT);
            if (!ownerKeys.add(setKey + "|" + blockKey + "|" + user)) {
                throw ServiceException.invalid("duplicate", f.path("user"), user);
            }
            owners.add(new BlockOwner(0, "", setKey, blockKey, user));
        });

        List<Initiative> initiatives = new ArrayList<>();
        JsonNode initiativesNode = doc.get("initiatives");
        if (initiativesNode != null && initiativesNode.isArray()
                && initiativesNode.size() > InitiativeRules.MAX_PER_SPACE) {
            throw ServiceException.invalid("too-many", "initiatives", InitiativeRules.MAX_PER_SPACE);
        }
        eachOf(doc, "initiatives", (f, i) -> {
            f.only("setKey", "blockKey", "department", "title", "description", "horizon", "owner", "status",
                    "targetStage", "dueOn", "progress", "link", "source", "sourceRef", "version", "createdAt",
                    "createdBy", "updatedAt", "doneAt");
            String setKey = f.text("setKey", true, 40);
            if (!setKeys.contains(setKey)) {
                throw ServiceException.invalid("set-not-in-document", f.path("setKey"), setKey);
            }
            // The block is not checked against the set: a later version of the set may have dropped it, and the
            // roadmap shows such initiatives apart instead of losing them.
            String blockKey = f.text("blockKey", true, 64);
            String departmentKey = null;
            if (f.has("department")) {
                long department = f.id("department");
                Department d = departments.get(department);
                if (d == null) {
                    throw ServiceException.invalid("department-not-in-document", f.path("department"), department);
                }
                departmentKey = d.key();
            }
            String title = f.text("title", true, InitiativeRules.MAX_TITLE);
            String description = blankToNull(f.text("description", false, InitiativeRules.MAX_DESCRIPTION));
            int months = (int) f.number("horizon", Integer.MIN_VALUE, Integer.MAX_VALUE);
            Horizon horizon = Horizon.ofMonths(months)
                    .orElseThrow(() -> ServiceException.invalid("not-one-of", f.path("horizon"), "6, 12, 24"));
            String owner = blankToNull(f.text("owner", false, MAX_TEXT));
            InitiativeStatus status = f.oneOf("status", InitiativeStatus.class);
            Integer targetStage = f.has("targetStage") ? (int) f.number("targetStage", 1, Integer.MAX_VALUE) : null;
            LocalDate dueOn = f.date("dueOn");
            int progress = (int) f.number("progress", 0, 100);
            String link = blankToNull(f.text("link", false, InitiativeRules.MAX_LINK));
            if (link != null && !InitiativeRules.isLink(link)) {
                throw ServiceException.invalid("invalid-link", f.path("link"));
            }
            InitiativeSource origin = f.oneOf("source", InitiativeSource.class);
            String sourceRef = blankToNull(f.text("sourceRef", false, MAX_TEXT));
            int initiativeVersion = (int) f.number("version", 1, Integer.MAX_VALUE);
            Instant createdAt = f.instant("createdAt", true);
            String createdBy = blankToNull(f.text("createdBy", false, MAX_TEXT));
            Instant updatedAt = f.instant("updatedAt", true);
            Instant doneAt = f.instant("doneAt", false);
            initiatives.add(new Initiative(0, "", setKey, blockKey, departmentKey, title, description, horizon, owner,
                    status, targetStage, dueOn, progress, link, origin, sourceRef, initiativeVersion, createdAt,
                    createdBy, updatedAt, doneAt));
        });

        List<AuditEntry> audit = new ArrayList<>();
        eachOf(doc, "audit", (f, i) -> {
            f.only("at", "actor", "action", "subject", "detail");
            audit.add(new AuditEntry(0, "", f.instant("at", true), f.text("actor", true, MAX_TEXT),
                    f.text("action", true, MAX_TEXT), f.text("subject", false, AuditEntry.MAX_SUBJECT),
                    f.text("detail", false, AuditEntry.MAX_DETAIL)));
        });

        return new Read(new SpaceArchive(settings, new ArrayList<>(sets.values()), new ArrayList<>(departments.values()),
                new ArrayList<>(rounds.values()), responses, participants, owners, initiatives, audit), usernames);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static List<Answer> answers(Fields f) {
        JsonNode array = f.node.get("answers");
        if (array == null || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw ServiceException.invalid("not-array", f.path("answers"));
        }
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            Fields a = new Fields(object(array.get(i), f.path("answers[" + i + "]")), f.path("answers[" + i + "]"));
            a.only("question", "value", "na", "comment");
            answers.add(new Answer(a.text("question", true, 64), a.text("value", false, 64), a.bool("na"),
                    a.text("comment", false, AnswerSheetPolicy.MAX_COMMENT)));
        }
        return answers;
    }

    private interface Item {
        void read(Fields fields, int index);
    }

    private static void eachOf(JsonNode doc, String section, Item item) {
        JsonNode array = doc.get(section);
        if (array == null || array.isNull()) {
            return;
        }
        if (!array.isArray()) {
            throw ServiceException.invalid("not-array", section);
        }
        for (int i = 0; i < array.size(); i++) {
            String path = section + "[" + i + "]";
            item.read(new Fields(object(array.get(i), path), path), i);
        }
    }

    private static JsonNode object(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw ServiceException.invalid("not-object", path);
        }
        return node;
    }

    /** Strict reading of one object's fields; every refusal names the field by its path in the document. */
    private static final class Fields {
        private final JsonNode node;
        private final String at;

        Fields(JsonNode node, String at) {
            this.node = node;
            this.at = at;
        }

        String path(String field) {
            return at.isEmpty() ? field : at + "." + field;
        }

        /** Whether the field is given and not null. */
        boolean has(String field) {
            JsonNode value = node.get(field);
            return value != null && !value.isNull();
        }

        void only(String... known) {
            Set<String> allowed = Set.of(known);
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!allowed.contains(name)) {
                    throw ServiceException.invalid("unknown-property", path(name), name);
                }
            }
        }

        String text(String field, boolean required, int max) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                if (required) {
                    throw ServiceException.invalid("required", path(field));
                }
                return null;
            }
            if (!value.isTextual()) {
                throw ServiceException.invalid("not-text", path(field));
            }
            String text = value.asText();
            if (required && text.isBlank()) {
                throw ServiceException.invalid("required", path(field));
            }
            if (text.codePointCount(0, text.length()) > max) {
                throw ServiceException.invalid("too-long", path(field), max);
            }
            return text;
        }

        long id(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                throw ServiceException.invalid("required", path(field));
            }
            if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() <= 0) {
                throw ServiceException.invalid("not-id", path(field));
            }
            return value.asLong();
        }

        long number(String field, long min, long max) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                throw ServiceException.invalid("required", path(field));
            }
            if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                throw ServiceException.invalid("not-integer", path(field));
            }
            long v = value.asLong();
            if (v < min || v > max) {
                throw ServiceException.invalid("out-of-range", path(field), min, max);
            }
            return v;
        }

        boolean bool(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return false;
            }
            if (!value.isBoolean()) {
                throw ServiceException.invalid("not-boolean", path(field));
            }
            return value.asBoolean();
        }

        Instant instant(String field, boolean required) {
            String text = text(field, required, 40);
            if (text == null) {
                return null;
            }
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw ServiceException.invalid("not-instant", path(field));
            }
        }

        LocalDate date(String field) {
            String text = text(field, false, 10);
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw ServiceException.invalid("not-date", path(field));
            }
        }

        <E extends Enum<E>> E oneOf(String field, Class<E> type) {
            String text = text(field, true, 40);
            for (E value : type.getEnumConstants()) {
                if (value.name().equals(text)) {
                    return value;
                }
            }
            List<String> names = new ArrayList<>();
            for (E value : type.getEnumConstants()) {
                names.add(value.name());
            }
            throw ServiceException.invalid("not-one-of", path(field), String.join(", ", names));
        }
    }
}

package io.cxmaturity.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.cxmaturity.catalog.QuestionSetReader;
import io.cxmaturity.domain.Answer;
import io.cxmaturity.domain.AuditEntry;
import io.cxmaturity.domain.BlockOwner;
import io.cxmaturity.domain.Department;
import io.cxmaturity.domain.Initiative;
import io.cxmaturity.domain.Participant;
import io.cxmaturity.domain.Response;
import io.cxmaturity.domain.Round;
import io.cxmaturity.domain.SpaceArchive;
import io.cxmaturity.domain.SpaceSettings;
import io.cxmaturity.domain.StoredQuestionSet;
import io.cxmaturity.port.ConflictException;
import io.cxmaturity.port.SpaceDataRepository;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A space's data in bulk over Active Objects. The import writes every table inside one
 * {@link ActiveObjects#executeInTransaction} call: a failed row (a unique key, a constraint) rolls all of it back.
 * <p>
 * Initiatives keep their version; no {@link AoInitiativeRevision} claim is written for them. A claim is a lock on
 * one row id (and the ids are new), not data: like a newly created initiative, an imported one has none until its
 * first change claims version + 1, so a change at the imported version wins and an older one is refused.
 */
public class AoSpaceDataRepository implements SpaceDataRepository {
    /** Who "published" a built-in set the product installed on first use (QuestionSetService.SYSTEM). */
    static final String SYSTEM = "system";

    private final ActiveObjects ao;
    private final QuestionSetReader reader = new QuestionSetReader();

    public AoSpaceDataRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<StoredQuestionSet> setVersions(String spaceKey) {
        List<StoredQuestionSet> list = new ArrayList<>();
        for (AoSetVersion row : ao.find(AoSetVersion.class, Query.select()
                .where(AoSetVersion.SPACE_KEY + " = ?", spaceKey).order("ID ASC"))) {
            String definition = row.getDefinition();
            list.add(new StoredQuestionSet(row.getID(), row.getSpaceKey(), reader.read(definition), definition,
                    Instant.ofEpochMilli(row.getPublishedAt()), row.getPublishedBy()));
        }
        return list;
    }

    @Override
    public List<Response> responses(long roundId, boolean latestOnly) {
        Query query = latestOnly
                ? Query.select().where(AoResponse.ROUND_ID + " = ? AND " + AoResponse.LATEST + " = ?", (int) roundId, true)
                : Query.select().where(AoResponse.ROUND_ID + " = ?", (int) roundId);
        AoResponse[] rows = ao.find(AoResponse.class, query.order(AoResponse.SUBMITTED_AT + " ASC, "
                + AoResponse.REVISION + " ASC, " + AoResponse.ID + " ASC"));
        Map<String, List<Answer>> answers = new HashMap<>();
        for (AoResponse row : rows) {
            answers.put(row.getId(), new ArrayList<>());
        }
        // One query for the round's answers (comments included) instead of one per response.
        ao.stream(AoAnswer.class, Query.select(AoAnswer.ID + ", " + AoAnswer.RESPONSE_ID + ", " + AoAnswer.QUESTION_KEY
                        + ", " + AoAnswer.VALUE + ", " + AoAnswer.NOT_APPLICABLE + ", " + AoAnswer.COMMENT)
                        .where(AoAnswer.ROUND_ID + " = ?", (int) roundId),
                a -> {
                    List<Answer> sheet = answers.get(a.getResponseId());
                    if (sheet != null) {
                        sheet.add(new Answer(a.getQuestionKey(), a.getAnswerValue(), a.isNotApplicable(),
                                a.getAnswerComment()));
                    }
                });
        List<Response> list = new ArrayList<>();
        for (AoResponse row : rows) {
            list.add(new Response(row.getId(), row.getSpaceKey(), row.getRoundId(), row.getSetVersionId(),
                    row.getUserKey(), row.getRevision(), Instant.ofEpochMilli(row.getSubmittedAt()),
                    answers.get(row.getId())));
        }
        return list;
    }

    @Override
    public List<Participant> participants(long roundId) {
        List<Participant> list = new ArrayList<>();
        for (AoParticipant row : ao.find(AoParticipant.class, Query.select()
                .where(AoParticipant.ROUND_ID + " = ?", (int) roundId).order(AoParticipant.SUBMITTED_AT + " ASC, ID ASC"))) {
            list.add(new Participant(row.getRoundId(), row.getUserKey(), Instant.ofEpochMilli(row.getSubmittedAt())));
        }
        return list;
    }

    @Override
    public List<AuditEntry> auditTrail(String spaceKey) {
        List<AuditEntry> list = new ArrayList<>();
        for (AoAuditEntry row : ao.find(AoAuditEntry.class, Query.select()
                .where(AoAuditEntry.SPACE_KEY + " = ?", spaceKey).order("ID ASC"))) {
            list.add(new AuditEntry(row.getID(), row.getSpaceKey(), Instant.ofEpochMilli(row.getAt()),
                    row.getActorKey(), row.getAction(), row.getSubject(), row.getDetail()));
        }
        return list;
    }

    @Override
    public boolean hasData(String spaceKey) {
        return ao.count(AoDepartment.class, AoDepartment.SPACE_KEY + " = ?", spaceKey) > 0
                || ao.count(AoResponse.class, AoResponse.SPACE_KEY + " = ?", spaceKey) > 0
                || ao.count(AoInitiative.class, AoInitiative.SPACE_KEY + " = ?", spaceKey) > 0
                || ao.count(AoBlockOwner.class, AoBlockOwner.SPACE_KEY + " = ?", spaceKey) > 0
                || ao.count(AoSetVersion.class, Query.select().where(AoSetVersion.SPACE_KEY + " = ? AND ("
                + AoSetVersion.PUBLISHED_BY + " IS NULL OR " + AoSetVersion.PUBLISHED_BY + " <> ?)", spaceKey, SYSTEM)) > 0;
    }

    @Override
    public void store(String spaceKey, SpaceArchive archive) {
        try {
            ao.executeInTransaction(() -> {
                // Checked again inside the transaction: another import may have run since the caller asked.
                if (hasData(spaceKey)) {
                    throw new ConflictException("space " + spaceKey + " has data");
                }
                write(spaceKey, archive);
                return null;
            });
        } catch (RuntimeException e) {
            if (Constraints.isViolation(e)) {
                throw new ConflictException("a row of the import is already stored", e);
            }
            throw e;
        }
    }

    private void write(String spaceKey, SpaceArchive archive) {
        archive.settings().ifPresent(s -> writeSettings(spaceKey, s));

        Set<String> archivedSets = archive.setVersions().stream().map(StoredQuestionSet::key).collect(Collectors.toSet());
        for (AoSetVersion installed : ao.find(AoSetVersion.class, Query.select()
                .where(AoSetVersion.SPACE_KEY + " = ? AND " + AoSetVersion.PUBLISHED_BY + " = ?", spaceKey, SYSTEM))) {
            if (archivedSets.contains(installed.getSetKey())) {
                ao.delete(installed);
            }
        }
        Map<Long, Integer> setIds = new HashMap<>();
        for (StoredQuestionSet s : archive.setVersions()) {
            AoSetVersion row = ao.create(AoSetVersion.class,
                    new DBParam(AoSetVersion.SPACE_KEY, spaceKey),
                    new DBParam(AoSetVersion.SET_KEY, s.key()),
                    new DBParam(AoSetVersion.VERSION, s.version()),
                    new DBParam(AoSetVersion.VERSION_KEY, spaceKey + "|" + s.key() + "|" + s.version()),
                    new DBParam(AoSetVersion.DEFINITION, s.definition()),
                    new DBParam(AoSetVersion.PUBLISHED_AT, s.publishedAt().toEpochMilli()),
                    new DBParam(AoSetVersion.PUBLISHED_BY, s.publishedBy()));
            setIds.put(s.id(), row.getID());
        }

        Map<Long, Integer> departmentIds = new HashMap<>();
        for (Department d : archive.departments()) {
            AoDepartment row = ao.create(AoDepartment.class,
                    new DBParam(AoDepartment.SPACE_KEY, spaceKey),
                    new DBParam(AoDepartment.DEPT_KEY, d.key()),
                    new DBParam(AoDepartment.NAME, d.name()),
                    new DBParam(AoDepartment.SET_KEY, d.setKey()),
                    new DBParam(AoDepartment.ARCHIVED, d.archived()),
                    new DBParam(AoDepartment.HEADCOUNT, d.headcount()),
                    new DBParam(AoDepartment.CADENCE_MONTHS, d.cadenceMonths()),
                    new DBParam(AoDepartment.RESPONDENT_GROUP, d.respondentGroup()));
            departmentIds.put(d.id(), row.getID());
        }

        Map<Long, Integer> roundIds = new HashMap<>();
        for (Round r : archive.rounds()) {
            AoRound row = ao.create(AoRound.class,
                    new DBParam(AoRound.SPACE_KEY, spaceKey),
                    new DBParam(AoRound.DEPARTMENT_ID, mapped(departmentIds, r.departmentId(), "department")),
                    new DBParam(AoRound.SET_KEY, r.setKey()),
                    new DBParam(AoRound.SET_VERSION_ID, mapped(setIds, r.setVersionId(), "set version")),
                    new DBParam(AoRound.NAME, r.name()),
                    new DBParam(AoRound.STATUS, r.status().name()),
                    new DBParam(AoRound.OPENS_ON, r.opensOn() == null ? null : r.opensOn().toString()),
                    new DBParam(AoRound.CLOSES_ON, r.closesOn() == null ? null : r.closesOn().toString()),
                    new DBParam(AoRound.ANONYMOUS, r.anonymous()),
                    new DBParam(AoRound.MIN_GROUP_SIZE, r.minGroupSize()),
                    new DBParam(AoRound.CREATED_AT, r.createdAt().toEpochMilli()),
                    new DBParam(AoRound.REMIND, r.reminders().enabled()),
                    new DBParam(AoRound.REMIND_EVERY_DAYS, r.reminders().everyDays()),
                    new DBParam(AoRound.REMIND_BEFORE_CLOSE, r.reminders().daysBeforeClose()),
                    new DBParam(AoRound.FORM_PAGE_URL, r.formPageUrl()));
            roundIds.put(r.id(), row.getID());
        }

        // The latest revision of each named respondent's response is the one results count.
        Map<String, Integer> latestRevision = new HashMap<>();
        for (Response r : archive.responses()) {
            if (r.respondent() != null) {
                latestRevision.merge(r.roundId() + "|" + r.respondent(), r.revision(), Math::max);
            }
        }
        List<Map<String, Object>> responseRows = new ArrayList<>();
        List<Map<String, Object>> answerRows = new ArrayList<>();
        for (Response r : archive.responses()) {
            int round = mapped(roundIds, r.roundId(), "round");
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(AoResponse.ID, r.id());
            row.put(AoResponse.SPACE_KEY, spaceKey);
            row.put(AoResponse.ROUND_ID, round);
            row.put(AoResponse.SET_VERSION_ID, mapped(setIds, r.setVersionId(), "set version"));
            row.put(AoResponse.USER_KEY, r.respondent());
            row.put(AoResponse.REVISION, r.revision());
            row.put(AoResponse.REVISION_KEY, r.respondent() == null ? "anon|" + r.id()
                    : round + "|" + r.respondent() + "|" + r.revision());
            row.put(AoResponse.LATEST, r.respondent() == null
                    || latestRevision.get(r.roundId() + "|" + r.respondent()) == r.revision());
            row.put(AoResponse.SUBMITTED_AT, r.submittedAt().toEpochMilli());
            responseRows.add(row);
            for (Answer a : r.answers()) {
                Map<String, Object> answer = new HashMap<>();
                answer.put(AoAnswer.ID, r.id() + "|" + a.questionKey());
                answer.put(AoAnswer.RESPONSE_ID, r.id());
                answer.put(AoAnswer.ROUND_ID, round);
                answer.put(AoAnswer.QUESTION_KEY, a.questionKey());
                answer.put(AoAnswer.VALUE, a.notApplicable() ? null : a.value());
                answer.put(AoAnswer.NOT_APPLICABLE, a.notApplicable());
                answer.put(AoAnswer.COMMENT, a.comment());
                answerRows.add(answer);
            }
        }
        if (!responseRows.isEmpty()) {
            ao.create(AoResponse.class, responseRows);
        }
        if (!answerRows.isEmpty()) {
            ao.create(AoAnswer.class, answerRows);
        }

        List<Map<String, Object>> participantRows = new ArrayList<>();
        for (Participant p : archive.participants()) {
            int round = mapped(roundIds, p.roundId(), "round");
            Map<String, Object> row = new HashMap<>();
            row.put(AoParticipant.ROUND_ID, round);
            row.put(AoParticipant.USER_KEY, p.userKey());
            row.put(AoParticipant.PARTICIPANT_KEY, round + "|" + p.userKey());
            row.put(AoParticipant.SUBMITTED_AT, p.at().toEpochMilli());
            participantRows.add(row);
        }
        if (!participantRows.isEmpty()) {
            ao.create(AoParticipant.class, participantRows);
        }

        for (AuditEntry e : archive.audit()) {
            ao.create(AoAuditEntry.class,
                    new DBParam(AoAuditEntry.SPACE_KEY, spaceKey),
                    new DBParam(AoAuditEntry.AT, e.at().toEpochMilli()),
                    new DBParam(AoAuditEntry.ACTOR_KEY, e.actorKey()),
                    new DBParam(AoAuditEntry.ACTION, e.action()),
                    new DBParam(AoAuditEntry.SUBJECT, e.subject()),
                    new DBParam(AoAuditEntry.DETAIL, e.detail()));
        }

        // One owner per person and block, which the unique key enforces.
        for (BlockOwner o : archive.owners()) {
            ao.create(AoBlockOwner.class,
                    new DBParam(AoBlockOwner.SPACE_KEY, spaceKey),
                    new DBParam(AoBlockOwner.SET_KEY, o.setKey()),
                    new DBParam(AoBlockOwner.BLOCK_KEY, o.blockKey()),
                    new DBParam(AoBlockOwner.USER_KEY, o.userKey()),
                    new DBParam(AoBlockOwner.OWNER_KEY, spaceKey + "|" + o.setKey() + "|" + o.blockKey() + "|"
                            + o.userKey()));
        }

        // The roadmap last, one row at a time in the archive's order (the roadmap lists by id). Departments keep
        // their keys on import, so an initiative's department needs no mapping, only a check.
        Set<String> departmentKeys = archive.departments().stream().map(Department::key).collect(Collectors.toSet());
        for (Initiative i : archive.initiatives()) {
            if (i.departmentKey() != null && !departmentKeys.contains(i.departmentKey())) {
                throw new IllegalArgumentException("the archive names department " + i.departmentKey()
                        + ", which it does not hold");
            }
            ao.create(AoInitiative.class,
                    new DBParam(AoInitiative.SPACE_KEY, spaceKey),
                    new DBParam(AoInitiative.SET_KEY, i.setKey()),
                    new DBParam(AoInitiative.BLOCK_KEY, i.blockKey()),
                    new DBParam(AoInitiative.DEPT_KEY, i.departmentKey()),
                    new DBParam(AoInitiative.TITLE, i.title()),
                    new DBParam(AoInitiative.DESCRIPTION, i.description()),
                    new DBParam(AoInitiative.HORIZON_MONTHS, i.horizon().months()),
                    new DBParam(AoInitiative.OWNER_KEY, i.ownerKey()),
                    new DBParam(AoInitiative.STATUS, i.status().name()),
                    new DBParam(AoInitiative.TARGET_STAGE, i.targetStage()),
                    new DBParam(AoInitiative.DUE_ON, i.dueOn() == null ? null : i.dueOn().toString()),
                    new DBParam(AoInitiative.PROGRESS, i.progress()),
                    new DBParam(AoInitiative.LINK, i.link()),
                    new DBParam(AoInitiative.SOURCE, i.source().name()),
                    new DBParam(AoInitiative.SOURCE_REF, i.sourceRef()),
                    new DBParam(AoInitiative.VERSION, i.version()),
                    new DBParam(AoInitiative.CREATED_AT, i.createdAt().toEpochMilli()),
                    new DBParam(AoInitiative.CREATED_BY, i.createdBy()),
                    new DBParam(AoInitiative.UPDATED_AT, i.updatedAt().toEpochMilli()),
                    new DBParam(AoInitiative.DONE_AT, i.doneAt() == null ? null : i.doneAt().toEpochMilli()));
        }
    }

    private void writeSettings(String spaceKey, SpaceSettings s) {
        String groups = String.join("\n", s.groups());
        AoSpaceSettings[] rows = ao.find(AoSpaceSettings.class, AoSpaceSettings.SPACE_KEY + " = ?", spaceKey);
        if (rows.length == 0) {
            ao.create(AoSpaceSettings.class,
                    new DBParam(AoSpaceSettings.SPACE_KEY, spaceKey),
                    new DBParam(AoSpaceSettings.VISIBILITY, s.visibility().name()),
                    new DBParam(AoSpaceSettings.RESULT_GROUPS, groups),
                    new DBParam(AoSpaceSettings.MIN_GROUP_SIZE, s.minGroupSize()),
                    new DBParam(AoSpaceSettings.DEFAULT_LANGUAGE, s.defaultLanguage().code()));
        } else {
            AoSpaceSettings row = rows[0];
            row.setVisibility(s.visibility().name());
            row.setResultGroups(groups);
            row.setMinGroupSize(s.minGroupSize());
            row.setDefaultLanguage(s.defaultLanguage().code());
            row.save();
        }
    }

    private static int mapped(Map<Long, Integer> ids, long id, String what) {
        Integer mapped = ids.get(id);
        if (mapped == null) {
            throw new IllegalArgumentException("the archive names " + what + " " + id + ", which it does not hold");
        }
        return mapped;
    }
}

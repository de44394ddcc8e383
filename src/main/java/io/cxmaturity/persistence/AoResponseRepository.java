package io.cxmaturity.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.cxmaturity.domain.Answer;
import io.cxmaturity.domain.Response;
import io.cxmaturity.domain.RoundStatus;
import io.cxmaturity.port.ConflictException;
import io.cxmaturity.port.ResponseRepository;
import io.cxmaturity.port.RoundChangedException;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Responses, their answers and participations in Active Objects. */
public class AoResponseRepository implements ResponseRepository {
    private final ActiveObjects ao;

    public AoResponseRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Response submit(Response response, String participantKey) {
        return conflictAware(() -> ao.executeInTransaction(() -> {
            requireUnchanged(response);
            ao.create(AoParticipant.class,
                    new DBParam(AoParticipant.ROUND_ID, (int) response.roundId()),
                    new DBParam(AoParticipant.USER_KEY, participantKey),
                    new DBParam(AoParticipant.PARTICIPANT_KEY, response.roundId() + "|" + participantKey),
                    new DBParam(AoParticipant.SUBMITTED_AT, Instant.now().toEpochMilli()));
            insert(response);
            ao.deleteWithSQL(AoDraft.class, AoDraft.DRAFT_KEY + " = ?", AoDraftRepository.draftKey(response.roundId(),
                    participantKey));
            return response;
        }));
    }

    @Override
    public Response revise(Response revision) {
        if (revision.respondent() == null) {
            throw new IllegalArgumentException("anonymous responses cannot be revised");
        }
        return conflictAware(() -> ao.executeInTransaction(() -> {
            requireUnchanged(revision);
            insert(revision);
            for (AoResponse older : ao.find(AoResponse.class, Query.select().where(AoResponse.ROUND_ID + " = ? AND "
                    + AoResponse.USER_KEY + " = ? AND " + AoResponse.LATEST + " = ? AND " + AoResponse.ID + " <> ?",
                    (int) revision.roundId(), revision.respondent(), true, revision.id()))) {
                older.setLatest(false);
                older.save();
            }
            return revision;
        }));
    }

    private void insert(Response response) {
        String revisionKey = response.respondent() == null ? "anon|" + response.id()
                : response.roundId() + "|" + response.respondent() + "|" + response.revision();
        ao.create(AoResponse.class,
                new DBParam(AoResponse.ID, response.id()),
                new DBParam(AoResponse.SPACE_KEY, response.spaceKey()),
                new DBParam(AoResponse.ROUND_ID, (int) response.roundId()),
                new DBParam(AoResponse.SET_VERSION_ID, (int) response.setVersionId()),
                new DBParam(AoResponse.USER_KEY, response.respondent()),
                new DBParam(AoResponse.REVISION, response.revision()),
                new DBParam(AoResponse.REVISION_KEY, revisionKey),
                new DBParam(AoResponse.LATEST, true),
                new DBParam(AoResponse.SUBMITTED_AT, response.submittedAt().toEpochMilli()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Answer answer : response.answers()) {
            Map<String, Object> row = new HashMap<>();
            row.put(AoAnswer.ID, response.id() + "|" + answer.questionKey());
            row.put(AoAnswer.RESPONSE_ID, response.id());
            row.put(AoAnswer.ROUND_ID, (int) response.roundId());
            row.put(AoAnswer.QUESTION_KEY, answer.questionKey());
            row.put(AoAnswer.VALUE, answer.notApplicable() ? null : answer.value());
            row.put(AoAnswer.NOT_APPLICABLE, answer.notApplicable());
            row.put(AoAnswer.COMMENT, answer.comment());
            rows.add(row);
        }
        if (!rows.isEmpty()) {
            ao.create(AoAnswer.class, rows);
        }
    }

    @Override
    public Optional<Response> find(String spaceKey, String id) {
        if (id == null || id.isBlank() || id.length() > 64) {
            return Optional.empty();
        }
        AoResponse row = ao.get(AoResponse.class, id);
        if (row == null || !row.getSpaceKey().equals(spaceKey)) {
            return Optional.empty();
        }
        return Optional.of(toDomain(row));
    }

    @Override
    public Optional<Response> current(String spaceKey, long roundId, String userKey) {
        AoResponse[] rows = ao.find(AoResponse.class, Query.select()
                .where(AoResponse.ROUND_ID + " = ? AND " + AoResponse.USER_KEY + " = ? AND " + AoResponse.SPACE_KEY
                        + " = ?", (int) roundId, userKey, spaceKey)
                .order(AoResponse.REVISION + " DESC").limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(toDomain(rows[0]));
    }

    @Override
    public Optional<Instant> participatedAt(long roundId, String userKey) {
        AoParticipant[] rows = ao.find(AoParticipant.class, Query.select()
                .where(AoParticipant.PARTICIPANT_KEY + " = ?", roundId + "|" + userKey));
        return rows.length == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(rows[0].getSubmittedAt()));
    }

    @Override
    public Set<String> participantKeys(long roundId) {
        Set<String> keys = new HashSet<>();
        for (AoParticipant row : ao.find(AoParticipant.class, Query.select("ID, "
                + AoParticipant.USER_KEY).where(AoParticipant.ROUND_ID + " = ?", (int) roundId))) {
            keys.add(row.getUserKey());
        }
        return keys;
    }

    @Override
    public int countRespondents(long roundId) {
        return ao.count(AoParticipant.class, AoParticipant.ROUND_ID + " = ?", (int) roundId);
    }

    @Override
    public int countRevisions(long roundId) {
        return ao.count(AoResponse.class, AoResponse.ROUND_ID + " = ?", (int) roundId);
    }

    @Override
    public List<List<Answer>> latestAnswerSheets(long roundId) {
        Set<String> latest = new HashSet<>();
        ao.stream(AoResponse.class, Query.select(AoResponse.ID + ", " + AoResponse.LATEST)
                        .where(AoResponse.ROUND_ID + " = ? AND " + AoResponse.LATEST + " = ?", (int) roundId, true),
                row -> latest.add(row.getId()));
        Map<String, List<Answer>> sheets = new LinkedHashMap<>();
        latest.forEach(id -> sheets.put(id, new ArrayList<>()));
        ao.stream(AoAnswer.class, Query.select(AoAnswer.ID + ", " + AoAnswer.RESPONSE_ID + ", " + AoAnswer.QUESTION_KEY
                        + ", " + AoAnswer.VALUE + ", " + AoAnswer.NOT_APPLICABLE)
                        .where(AoAnswer.ROUND_ID + " = ?", (int) roundId),
                row -> {
                    List<Answer> sheet = sheets.get(row.getResponseId());
                    if (sheet != null) {
                        sheet.add(new Answer(row.getQuestionKey(), row.getAnswerValue(), row.isNotApplicable(), null));
                    }
                });
        return new ArrayList<>(sheets.values());
    }

    private Response toDomain(AoResponse row) {
        AoAnswer[] answers = ao.find(AoAnswer.class, Query.select()
                .where(AoAnswer.RESPONSE_ID + " = ?", row.getId()));
        List<Answer> list = new ArrayList<>();
        Arrays.stream(answers).forEach(a -> list.add(new Answer(a.getQuestionKey(), a.getAnswerValue(),
                a.isNotApplicable(), a.getAnswerComment())));
        return new Response(row.getId(), row.getSpaceKey(), row.getRoundId(), row.getSetVersionId(), row.getUserKey(),
                row.getRevision(), Instant.ofEpochMilli(row.getSubmittedAt()), list);
    }

    /**
     * The request read the round before this transaction: if it was closed or its anonymity switched since, the
     * answers would be stored against what the respondent was told (a name in an anonymous round).
     */
    private void requireUnchanged(Response response) {
        AoRound round = ao.get(AoRound.class, (int) response.roundId());
        if (round == null) {
            return;
        }
        if (!RoundStatus.OPEN.name().equals(round.getStatus())) {
            throw new RoundChangedException("round " + response.roundId() + " closed");
        }
        if (round.isAnonymous() != (response.respondent() == null)) {
            throw new RoundChangedException("round " + response.roundId() + " changed its anonymity");
        }
    }

    private static <T> T conflictAware(Supplier<T> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            if (Constraints.isViolation(e)) {
                throw new ConflictException("already stored", e);
            }
            throw e;
        }
    }
}

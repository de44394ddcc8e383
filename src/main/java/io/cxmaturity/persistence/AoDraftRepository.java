package io.cxmaturity.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxmaturity.domain.Answer;
import io.cxmaturity.domain.Draft;
import io.cxmaturity.port.DraftRepository;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Drafts in Active Objects, the answers as a JSON array. */
public class AoDraftRepository implements DraftRepository {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ActiveObjects ao;

    public AoDraftRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    static String draftKey(long roundId, String userKey) {
        return roundId + "|" + userKey;
    }

    @Override
    public Optional<Draft> find(long roundId, String userKey) {
        AoDraft[] rows = ao.find(AoDraft.class, Query.select()
                .where(AoDraft.DRAFT_KEY + " = ?", draftKey(roundId, userKey)));
        if (rows.length == 0) {
            return Optional.empty();
        }
        return Optional.of(new Draft(roundId, userKey, read(rows[0].getAnswers()),
                Instant.ofEpochMilli(rows[0].getSavedAt())));
    }

    @Override
    public void save(Draft draft) {
        String key = draftKey(draft.roundId(), draft.userKey());
        String answers = write(draft.answers());
        ao.executeInTransaction(() -> {
            AoDraft[] rows = ao.find(AoDraft.class, Query.select().where(AoDraft.DRAFT_KEY + " = ?", key));
            if (rows.length == 0) {
                ao.create(AoDraft.class,
                        new DBParam(AoDraft.ROUND_ID, (int) draft.roundId()),
                        new DBParam(AoDraft.USER_KEY, draft.userKey()),
                        new DBParam(AoDraft.DRAFT_KEY, key),
                        new DBParam(AoDraft.ANSWERS, answers),
                        new DBParam(AoDraft.SAVED_AT, draft.savedAt().toEpochMilli()));
            } else {
                rows[0].setAnswers(answers);
                rows[0].setSavedAt(draft.savedAt().toEpochMilli());
                rows[0].save();
            }
            return null;
        });
    }

    @Override
    public void delete(long roundId, String userKey) {
        ao.executeInTransaction(() -> ao.deleteWithSQL(AoDraft.class, AoDraft.DRAFT_KEY + " = ?",
                draftKey(roundId, userKey)));
    }

    private static String write(List<Answer> answers) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Answer answer : answers) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("q", answer.questionKey());
            map.put("v", answer.value());
            map.put("na", answer.notApplicable());
            map.put("c", answer.comment());
            list.add(map);
        }
        try {
            return JSON.writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Answer> read(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            List<Map<String, Object>> list = JSON.readValue(json, new TypeReference<List<Map<String, Object>>>() { });
            List<Answer> answers = new ArrayList<>();
            for (Map<String, Object> map : list) {
                answers.add(new Answer((String) map.get("q"), (String) map.get("v"),
                        Boolean.TRUE.equals(map.get("na")), (String) map.get("c")));
            }
            return answers;
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }
}

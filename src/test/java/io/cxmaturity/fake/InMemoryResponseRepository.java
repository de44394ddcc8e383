package io.cxmaturity.fake;

import io.cxmaturity.domain.Response;
import io.cxmaturity.port.ConflictException;
import io.cxmaturity.port.ResponseRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Responses and participations in memory, with the same conflict rules as the database. */
public class InMemoryResponseRepository implements ResponseRepository {
    private final List<Response> responses = new ArrayList<>();
    private final Map<String, Instant> participations = new java.util.LinkedHashMap<>();
    private final InMemoryDraftRepository drafts;

    public InMemoryResponseRepository(InMemoryDraftRepository drafts) {
        this.drafts = drafts;
    }

    @Override
    public synchronized Response submit(Response response, String participantKey) {
        String key = response.roundId() + "|" + participantKey;
        if (participations.containsKey(key)) {
            throw new ConflictException("already participated");
        }
        participations.put(key, Instant.now());
        responses.add(response);
        drafts.delete(response.roundId(), participantKey);
        return response;
    }

    @Override
    public synchronized Response revise(Response revision) {
        boolean taken = responses.stream().anyMatch(r -> r.roundId() == revision.roundId()
                && revision.respondent().equals(r.respondent()) && r.revision() == revision.revision());
        if (taken) {
            throw new ConflictException("revision exists");
        }
        responses.add(revision);
        return revision;
    }

    @Override
    public synchronized Optional<Response> find(String spaceKey, String id) {
        return responses.stream().filter(r -> r.id().equals(id) && r.spaceKey().equals(spaceKey)).findFirst();
    }

    @Override
    public synchronized Optional<Response> current(String spaceKey, long roundId, String userKey) {
        return responses.stream().filter(r -> r.spaceKey().equals(spaceKey) && r.roundId() == roundId
                && userKey.equals(r.respondent())).max(Comparator.comparingInt(Response::revision));
    }

    @Override
    public synchronized Optional<Instant> participatedAt(long roundId, String userKey) {
        return Optional.ofNullable(participations.get(roundId + "|" + userKey));
    }

    @Override
    public synchronized java.util.Set<String> participantKeys(long roundId) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        participations.keySet().stream().filter(k -> k.startsWith(roundId + "|"))
                .forEach(k -> keys.add(k.substring((roundId + "|").length())));
        return keys;
    }

    @Override
    public synchronized int countRespondents(long roundId) {
        return (int) participations.keySet().stream().filter(k -> k.startsWith(roundId + "|")).count();
    }

    @Override
    public synchronized int countRevisions(long roundId) {
        return (int) responses.stream().filter(r -> r.roundId() == roundId).count();
    }

    @Override
    public synchronized List<List<io.cxmaturity.domain.Answer>> latestAnswerSheets(long roundId) {
        Map<String, Response> latest = new java.util.LinkedHashMap<>();
        for (Response r : responses) {
            if (r.roundId() != roundId) {
                continue;
            }
            String who = r.respondent() == null ? r.id() : r.respondent();
            latest.merge(who, r, (a, b) -> a.revision() >= b.revision() ? a : b);
        }
        List<List<io.cxmaturity.domain.Answer>> sheets = new ArrayList<>();
        latest.values().forEach(r -> sheets.add(r.answers()));
        return sheets;
    }

    public synchronized List<Response> all() {
        return new ArrayList<>(responses);
    }

    /** Stores a response revision as an import does: as it is, without a participation. */
    public synchronized void restore(Response response) {
        responses.add(response);
    }

    /** Records a participation as an import does, with its time. */
    public synchronized void restoreParticipant(io.cxmaturity.domain.Participant participant) {
        participations.put(participant.roundId() + "|" + participant.userKey(), participant.at());
    }

    /** Who took part in the round, in the order they did. */
    public synchronized List<io.cxmaturity.domain.Participant> participants(long roundId) {
        List<io.cxmaturity.domain.Participant> list = new ArrayList<>();
        participations.forEach((key, at) -> {
            int bar = key.indexOf('|');
            if (Long.parseLong(key.substring(0, bar)) == roundId) {
                list.add(new io.cxmaturity.domain.Participant(roundId, key.substring(bar + 1), at));
            }
        });
        return list;
    }
}

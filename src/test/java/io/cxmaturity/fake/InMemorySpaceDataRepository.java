package io.cxmaturity.fake;

import io.cxmaturity.domain.AuditEntry;
import io.cxmaturity.domain.BlockOwner;
import io.cxmaturity.domain.Department;
import io.cxmaturity.domain.Initiative;
import io.cxmaturity.domain.Participant;
import io.cxmaturity.domain.Response;
import io.cxmaturity.domain.Round;
import io.cxmaturity.domain.SpaceArchive;
import io.cxmaturity.domain.StoredQuestionSet;
import io.cxmaturity.port.ConflictException;
import io.cxmaturity.port.SpaceDataRepository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A space's data in bulk over the other in-memory fakes. An import checks everything the database would refuse
 * (unique keys, links to parts the archive lacks) before it writes anything, which is how the fake keeps the
 * all-or-nothing contract that Active Objects keeps with a transaction.
 */
public final class InMemorySpaceDataRepository implements SpaceDataRepository {
    private static final String SYSTEM = "system";

    private final InMemoryQuestionSetRepository sets;
    private final InMemoryDepartmentRepository departments;
    private final InMemoryRoundRepository rounds;
    private final InMemoryResponseRepository responses;
    private final InMemorySettingsRepository settings;
    private final InMemoryOwnerRepository owners;
    private final InMemoryInitiativeRepository initiatives;
    private final InMemoryAuditLog audit;

    public InMemorySpaceDataRepository(InMemoryQuestionSetRepository sets, InMemoryDepartmentRepository departments,
                                       InMemoryRoundRepository rounds, InMemoryResponseRepository responses,
                                       InMemorySettingsRepository settings, InMemoryOwnerRepository owners,
                                       InMemoryInitiativeRepository initiatives, InMemoryAuditLog audit) {
        this.sets = sets;
        this.departments = departments;
        this.rounds = rounds;
        this.responses = responses;
        this.settings = settings;
        this.owners = owners;
        this.initiatives = initiatives;
        this.audit = audit;
    }

    @Override
    public List<StoredQuestionSet> setVersions(String spaceKey) {
        return sets.all(spaceKey);
    }

    @Override
    public List<Response> responses(long roundId, boolean latestOnly) {
        List<Response> all = responses.all().stream().filter(r -> r.roundId() == roundId).toList();
        if (!latestOnly) {
            return sortStored(all);
        }
        Map<String, Integer> latest = new HashMap<>();
        all.stream().filter(r -> r.respondent() != null)
                .forEach(r -> latest.merge(r.respondent(), r.revision(), Math::max));
        return sortStored(all.stream().filter(r -> r.respondent() == null || latest.get(r.respondent()) == r.revision())
                .toList());
    }

    private static List<Response> sortStored(List<Response> list) {
        return list.stream().sorted(Comparator.comparing(Response::submittedAt).thenComparingInt(Response::revision)
                .thenComparing(Response::id)).toList();
    }

    @Override
    public List<Participant> participants(long roundId) {
        return responses.participants(roundId).stream().sorted(Comparator.comparing(Participant::at)).toList();
    }

    @Override
    public List<AuditEntry> auditTrail(String spaceKey) {
        List<AuditEntry> newestFirst = new ArrayList<>(audit.recent(spaceKey, Integer.MAX_VALUE, 0));
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    @Override
    public synchronized boolean hasData(String spaceKey) {
        return !departments.list(spaceKey).isEmpty()
                || responses.all().stream().anyMatch(r -> r.spaceKey().equals(spaceKey))
                || initiatives.count(spaceKey) > 0
                || !owners.list(spaceKey).isEmpty()
                || sets.all(spaceKey).stream().anyMatch(s -> !SYSTEM.equals(s.publishedBy()));
    }

    @Override
    public synchronized void store(String spaceKey, SpaceArchive archive) {
        if (hasData(spaceKey)) {
            throw new ConflictException("space " + spaceKey + " has data");
        }
        check(archive);
        archive.settings().ifPresent(s -> settings.save(new io.cxmaturity.domain.SpaceSettings(spaceKey, s.visibility(),
                s.groups(), s.minGroupSize(), s.defaultLanguage())));
        Set<String> archivedSets = archive.setVersions().stream().map(StoredQuestionSet::key).collect(Collectors.toSet());
        sets.all(spaceKey).stream().filter(s -> archivedSets.contains(s.key())).forEach(s -> sets.remove(s.id()));
        Map<Long, Long> setIds = new HashMap<>();
        for (StoredQuestionSet s : archive.setVersions()) {
            setIds.put(s.id(), sets.save(spaceKey, s.set(), s.definition(), s.publishedBy(), s.publishedAt()).id());
        }
        Map<Long, Long> departmentIds = new HashMap<>();
        for (Department d : archive.departments()) {
            Department created = departments.create(spaceKey, d.key(), d.name(), d.setKey(), d.headcount());
            departments.update(new Department(created.id(), spaceKey, d.key(), d.name(), d.setKey(), d.archived(),
                    d.headcount(), d.cadenceMonths(), d.respondentGroup()));
            departmentIds.put(d.id(), created.id());
        }
        Map<Long, Long> roundIds = new HashMap<>();
        for (Round r : archive.rounds()) {
            roundIds.put(r.id(), rounds.create(new Round(0, spaceKey, departmentIds.get(r.departmentId()), r.setKey(),
                    setIds.get(r.setVersionId()), r.name(), r.status(), r.opensOn(), r.closesOn(), r.anonymous(),
                    r.minGroupSize(), r.createdAt(), r.reminders(), r.formPageUrl())).id());
        }
        for (Response r : archive.responses()) {
            responses.restore(new Response(r.id(), spaceKey, roundIds.get(r.roundId()), setIds.get(r.setVersionId()),
                    r.respondent(), r.revision(), r.submittedAt(), r.answers()));
        }
        for (Participant p : archive.participants()) {
            responses.restoreParticipant(new Participant(roundIds.get(p.roundId()), p.userKey(), p.at()));
        }
        for (AuditEntry e : archive.audit()) {
            audit.append(new AuditEntry(0, spaceKey, e.at(), e.actorKey(), e.action(), e.subject(), e.detail()));
        }
        for (BlockOwner o : archive.owners()) {
            owners.add(spaceKey, o.setKey(), o.blockKey(), o.userKey());
        }
        for (Initiative i : archive.initiatives()) {
            initiatives.restore(spaceKey, i);
        }
    }

    /** What the database's keys and links would refuse, found before anything is written. */
    private void check(SpaceArchive archive) {
        unique(archive.setVersions().stream().map(s -> s.key() + "|" + s.version()).toList(), "set version");
        Set<Long> setIds = archive.setVersions().stream().map(StoredQuestionSet::id).collect(Collectors.toSet());
        Set<Long> departmentIds = archive.departments().stream().map(Department::id).collect(Collectors.toSet());
        Set<Long> roundIds = archive.rounds().stream().map(Round::id).collect(Collectors.toSet());
        for (Round r : archive.rounds()) {
            linked(departmentIds, r.departmentId(), "department");
            linked(setIds, r.setVersionId(), "set version");
        }
        for (Response r : archive.responses()) {
            linked(roundIds, r.roundId(), "round");
            linked(setIds, r.setVersionId(), "set version");
            if (responses.all().stream().anyMatch(stored -> stored.id().equals(r.id()))) {
                throw new ConflictException("response " + r.id() + " exists");
            }
        }
        unique(archive.responses().stream().map(Response::id).toList(), "response");
        unique(archive.responses().stream().filter(r -> r.respondent() != null)
                .map(r -> r.roundId() + "|" + r.respondent() + "|" + r.revision()).toList(), "revision");
        for (Participant p : archive.participants()) {
            linked(roundIds, p.roundId(), "round");
        }
        unique(archive.participants().stream().map(p -> p.roundId() + "|" + p.userKey()).toList(), "participant");
        unique(archive.owners().stream().map(o -> o.setKey() + "|" + o.blockKey() + "|" + o.userKey()).toList(),
                "block owner");
        Set<String> departmentKeys = archive.departments().stream().map(Department::key).collect(Collectors.toSet());
        for (Initiative i : archive.initiatives()) {
            if (i.departmentKey() != null && !departmentKeys.contains(i.departmentKey())) {
                throw new IllegalArgumentException("the archive names department " + i.departmentKey()
                        + ", which it does not hold");
            }
        }
    }

    private static void unique(List<String> keys, String what) {
        Set<String> seen = new HashSet<>();
        for (String key : keys) {
            if (!seen.add(key)) {
                throw new ConflictException(what + " " + key + " twice");
            }
        }
    }

    private static void linked(Set<Long> ids, long id, String what) {
        if (!ids.contains(id)) {
            throw new IllegalArgumentException("the archive names " + what + " " + id + ", which it does not hold");
        }
    }
}

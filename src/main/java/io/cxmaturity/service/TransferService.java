package io.cxmaturity.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxmaturity.domain.AuditEntry;
import io.cxmaturity.domain.BlockOwner;
import io.cxmaturity.domain.Department;
import io.cxmaturity.domain.Initiative;
import io.cxmaturity.domain.Participant;
import io.cxmaturity.domain.Response;
import io.cxmaturity.domain.Round;
import io.cxmaturity.domain.SpaceArchive;
import io.cxmaturity.domain.StoredQuestionSet;
import io.cxmaturity.domain.UserRef;
import io.cxmaturity.port.ConflictException;
import io.cxmaturity.port.DepartmentRepository;
import io.cxmaturity.port.InitiativeRepository;
import io.cxmaturity.port.OwnerRepository;
import io.cxmaturity.port.RoundRepository;
import io.cxmaturity.port.SettingsRepository;
import io.cxmaturity.port.SpaceDataRepository;
import io.cxmaturity.port.UserDirectory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Moving assessment data between spaces and instances, for space admins: a question-set version as its JSON
 * definition (and back, as a new version), and a whole space as one JSON document ({@link SpaceDocument}) that
 * imports into an empty space without loss. Every export and import is recorded in the audit trail.
 */
public class TransferService {
    private final Access access;
    private final UserDirectory users;
    private final QuestionSetService sets;
    private final DepartmentRepository departments;
    private final RoundRepository rounds;
    private final SettingsRepository settings;
    private final OwnerRepository owners;
    private final InitiativeRepository initiatives;
    private final SpaceDataRepository data;
    private final AuditService audit;
    private final Clock clock;

    public TransferService(Access access, UserDirectory users, QuestionSetService sets, DepartmentRepository departments,
                           RoundRepository rounds, SettingsRepository settings, OwnerRepository owners,
                           InitiativeRepository initiatives, SpaceDataRepository data, AuditService audit,
                           Clock clock) {
        this.access = access;
        this.users = users;
        this.sets = sets;
        this.departments = departments;
        this.rounds = rounds;
        this.settings = settings;
        this.owners = owners;
        this.initiatives = initiatives;
        this.data = data;
        this.audit = audit;
        this.clock = clock;
    }

    /** A set version as stored: the latest, or the version with that id; the definition is its exact text. */
    public StoredQuestionSet exportSet(String spaceKey, String setKey, Long versionId) {
        access.requireAdmin(spaceKey);
        if (versionId == null) {
            return sets.require(spaceKey, setKey);
        }
        return sets.version(spaceKey, versionId).filter(s -> s.key().equals(setKey))
                .orElseThrow(() -> ServiceException.notFound("set-not-found", "versionId", versionId));
    }

    /** The space's whole assessment data as one document (see {@link SpaceDocument}). */
    public ObjectNode exportSpace(String spaceKey) {
        UserRef admin = access.requireAdmin(spaceKey);
        List<Department> ds = departments.list(spaceKey).stream().sorted(Comparator.comparingLong(Department::id))
                .toList();
        List<Round> rs = new ArrayList<>();
        List<Response> responses = new ArrayList<>();
        List<Participant> participants = new ArrayList<>();
        for (Department d : ds) {
            rs.addAll(rounds.listForDepartment(spaceKey, d.id()));
        }
        rs.sort(Comparator.comparingLong(Round::id));
        for (Round r : rs) {
            List<Response> all = new ArrayList<>(data.responses(r.id(), false));
            if (r.anonymous()) {
                // The order of anonymous responses must not match the order of participations.
                all.sort(Comparator.comparing(Response::id));
            }
            responses.addAll(all);
            participants.addAll(data.participants(r.id()));
        }
        List<BlockOwner> os = owners.list(spaceKey);
        List<Initiative> roadmap = initiatives.list(spaceKey);
        List<AuditEntry> trail = data.auditTrail(spaceKey);
        List<StoredQuestionSet> versions = data.setVersions(spaceKey);
        SpaceArchive archive = new SpaceArchive(settings.find(spaceKey), versions, ds, rs, responses, participants, os,
                roadmap, trail);

        Set<String> keys = new LinkedHashSet<>();
        versions.forEach(v -> {
            if (v.publishedBy() != null && !QuestionSetService.SYSTEM.equals(v.publishedBy())) {
                keys.add(v.publishedBy());
            }
        });
        responses.forEach(r -> {
            if (r.respondent() != null) {
                keys.add(r.respondent());
            }
        });
        participants.forEach(p -> keys.add(p.userKey()));
        os.forEach(o -> keys.add(o.userKey()));
        roadmap.forEach(i -> {
            if (i.ownerKey() != null) {
                keys.add(i.ownerKey());
            }
            if (i.createdBy() != null) {
                keys.add(i.createdBy());
            }
        });
        trail.forEach(e -> keys.add(e.actorKey()));
        Map<String, String> usernames = new LinkedHashMap<>();
        keys.forEach(k -> usernames.put(k, users.findByKey(k).map(UserRef::name).orElse(null)));

        ObjectNode document = SpaceDocument.write(spaceKey, clock.instant(), archive, usernames);
        audit.record(spaceKey, admin, "export.space", spaceKey, ds.size() + " departments · " + rs.size()
                + " rounds · " + responses.size() + " responses · " + roadmap.size() + " initiatives");
        return document;
    }

    /** What an import stored, and how many of the document's people were found under another key. */
    public record ImportResult(String spaceKey, int questionSets, int departments, int rounds, int responses,
                               int participants, int blockOwners, int initiatives, int auditEntries,
                               int usersMatchedByName, int usersNotFound) {
    }

    /**
     * Imports a whole-space document into a space without data of its own (409 {@code space-not-empty}
     * otherwise), in one transaction. People are found by their key, else by their username (a key from
     * another instance), else kept under the document's key; anonymous responses stay without a respondent.
     * Initiatives keep their versions: a change sent at the version the imported roadmap shows is stored, an
     * older one is refused as outdated, as in the space they came from.
     */
    public ImportResult importSpace(String spaceKey, JsonNode document) {
        UserRef admin = access.requireAdmin(spaceKey);
        if (data.hasData(spaceKey)) {
            throw ServiceException.conflict("space-not-empty", "spaceKey", spaceKey);
        }
        SpaceDocument.Read read = SpaceDocument.read(document);
        Map<String, String> keys = new LinkedHashMap<>();
        int byName = 0;
        int missing = 0;
        for (Map.Entry<String, String> user : read.usernames().entrySet()) {
            if (users.findByKey(user.getKey()).isPresent()) {
                keys.put(user.getKey(), user.getKey());
                continue;
            }
            Optional<UserRef> named = user.getValue() == null ? Optional.empty() : users.findByName(user.getValue());
            if (named.isPresent()) {
                keys.put(user.getKey(), named.get().key());
                byName++;
            } else {
                keys.put(user.getKey(), user.getKey());
                missing++;
            }
        }
        SpaceArchive a = remap(read.archive(), k -> k == null ? null : keys.getOrDefault(k, k));
        try {
            data.store(spaceKey, a);
        } catch (ConflictException e) {
            throw ServiceException.conflict("space-not-empty", "spaceKey", spaceKey);
        }
        ImportResult result = new ImportResult(spaceKey, a.setVersions().size(), a.departments().size(),
                a.rounds().size(), a.responses().size(), a.participants().size(), a.owners().size(),
                a.initiatives().size(), a.audit().size(), byName, missing);
        audit.record(spaceKey, admin, "import.space", spaceKey, a.departments().size() + " departments · "
                + a.rounds().size() + " rounds · " + a.responses().size() + " responses · "
                + a.initiatives().size() + " initiatives");
        return result;
    }

    private static SpaceArchive remap(SpaceArchive a, java.util.function.UnaryOperator<String> key) {
        return new SpaceArchive(a.settings(),
                a.setVersions().stream().map(s -> new StoredQuestionSet(s.id(), s.spaceKey(), s.set(), s.definition(),
                        s.publishedAt(), QuestionSetService.SYSTEM.equals(s.publishedBy()) ? s.publishedBy()
                        : key.apply(s.publishedBy()))).toList(),
                a.departments(), a.rounds(),
                a.responses().stream().map(r -> new Response(r.id(), r.spaceKey(), r.roundId(), r.setVersionId(),
                        key.apply(r.respondent()), r.revision(), r.submittedAt(), r.answers())).toList(),
                a.participants().stream().map(p -> new Participant(p.roundId(), key.apply(p.userKey()), p.at()))
                        .toList(),
                a.owners().stream().map(o -> new BlockOwner(o.id(), o.spaceKey(), o.setKey(), o.blockKey(),
                        key.apply(o.userKey()))).toList(),
                a.initiatives().stream().map(i -> new Initiative(i.id(), i.spaceKey(), i.setKey(), i.blockKey(),
                        i.departmentKey(), i.title(), i.description(), i.horizon(), key.apply(i.ownerKey()),
                        i.status(), i.targetStage(), i.dueOn(), i.progress(), i.link(), i.source(), i.sourceRef(),
                        i.version(), i.createdAt(), key.apply(i.createdBy()), i.updatedAt(), i.doneAt())).toList(),
                a.audit().stream().map(e -> new AuditEntry(e.id(), e.spaceKey(), e.at(), key.apply(e.actorKey()),
                        e.action(), e.subject(), e.detail())).toList());
    }
}

package io.cxmaturity.domain;

import java.util.List;
import java.util.Optional;

/**
 * All of a space's assessment data at once, as a whole-space export carries it and an import stores it:
 * every question-set version, department, round, response revision (with its answers and comments),
 * participation, block owner, roadmap initiative and audit entry, and the settings. The ids are those of the
 * space the data comes from: they link the parts (a round names its department and set version, a response its
 * round) and are replaced by new ones when the data is stored in another space.
 *
 * @param settings    empty when the space never changed the defaults
 * @param initiatives the roadmap, each at the version it had; an initiative names its department by key, which an
 *                    import keeps, so that link needs no mapping
 */
public record SpaceArchive(Optional<SpaceSettings> settings, List<StoredQuestionSet> setVersions,
                           List<Department> departments, List<Round> rounds, List<Response> responses,
                           List<Participant> participants, List<BlockOwner> owners, List<Initiative> initiatives,
                           List<AuditEntry> audit) {

    public SpaceArchive {
        setVersions = List.copyOf(setVersions);
        departments = List.copyOf(departments);
        rounds = List.copyOf(rounds);
        responses = List.copyOf(responses);
        participants = List.copyOf(participants);
        owners = List.copyOf(owners);
        initiatives = List.copyOf(initiatives);
        audit = List.copyOf(audit);
    }
}

package io.cxmaturity.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An initiative of a space's transformation roadmap: work on one building block of a question set, planned on
 * a horizon of 6, 12 or 24 months, with an owner, a status and how far it has come. Every stored change raises
 * its {@code version}, so that an edit made on an older version is refused instead of overwriting another.
 *
 * @param departmentKey the department it was planned for; null when it concerns the whole space
 * @param ownerKey      user key of the person responsible; null while nobody is named
 * @param targetStage   the stage of the set it aims the block at; null when not given
 * @param link          a Confluence page (URL or path) or a Jira issue key; null when none
 * @param sourceRef     what it was made from (a suggestion id such as {@code template:personas}); null when manual
 * @param doneAt        when its status last became done; null unless it is done
 */
public record Initiative(long id, String spaceKey, String setKey, String blockKey, String departmentKey, String title,
                         String description, Horizon horizon, String ownerKey, InitiativeStatus status,
                         Integer targetStage, LocalDate dueOn, int progress, String link, InitiativeSource source,
                         String sourceRef, int version, Instant createdAt, String createdBy, Instant updatedAt,
                         Instant doneAt) {

    /** Whether the due date has passed while work is still open. */
    public boolean isOverdue(LocalDate today) {
        return dueOn != null && !status.isClosed() && dueOn.isBefore(today);
    }

    /** The same initiative with the id the store gave it. */
    public Initiative withId(long newId) {
        return new Initiative(newId, spaceKey, setKey, blockKey, departmentKey, title, description, horizon, ownerKey,
                status, targetStage, dueOn, progress, link, source, sourceRef, version, createdAt, createdBy,
                updatedAt, doneAt);
    }
}

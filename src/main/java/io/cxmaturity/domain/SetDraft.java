package io.cxmaturity.domain;

import java.time.Instant;

/**
 * A space admin's working copy of a question set: the definition being edited (it may break rules until it is
 * published), who saved it last and when. {@code revision} counts the saves of the set's drafts in the space;
 * a save names the revision it started from, so two admins never overwrite each other unknowingly. Publishing
 * or discarding leaves a cleared draft ({@code definition} null) that keeps the count, so an editor left open
 * on an older draft cannot save over a newer one.
 */
public record SetDraft(String spaceKey, String setKey, int revision, String definition, String updatedBy,
                       Instant updatedAt) {

    /** Whether a working copy exists (and was not published or discarded since). */
    public boolean present() {
        return definition != null;
    }
}

package io.cxmaturity.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One entry of a space's audit trail of admin changes. */
@Preload
@Table("AUDIT_ENTRY")
public interface AoAuditEntry extends Entity {
    String SPACE_KEY = "SPACE_KEY";
    String AT = "AT";
    String ACTOR_KEY = "ACTOR_KEY";
    String ACTION = "ACTION";
    String SUBJECT = "SUBJECT";
    String DETAIL = "DETAIL";

    /** The space. */
    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    /** When, as epoch milliseconds. */
    @NotNull
    long getAt();

    void setAt(long at);

    /** User key of whoever made the change. */
    @NotNull
    String getActorKey();

    void setActorKey(String actorKey);

    /** Kind of change, such as "department.create". */
    @NotNull
    String getAction();

    void setAction(String action);

    /** What the change was about. */
    String getSubject();

    void setSubject(String subject);

    /** Human-readable detail (up to 1,000 characters). */
    @StringLength(StringLength.UNLIMITED)
    String getDetail();

    void setDetail(String detail);
}

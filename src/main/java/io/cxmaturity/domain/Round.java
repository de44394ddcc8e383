package io.cxmaturity.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One assessment wave of a department, such as "2026 H1". It pins the question-set version its respondents
 * answer, so everyone in a round is scored the same way.
 *
 * @param reminders   when those who have not answered yet are reminded
 * @param formPageUrl the page with the round's form, as a path in Confluence ("/display/CX/Survey") or an
 *                    http(s) address; reminders link to it, or to the space when it is null
 */
public record Round(long id, String spaceKey, long departmentId, String setKey, long setVersionId, String name,
                   RoundStatus status, LocalDate opensOn, LocalDate closesOn, boolean anonymous, int minGroupSize,
                   Instant createdAt, ReminderPlan reminders, String formPageUrl) {

    public static final int DEFAULT_MIN_GROUP_SIZE = 5;

    public Round {
        reminders = reminders == null ? ReminderPlan.NONE : reminders;
    }

    /** A round without reminders or form page. */
    public Round(long id, String spaceKey, long departmentId, String setKey, long setVersionId, String name,
                 RoundStatus status, LocalDate opensOn, LocalDate closesOn, boolean anonymous, int minGroupSize,
                 Instant createdAt) {
        this(id, spaceKey, departmentId, setKey, setVersionId, name, status, opensOn, closesOn, anonymous,
                minGroupSize, createdAt, ReminderPlan.NONE, null);
    }

    public boolean isOpen() {
        return status == RoundStatus.OPEN;
    }

    /** The same round with another id (as a repository assigns it). */
    public Round withId(long newId) {
        return new Round(newId, spaceKey, departmentId, setKey, setVersionId, name, status, opensOn, closesOn,
                anonymous, minGroupSize, createdAt, reminders, formPageUrl);
    }

    /** The same round closed on the given day. */
    public Round closed(LocalDate on) {
        return new Round(id, spaceKey, departmentId, setKey, setVersionId, name, RoundStatus.CLOSED, opensOn, on,
                anonymous, minGroupSize, createdAt, reminders, formPageUrl);
    }
}

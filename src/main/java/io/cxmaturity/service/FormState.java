package io.cxmaturity.service;

import io.cxmaturity.domain.Department;
import io.cxmaturity.domain.Draft;
import io.cxmaturity.domain.Language;
import io.cxmaturity.domain.Response;
import io.cxmaturity.domain.Round;
import io.cxmaturity.domain.StoredQuestionSet;
import io.cxmaturity.domain.UserRef;
import io.cxmaturity.domain.scoring.RespondentScore;

import java.time.Instant;
import java.util.List;

/**
 * Everything the assessment form needs to show for one visitor: the set (the round's version when there is a
 * round), the department and round, and where the visitor stands.
 *
 * @param departments the departments to choose from when the form does not name one
 * @param submittedAt when the visitor submitted in this round, or null
 * @param current     the visitor's latest response (named rounds only), or null
 * @param draft       the visitor's saved draft, or null
 * @param score       the score of {@code current}, or null
 * @param previous    the visitor's response in the department's previous round of the same set (named rounds
 *                    only), for the "last time you answered" hints, or null
 * @param contacts    names of the space's administrators, to say who to ask when no round is open
 */
public record FormState(Status status, StoredQuestionSet set, Department department, List<Department> departments,
                        Round round, UserRef user, Instant submittedAt, Response current, Draft draft,
                        Language language, RespondentScore score, Response previous, List<String> contacts) {

    /** Where the visitor stands. */
    public enum Status {
        /** Several departments could be meant: the respondent picks one. */
        CHOOSE_DEPARTMENT,
        /** The department has no open round. */
        NO_OPEN_ROUND,
        /** The round named by the page is closed. */
        ROUND_CLOSED,
        /** Anonymous visitor: they must log in to answer. */
        LOGIN_REQUIRED,
        /** The visitor can answer. */
        OPEN,
        /** The visitor has submitted in this round. */
        SUBMITTED
    }
}

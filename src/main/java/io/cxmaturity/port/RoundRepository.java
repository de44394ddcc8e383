package io.cxmaturity.port;

import io.cxmaturity.domain.Round;

import java.util.List;
import java.util.Optional;

/** Assessment rounds of a space's departments. */
public interface RoundRepository {
    /** Stores a round given without an id and returns it with the id assigned. */
    Round create(Round round);

    Optional<Round> find(String spaceKey, long id);

    /** The department's rounds, newest first. */
    List<Round> listForDepartment(String spaceKey, long departmentId);

    /** Every open round of every space, oldest first: what the reminder job looks at. */
    List<Round> listOpen();

    /** Stores a round's name, status, dates, anonymity, minimum group size, reminders and form page. */
    Round update(Round round);
}

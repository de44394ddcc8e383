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
    /**
     * Stores a changed name, dates, minimum group size, anonymity, reminder plan or form page. The status is not
     * written: a round is closed with {@link #close} and never reopened, so an edit read before another admin
     * closed the round cannot open it again. Fails with {@link RoundChangedException} when the anonymity changes
     * and someone has already taken part (checked in the same transaction as the write).
     */
    Round update(Round round);

    /**
     * Closes the round on {@code closesOn} (or on its planned closing day, if that came earlier); a round
     * already closed is left as it is.
     */
    Round close(String spaceKey, long id, java.time.LocalDate closesOn);
}

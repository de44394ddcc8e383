package io.cxmaturity.port;

import io.cxmaturity.domain.Response;

import java.time.Instant;
import java.util.Optional;

/**
 * Submitted responses. A submission records, in one transaction, that the person took part (kept apart from
 * the answers, so that an anonymous response carries nothing that identifies them), the response and its
 * answers, and removes the person's draft.
 */
public interface ResponseRepository {
    /**
     * Stores a first response. Fails with {@link ConflictException} when the participant already took part
     * in the round (checked by the database, so two nodes cannot both accept).
     *
     * @param participantKey the user key of the respondent; stored with the answers only when the response's
     *                       respondent is set (not in anonymous rounds)
     */
    Response submit(Response response, String participantKey);

    /**
     * Stores a new revision of a named (non-anonymous) respondent's response and keeps the older one. Fails
     * with {@link ConflictException} when another revision was stored in the meantime.
     */
    Response revise(Response revision);

    /** A response (any revision) of the space by its id. */
    Optional<Response> find(String spaceKey, String id);

    /** The latest revision of a named respondent's response in a round. */
    Optional<Response> current(String spaceKey, long roundId, String userKey);

    /** When the user first submitted in the round (also for anonymous rounds), if they did. */
    Optional<Instant> participatedAt(long roundId, String userKey);

    /** The user keys of everyone who took part in the round (one query, for the reminder job). */
    java.util.Set<String> participantKeys(long roundId);

    /** Number of respondents who submitted in the round. */
    int countRespondents(long roundId);

    /** Number of response revisions stored in the round: grows with every submission and change. */
    int countRevisions(long roundId);

    /** The answers of the latest revision of every response in the round, one list per respondent. */
    java.util.List<java.util.List<io.cxmaturity.domain.Answer>> latestAnswerSheets(long roundId);
}

package io.cxmaturity.domain;

import java.time.Instant;

/**
 * That a person took part in a round, and when they first submitted. Kept apart from the answers, with nothing
 * that points at a response, so that a response in an anonymous round cannot be traced back to its author.
 */
public record Participant(long roundId, String userKey, Instant at) {
}

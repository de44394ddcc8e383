package io.cxmaturity.domain;

/** A person who owns a building block of a set in a space: results and the roadmap name them. */
public record BlockOwner(long id, String spaceKey, String setKey, String blockKey, String userKey) {
}

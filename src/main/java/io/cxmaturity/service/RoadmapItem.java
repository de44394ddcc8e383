package io.cxmaturity.service;

import io.cxmaturity.domain.Initiative;
import io.cxmaturity.domain.UserRef;

import java.util.Optional;

/**
 * An initiative as the roadmap shows it: with its owner's names, its block's title in the reader's language
 * (the key when the set no longer has the block) and whether it is overdue today.
 */
public record RoadmapItem(Initiative initiative, Optional<UserRef> owner, String blockName, boolean overdue) {
}

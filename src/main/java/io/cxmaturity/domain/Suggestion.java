package io.cxmaturity.domain;

/**
 * A recommended initiative for one building block, in every language, that an admin can turn into a draft
 * with one click. Its id names what it was made from (stable while the set's content stays), so it can be
 * posted back: {@code driver:<stage>:<n>:<block>}, {@code transition:<from stage>:<n>:<block>} or
 * {@code template:<key>}.
 *
 * @param targetStage the stage the block would reach next; null for a set without stages
 */
public record Suggestion(String id, InitiativeSource source, String blockKey, LocalizedText title,
                         LocalizedText description, Horizon horizon, Integer targetStage) {
}

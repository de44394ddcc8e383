package io.cxmaturity.domain;

/** A recommended initiative that an admin can turn into a roadmap initiative with one click. */
public record InitiativeTemplate(String key, String blockKey, LocalizedText title, LocalizedText description,
                                 Horizon horizon, LocalizedText whenToStart, LocalizedText levelUp) {
}

package io.cxmaturity.domain;

/** A building block of the transformation (a dimension): strategy, processes, people and so on. */
public record BuildingBlock(String key, LocalizedText title, LocalizedText description) {
}

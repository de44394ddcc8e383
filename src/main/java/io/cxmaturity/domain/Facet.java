package io.cxmaturity.domain;

/** An aspect along which every stage is described, such as people, process, technology or key metrics. */
public record Facet(String key, LocalizedText title) {
}

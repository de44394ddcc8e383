package io.cxmaturity.domain;

/** One step of "how to use the results". */
public record GuidanceStep(LocalizedText title, LocalizedText text) {
}

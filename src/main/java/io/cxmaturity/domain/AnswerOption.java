package io.cxmaturity.domain;

/**
 * One answer a respondent can pick: the value stored for it ("3", "yes", an option key), its label and the
 * points it scores before the question's weight is applied.
 */
public record AnswerOption(String value, LocalizedText label, int points) {
}

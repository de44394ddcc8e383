package io.cxmaturity.domain;

/**
 * A respondent's answer to one question: the chosen value ("3", "yes", an option key), or not applicable,
 * and an optional comment (the whole answer for a comment question).
 */
public record Answer(String questionKey, String value, boolean notApplicable, String comment) {

    public static Answer of(String questionKey, String value) {
        return new Answer(questionKey, value, false, null);
    }

    public static Answer notApplicable(String questionKey) {
        return new Answer(questionKey, null, true, null);
    }

    public boolean hasValue() {
        return value != null && !notApplicable;
    }
}

package io.cxmaturity.domain;

/**
 * A statement the respondent rates. Its key stays the same across versions of a set, so that answers to
 * two versions are compared when the question kept it.
 */
public record Question(String key, String blockKey, LocalizedText text, LocalizedText help, AnswerType answerType,
                       double weight, boolean allowNa, LocalizedText nextStep) {

    public boolean scored() {
        return answerType.scored();
    }

    /** Highest weighted points this question can give. */
    public double maxPoints() {
        return answerType.maxPoints() * weight;
    }
}

package io.cxmaturity.persistence;

import net.java.ao.Preload;
import net.java.ao.RawEntity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One answer of a response revision. Keyed by response and question rather than by a sequence (see
 * {@link AoResponse}).
 */
@Preload({AoAnswer.RESPONSE_ID, AoAnswer.ROUND_ID, AoAnswer.QUESTION_KEY, AoAnswer.VALUE,
        AoAnswer.NOT_APPLICABLE})
@Table("ANSWER")
public interface AoAnswer extends RawEntity<String> {
    String ID = "ID";
    String RESPONSE_ID = "RESPONSE_ID";
    String ROUND_ID = "ROUND_ID";
    String QUESTION_KEY = "QUESTION_KEY";
    String VALUE = "ANSWER_VALUE";
    String NOT_APPLICABLE = "NOT_APPLICABLE";
    String COMMENT = "ANSWER_COMMENT";

    /** "response|question". */
    @NotNull
    @PrimaryKey(ID)
    String getId();

    void setId(String id);

    /** ID of the response revision (AoResponse). */
    @NotNull
    @Indexed
    String getResponseId();

    void setResponseId(String responseId);

    /** ID of the round, for aggregating a round's answers without a join. */
    @NotNull
    @Indexed
    int getRoundId();

    void setRoundId(int roundId);

    /** Key of the question. */
    @NotNull
    String getQuestionKey();

    void setQuestionKey(String questionKey);

    /** The chosen value ("3", "yes", an option key); null when not applicable or a comment question. */
    String getAnswerValue();

    void setAnswerValue(String value);

    /** Whether the respondent marked the question as not applicable. */
    boolean isNotApplicable();

    void setNotApplicable(boolean notApplicable);

    /** The respondent's comment. */
    @StringLength(StringLength.UNLIMITED)
    String getAnswerComment();

    void setAnswerComment(String comment);
}

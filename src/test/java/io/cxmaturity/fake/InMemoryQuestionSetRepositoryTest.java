package io.cxmaturity.fake;

import io.cxmaturity.persistence.QuestionSetRepositoryContract;
import io.cxmaturity.port.QuestionSetRepository;

import java.util.UUID;

/** The question-set fake keeps the Active Objects contract, so service tests that use it can be trusted. */
public class InMemoryQuestionSetRepositoryTest extends QuestionSetRepositoryContract {
    private final InMemoryQuestionSetRepository questionSets = new InMemoryQuestionSetRepository();

    @Override
    protected QuestionSetRepository questionSets() {
        return questionSets;
    }

    @Override
    protected String freshSpace() {
        return "S" + UUID.randomUUID().toString().substring(0, 8);
    }
}

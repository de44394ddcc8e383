package io.cxmaturity.persistence;

import io.cxmaturity.host.HostTableNames;
import io.cxmaturity.port.QuestionSetRepository;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.runner.RunWith;

/** The question-set contract on Active Objects (H2 by default; PostgreSQL and MySQL with cx.test.db). */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(CxDatabaseUpdater.class)
@Jdbc(CxTestDatabase.class)
@NameConverters(table = HostTableNames.class, field = AtlassianFieldNameConverter.class)
public class AoQuestionSetRepositoryTest extends QuestionSetRepositoryContract {
    private EntityManager entityManager;
    private AoQuestionSetRepository questionSets;

    @Before
    public void setUp() {
        questionSets = new AoQuestionSetRepository(AoTestBase.activeObjects(entityManager));
    }

    @Override
    protected QuestionSetRepository questionSets() {
        return questionSets;
    }

    @Override
    protected QuestionSetRepository anotherNode() {
        return new AoQuestionSetRepository(AoTestBase.activeObjects(entityManager));
    }

    @Override
    protected String freshSpace() {
        return AoTestBase.freshSpace();
    }
}

package io.cxmaturity.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.cxmaturity.host.HostTableNames;
import io.cxmaturity.port.AuditLog;
import io.cxmaturity.port.DepartmentRepository;
import io.cxmaturity.port.InitiativeRepository;
import io.cxmaturity.port.OwnerRepository;
import io.cxmaturity.port.QuestionSetRepository;
import io.cxmaturity.port.ResponseRepository;
import io.cxmaturity.port.RoundRepository;
import io.cxmaturity.port.SettingsRepository;
import io.cxmaturity.port.SpaceDataRepository;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.runner.RunWith;

/** The whole-space contract on Active Objects (H2 by default; PostgreSQL and MySQL with cx.test.db). */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(CxDatabaseUpdater.class)
@Jdbc(CxTestDatabase.class)
@NameConverters(table = HostTableNames.class, field = AtlassianFieldNameConverter.class)
public class AoSpaceDataRepositoryTest extends SpaceDataRepositoryContract {
    private EntityManager entityManager;
    private ActiveObjects ao;

    @Before
    public void setUp() {
        ao = AoTestBase.activeObjects(entityManager);
    }

    @Override
    protected SpaceDataRepository data() {
        return new AoSpaceDataRepository(ao);
    }

    @Override
    protected QuestionSetRepository sets() {
        return new AoQuestionSetRepository(ao);
    }

    @Override
    protected DepartmentRepository departments() {
        return new AoDepartmentRepository(ao);
    }

    @Override
    protected RoundRepository rounds() {
        return new AoRoundRepository(ao);
    }

    @Override
    protected ResponseRepository responses() {
        return new AoResponseRepository(ao);
    }

    @Override
    protected OwnerRepository owners() {
        return new AoOwnerRepository(ao);
    }

    @Override
    protected InitiativeRepository initiatives() {
        return new AoInitiativeRepository(ao);
    }

    @Override
    protected SettingsRepository settings() {
        return new AoSettingsRepository(ao);
    }

    @Override
    protected AuditLog audit() {
        return new AoAuditLog(ao);
    }

    @Override
    protected String freshSpace() {
        return AoTestBase.freshSpace();
    }
}

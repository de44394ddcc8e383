package io.cxmaturity.fake;

import io.cxmaturity.persistence.SpaceDataRepositoryContract;
import io.cxmaturity.port.AuditLog;
import io.cxmaturity.port.DepartmentRepository;
import io.cxmaturity.port.InitiativeRepository;
import io.cxmaturity.port.OwnerRepository;
import io.cxmaturity.port.QuestionSetRepository;
import io.cxmaturity.port.ResponseRepository;
import io.cxmaturity.port.RoundRepository;
import io.cxmaturity.port.SettingsRepository;
import io.cxmaturity.port.SpaceDataRepository;

import java.util.UUID;

/** The whole-space fake keeps the Active Objects contract, all-or-nothing included. */
public class InMemorySpaceDataRepositoryTest extends SpaceDataRepositoryContract {
    private final InMemoryQuestionSetRepository sets = new InMemoryQuestionSetRepository();
    private final InMemoryDepartmentRepository departments = new InMemoryDepartmentRepository();
    private final InMemoryRoundRepository rounds = new InMemoryRoundRepository();
    private final InMemoryResponseRepository responses = new InMemoryResponseRepository(new InMemoryDraftRepository());
    private final InMemorySettingsRepository settings = new InMemorySettingsRepository();
    private final InMemoryOwnerRepository owners = new InMemoryOwnerRepository();
    private final InMemoryInitiativeRepository initiatives = new InMemoryInitiativeRepository();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final InMemorySpaceDataRepository data = new InMemorySpaceDataRepository(sets, departments, rounds,
            responses, settings, owners, initiatives, audit);

    @Override
    protected SpaceDataRepository data() {
        return data;
    }

    @Override
    protected QuestionSetRepository sets() {
        return sets;
    }

    @Override
    protected DepartmentRepository departments() {
        return departments;
    }

    @Override
    protected RoundRepository rounds() {
        return rounds;
    }

    @Override
    protected ResponseRepository responses() {
        return responses;
    }

    @Override
    protected OwnerRepository owners() {
        return owners;
    }

    @Override
    protected InitiativeRepository initiatives() {
        return initiatives;
    }

    @Override
    protected SettingsRepository settings() {
        return settings;
    }

    @Override
    protected AuditLog audit() {
        return audit;
    }

    @Override
    protected String freshSpace() {
        return "S" + UUID.randomUUID().toString().substring(0, 8);
    }
}

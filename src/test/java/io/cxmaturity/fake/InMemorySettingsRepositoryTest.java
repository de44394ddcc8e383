package io.cxmaturity.fake;

import io.cxmaturity.persistence.SettingsRepositoryContract;
import io.cxmaturity.port.SettingsRepository;

import java.util.UUID;

/** The settings fake keeps the Active Objects contract, so service tests that use it can be trusted. */
public class InMemorySettingsRepositoryTest extends SettingsRepositoryContract {
    private final InMemorySettingsRepository settings = new InMemorySettingsRepository();

    @Override
    protected SettingsRepository settings() {
        return settings;
    }

    @Override
    protected String freshSpace() {
        return "S" + UUID.randomUUID().toString().substring(0, 8);
    }
}

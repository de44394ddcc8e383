package io.cxmaturity.port;

import io.cxmaturity.domain.SpaceSettings;

import java.util.Optional;

/** A space's settings; a space that never saved any has the defaults. */
public interface SettingsRepository {
    Optional<SpaceSettings> find(String spaceKey);

    SpaceSettings save(SpaceSettings settings);
}

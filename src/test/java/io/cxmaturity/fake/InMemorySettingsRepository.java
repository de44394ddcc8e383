package io.cxmaturity.fake;

import io.cxmaturity.domain.SpaceSettings;
import io.cxmaturity.port.SettingsRepository;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Space settings in memory: one entry per space that saved any, replaced by every save. Blank group names are
 * dropped as the Active Objects repository drops them (it stores the groups one per line).
 */
public final class InMemorySettingsRepository implements SettingsRepository {
    private final Map<String, SpaceSettings> settings = new ConcurrentHashMap<>();

    @Override
    public Optional<SpaceSettings> find(String spaceKey) {
        return Optional.ofNullable(settings.get(spaceKey));
    }

    @Override
    public SpaceSettings save(SpaceSettings s) {
        List<String> groups = s.groups().stream().filter(g -> !g.isBlank()).toList();
        SpaceSettings stored = new SpaceSettings(s.spaceKey(), s.visibility(), groups, s.minGroupSize(),
                s.defaultLanguage());
        settings.put(stored.spaceKey(), stored);
        return stored;
    }
}

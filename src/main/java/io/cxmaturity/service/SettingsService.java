package io.cxmaturity.service;

import io.cxmaturity.domain.Language;
import io.cxmaturity.domain.ResultsVisibility;
import io.cxmaturity.domain.SpaceSettings;
import io.cxmaturity.domain.UserRef;
import io.cxmaturity.port.SettingsRepository;

import java.util.ArrayList;
import java.util.List;

/** The space settings admins configure: results visibility, minimum group size, default language. */
public class SettingsService {
    public static final int MAX_GROUPS = 20;
    public static final int MAX_GROUP_NAME = 255;

    private final Access access;
    private final SettingsRepository settings;
    private final AuditService audit;

    public SettingsService(Access access, SettingsRepository settings, AuditService audit) {
        this.access = access;
        this.settings = settings;
        this.audit = audit;
    }

    public SpaceSettings get(String spaceKey) {
        access.requireAdmin(spaceKey);
        return settings.find(spaceKey).orElse(SpaceSettings.defaults(spaceKey));
    }

    /** The minimum group size new rounds of the space start with (anyone who can see the space may ask). */
    public int defaultMinGroupSize(String spaceKey) {
        return settings.find(spaceKey).map(SpaceSettings::minGroupSize).orElse(SpaceSettings.DEFAULT_MIN_GROUP_SIZE);
    }

    public SpaceSettings update(String spaceKey, ResultsVisibility visibility, List<String> groups, int minGroupSize,
                                String language) {
        UserRef admin = access.requireAdmin(spaceKey);
        if (visibility == null) {
            throw ServiceException.invalid("required", "visibility");
        }
        if (minGroupSize < 1 || minGroupSize > RoundService.MAX_MIN_GROUP_SIZE) {
            throw ServiceException.invalid("out-of-range", "minGroupSize", 1, RoundService.MAX_MIN_GROUP_SIZE);
        }
        if (language == null || !Language.isSupported(language)) {
            throw ServiceException.invalid("unknown-language", "defaultLanguage", String.valueOf(language));
        }
        List<String> clean = new ArrayList<>();
        for (String group : groups == null ? List.<String>of() : groups) {
            String g = group == null ? "" : group.trim();
            if (g.isEmpty()) {
                throw ServiceException.invalid("required", "groups");
            }
            if (g.length() > MAX_GROUP_NAME || g.contains("\n")) {
                throw ServiceException.invalid("too-long", "groups", MAX_GROUP_NAME);
            }
            if (!clean.contains(g)) {
                clean.add(g);
            }
        }
        if (clean.size() > MAX_GROUPS) {
            throw ServiceException.invalid("too-many", "groups", MAX_GROUPS);
        }
        if (visibility == ResultsVisibility.GROUPS && clean.isEmpty()) {
            throw ServiceException.invalid("groups-required", "groups");
        }
        SpaceSettings saved = settings.save(new SpaceSettings(spaceKey, visibility, clean, minGroupSize,
                Language.fromCode(language)));
        audit.record(spaceKey, admin, "settings.update", spaceKey, "visibility " + visibility.name().toLowerCase()
                + (clean.isEmpty() ? "" : " " + String.join(", ", clean)) + " · min " + minGroupSize
                + " · " + saved.defaultLanguage().code());
        return saved;
    }
}

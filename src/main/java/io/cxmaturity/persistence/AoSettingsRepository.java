package io.cxmaturity.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.cxmaturity.domain.Language;
import io.cxmaturity.domain.ResultsVisibility;
import io.cxmaturity.domain.SpaceSettings;
import io.cxmaturity.port.SettingsRepository;
import net.java.ao.DBParam;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Space settings in Active Objects. */
public class AoSettingsRepository implements SettingsRepository {
    private final ActiveObjects ao;

    public AoSettingsRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<SpaceSettings> find(String spaceKey) {
        AoSpaceSettings[] rows = ao.find(AoSpaceSettings.class, AoSpaceSettings.SPACE_KEY + " = ?", spaceKey);
        return rows.length == 0 ? Optional.empty() : Optional.of(toDomain(rows[0]));
    }

    @Override
    public SpaceSettings save(SpaceSettings s) {
        try {
            return createOrUpdate(s);
        } catch (RuntimeException e) {
            if (!Constraints.isViolation(e)) {
                throw e;
            }
            // A concurrent first save created the row; the later save replaces it.
            return createOrUpdate(s);
        }
    }

    private SpaceSettings createOrUpdate(SpaceSettings s) {
        String groups = String.join("\n", s.groups());
        return ao.executeInTransaction(() -> {
            AoSpaceSettings[] rows = ao.find(AoSpaceSettings.class, AoSpaceSettings.SPACE_KEY + " = ?", s.spaceKey());
            if (rows.length == 0) {
                return toDomain(ao.create(AoSpaceSettings.class,
                        new DBParam(AoSpaceSettings.SPACE_KEY, s.spaceKey()),
                        new DBParam(AoSpaceSettings.VISIBILITY, s.visibility().name()),
                        new DBParam(AoSpaceSettings.RESULT_GROUPS, groups),
                        new DBParam(AoSpaceSettings.MIN_GROUP_SIZE, s.minGroupSize()),
                        new DBParam(AoSpaceSettings.DEFAULT_LANGUAGE, s.defaultLanguage().code())));
            }
            AoSpaceSettings row = rows[0];
            row.setVisibility(s.visibility().name());
            row.setResultGroups(groups);
            row.setMinGroupSize(s.minGroupSize());
            row.setDefaultLanguage(s.defaultLanguage().code());
            row.save();
            return toDomain(row);
        });
    }

    private static SpaceSettings toDomain(AoSpaceSettings row) {
        List<String> groups = row.getResultGroups() == null || row.getResultGroups().isBlank() ? List.of()
                : Arrays.stream(row.getResultGroups().split("\n")).filter(g -> !g.isBlank()).collect(Collectors.toList());
        return new SpaceSettings(row.getSpaceKey(), ResultsVisibility.valueOf(row.getVisibility()), groups,
                row.getMinGroupSize(), Language.fromCode(row.getDefaultLanguage()));
    }
}

package io.cxmaturity.domain;

import java.util.List;

/**
 * A space's settings: who may read results, the minimum group size new rounds start with (no result or
 * breakdown is shown for fewer respondents), and the language built-in sets are first shown in.
 */
public record SpaceSettings(String spaceKey, ResultsVisibility visibility, List<String> groups, int minGroupSize,
                            Language defaultLanguage) {

    public static final int DEFAULT_MIN_GROUP_SIZE = 5;

    public SpaceSettings {
        groups = List.copyOf(groups);
    }

    public static SpaceSettings defaults(String spaceKey) {
        return new SpaceSettings(spaceKey, ResultsVisibility.ALL_VIEWERS, List.of(), DEFAULT_MIN_GROUP_SIZE, Language.EN);
    }
}

package io.cxmaturity.persistence;

import io.cxmaturity.domain.Language;
import io.cxmaturity.domain.ResultsVisibility;
import io.cxmaturity.domain.SpaceSettings;
import io.cxmaturity.port.SettingsRepository;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;

import io.cxmaturity.testing.AtOnce;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * What every {@link SettingsRepository} must do, run against the in-memory fake and against Active Objects on
 * each database: a space that never saved settings has none stored, saved settings read back as saved (the
 * groups in their order), and a second save replaces the first.
 */
public abstract class SettingsRepositoryContract {
    protected abstract SettingsRepository settings();

    protected abstract String freshSpace();

    @Test
    @NonTransactional
    public void spaceThatNeverSavedSettingsHasNone() {
        assertFalse(settings().find(freshSpace()).isPresent());
    }

    @Test
    @NonTransactional
    public void savedSettingsAreReadBackWithTheGroupsInTheirOrder() {
        String space = freshSpace();
        SpaceSettings given = new SpaceSettings(space, ResultsVisibility.GROUPS,
                List.of("cx-office", "leadership", "Директора", "a-group"), 3, Language.UK);
        SpaceSettings saved = settings().save(given);

        assertEquals(given, saved);
        SpaceSettings found = settings().find(space).orElseThrow();
        assertEquals(given, found);
        assertEquals(ResultsVisibility.GROUPS, found.visibility());
        assertEquals(List.of("cx-office", "leadership", "Директора", "a-group"), found.groups());
        assertEquals(3, found.minGroupSize());
        assertEquals(Language.UK, found.defaultLanguage());
    }

    @Test
    @NonTransactional
    public void firstSavesOfASpaceFromManyRequestsAtOnceAllSucceedAndOneOfThemIsStored() throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            String space = freshSpace();
            List<AtOnce.Outcome<SpaceSettings>> outcomes = AtOnce.run(6, i -> () -> settings().save(
                    new SpaceSettings(space, ResultsVisibility.GROUPS, List.of("group-" + i), 3 + i, Language.EN)));

            AtOnce.assertNoErrors(outcomes);
            SpaceSettings stored = settings().find(space).orElseThrow();
            assertTrue("the stored settings are one of those saved, whole: " + stored,
                    outcomes.stream().anyMatch(o -> o.value.equals(stored)));
            assertEquals(List.of("group-" + (stored.minGroupSize() - 3)), stored.groups());
        }
    }

    @Test
    @NonTransactional
    public void savingAgainReplacesTheSettings() {
        String space = freshSpace();
        settings().save(new SpaceSettings(space, ResultsVisibility.GROUPS, List.of("cx-office", "leadership"), 3,
                Language.UK));
        SpaceSettings second = new SpaceSettings(space, ResultsVisibility.ADMINS_AND_OWNERS, List.of(), 8,
                Language.RU);
        assertEquals(second, settings().save(second));
        assertEquals(second, settings().find(space).orElseThrow());

        SpaceSettings third = new SpaceSettings(space, ResultsVisibility.ALL_VIEWERS, List.of("everyone"), 5,
                Language.EN);
        settings().save(third);
        assertEquals(third, settings().find(space).orElseThrow());
    }

    @Test
    @NonTransactional
    public void defaultsRoundTripAndOtherSpacesKeepTheirOwn() {
        String space = freshSpace();
        String other = freshSpace();
        settings().save(SpaceSettings.defaults(space));
        SpaceSettings theirs = new SpaceSettings(other, ResultsVisibility.GROUPS, List.of("board"), 10, Language.RU);
        settings().save(theirs);

        assertEquals(SpaceSettings.defaults(space), settings().find(space).orElseThrow());
        assertEquals(theirs, settings().find(other).orElseThrow());
        assertFalse(settings().find(freshSpace()).isPresent());
    }
}

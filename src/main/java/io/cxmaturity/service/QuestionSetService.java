package io.cxmaturity.service;

import io.cxmaturity.catalog.BuiltInCatalog;
import io.cxmaturity.catalog.InvalidDefinitionException;
import io.cxmaturity.catalog.QuestionSetReader;
import io.cxmaturity.domain.Language;
import io.cxmaturity.domain.QuestionSet;
import io.cxmaturity.domain.StoredQuestionSet;
import io.cxmaturity.domain.UserRef;
import io.cxmaturity.port.ConflictException;
import io.cxmaturity.port.QuestionSetRepository;
import io.cxmaturity.port.UserDirectory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The question sets of a space. A built-in set becomes a space's version 1 the first time the space uses
 * it, so later edits publish version 2 and old answers keep scoring against version 1. An archived set is not
 * offered for new departments and rounds; its versions and rounds stay readable.
 */
public class QuestionSetService {
    /** Who "published" a built-in set that a space started using. */
    public static final String SYSTEM = "system";

    private final QuestionSetRepository sets;
    private final BuiltInCatalog catalog;
    private final Access access;
    private final UserDirectory users;
    private final Clock clock;
    private final QuestionSetReader reader = new QuestionSetReader();

    public QuestionSetService(QuestionSetRepository sets, BuiltInCatalog catalog, Access access, UserDirectory users,
                              Clock clock) {
        this.sets = sets;
        this.catalog = catalog;
        this.access = access;
        this.users = users;
        this.clock = clock;
    }

    /** Sets to show, with the language to show them in and the keys of the archived ones among them. */
    public record SetsView(List<StoredQuestionSet> sets, Language language, Set<String> archived) {
        public SetsView {
            archived = Set.copyOf(archived);
        }

        /** Sets none of which is archived. */
        public SetsView(List<StoredQuestionSet> sets, Language language) {
            this(sets, language, Set.of());
        }

        public boolean isArchived(StoredQuestionSet set) {
            return archived.contains(set.key());
        }
    }

    /** Every set the caller can use in the space (checks view permission). */
    public SetsView visible(String spaceKey) {
        return visible(spaceKey, false);
    }

    /** The sets of the space, the archived ones too when asked (checks view permission). */
    public SetsView visible(String spaceKey, boolean includeArchived) {
        access.requireView(spaceKey);
        Set<String> archived = sets.archivedKeys(spaceKey);
        List<StoredQuestionSet> shown = includeArchived ? all(spaceKey) : available(spaceKey, archived);
        return new SetsView(shown, users.currentLanguage(), archived);
    }

    /** One set of the space, the latest version or the one asked for (checks view permission). */
    public SetsView visible(String spaceKey, String setKey, Long versionId) {
        access.requireView(spaceKey);
        StoredQuestionSet set;
        if (versionId != null) {
            set = sets.find(spaceKey, versionId).filter(s -> s.key().equals(setKey))
                    .orElseThrow(() -> ServiceException.notFound("set-not-found", "versionId", versionId));
        } else {
            set = require(spaceKey, setKey);
        }
        return new SetsView(List.of(set), users.currentLanguage(), sets.archivedKeys(spaceKey));
    }

    /** The latest version of a set in the space, installing a built-in set on first use. */
    public Optional<StoredQuestionSet> latest(String spaceKey, String setKey) {
        Optional<StoredQuestionSet> stored = sets.latest(spaceKey, setKey);
        if (stored.isPresent()) {
            return stored;
        }
        return catalog.find(setKey).map(entry -> install(spaceKey, entry));
    }

    public StoredQuestionSet require(String spaceKey, String setKey) {
        return latest(spaceKey, setKey)
                .orElseThrow(() -> ServiceException.notFound("set-not-found", "set", setKey == null ? "" : setKey));
    }

    /** The latest version of a set that new departments and rounds may use: it exists and is not archived. */
    public StoredQuestionSet requireUsable(String spaceKey, String setKey) {
        StoredQuestionSet set = require(spaceKey, setKey);
        if (isArchived(spaceKey, setKey)) {
            throw ServiceException.conflict("set-archived", "setKey", setKey);
        }
        return set;
    }

    public boolean isArchived(String spaceKey, String setKey) {
        return sets.archivedKeys(spaceKey).contains(setKey);
    }

    public Optional<StoredQuestionSet> version(String spaceKey, long versionId) {
        return sets.find(spaceKey, versionId);
    }

    /**
     * Every set the space can use for new departments and rounds: its own, and the built-in ones it has not
     * started using yet, except the archived ones.
     */
    public List<StoredQuestionSet> available(String spaceKey) {
        return available(spaceKey, sets.archivedKeys(spaceKey));
    }

    private List<StoredQuestionSet> available(String spaceKey, Set<String> archived) {
        List<StoredQuestionSet> result = new ArrayList<>(all(spaceKey));
        result.removeIf(set -> archived.contains(set.key()));
        return result;
    }

    /** Every set of the space, archived or not: the built-in ones first, in the catalog's order. */
    private List<StoredQuestionSet> all(String spaceKey) {
        Map<String, StoredQuestionSet> byKey = new LinkedHashMap<>();
        for (BuiltInCatalog.Entry entry : catalog.all()) {
            byKey.put(entry.key(), null);
        }
        for (StoredQuestionSet set : sets.latestOfEach(spaceKey)) {
            byKey.put(set.key(), set);
        }
        List<StoredQuestionSet> result = new ArrayList<>();
        for (Map.Entry<String, StoredQuestionSet> entry : byKey.entrySet()) {
            result.add(entry.getValue() != null ? entry.getValue() : latest(spaceKey, entry.getKey()).orElseThrow());
        }
        return result;
    }

    private StoredQuestionSet install(String spaceKey, BuiltInCatalog.Entry entry) {
        try {
            return sets.save(spaceKey, entry.set(), entry.json(), SYSTEM, clock.instant());
        } catch (ConflictException raced) {
            // Another request (or node) installed it at the same moment: use theirs.
            return sets.latest(spaceKey, entry.key()).orElseThrow(() -> raced);
        }
    }
}

package io.cxmaturity.service;

import io.cxmaturity.catalog.BuiltInCatalog;
import io.cxmaturity.catalog.DefinitionProblem;
import io.cxmaturity.catalog.InvalidDefinitionException;
import io.cxmaturity.catalog.QuestionSetReader;
import io.cxmaturity.domain.Department;
import io.cxmaturity.domain.Language;
import io.cxmaturity.domain.QuestionSet;
import io.cxmaturity.domain.SetDraft;
import io.cxmaturity.domain.StoredQuestionSet;
import io.cxmaturity.domain.UserRef;
import io.cxmaturity.domain.scoring.Comparability;
import io.cxmaturity.port.ConflictException;
import io.cxmaturity.port.DepartmentRepository;
import io.cxmaturity.port.QuestionSetRepository;
import io.cxmaturity.port.SetDraftRepository;
import io.cxmaturity.port.UserDirectory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What space admins do with question sets: edit a working copy (a draft per set, saved even while it breaks
 * rules, with a revision count so two admins never overwrite each other unknowingly), validate it, preview it
 * as a respondent, publish it as the next version (refused while it breaks rules, and until the admin
 * acknowledges a change that breaks comparability with earlier rounds), start a new set from a built-in model
 * or from any version of another set, compare two versions, archive and restore.
 *
 * <p>A draft is not stored until the first save: until then the set's draft is its latest version (revision
 * 0), so reading a draft never writes. A new set starts as a draft and becomes version 1 when it is published,
 * so that an unedited copy is never offered to departments. A stored version never changes.
 */
public class QuestionSetAdminService {
    /** Largest definition a space admin may save, in UTF-8 bytes. */
    public static final int MAX_DEFINITION_BYTES = 512 * 1024;
    /** A new set's key: 2 to 40 lower-case letters, digits and dashes, starting with a letter or digit. */
    private static final Pattern NEW_KEY = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

    private final Access access;
    private final QuestionSetService sets;
    private final QuestionSetRepository versions;
    private final SetDraftRepository drafts;
    private final DepartmentRepository departments;
    private final BuiltInCatalog catalog;
    private final AuditService audit;
    private final UserDirectory users;
    private final Clock clock;
    private final QuestionSetReader reader = new QuestionSetReader(QuestionSetReader.Limits.EDITOR);

    public QuestionSetAdminService(Access access, QuestionSetService sets, QuestionSetRepository versions,
                                   SetDraftRepository drafts, DepartmentRepository departments,
                                   BuiltInCatalog catalog, AuditService audit, UserDirectory users, Clock clock) {
        this.access = access;
        this.sets = sets;
        this.versions = versions;
        this.drafts = drafts;
        this.departments = departments;
        this.catalog = catalog;
        this.audit = audit;
        this.users = users;
        this.clock = clock;
    }

    /**
     * A set's draft as the editor shows it.
     *
     * @param revision    what the next save or publish names; 0 while nothing was saved
     * @param saved       whether a working copy is stored; if not, {@code definition} is the latest version
     * @param updatedBy   display name of whoever saved it last (null when not saved)
     * @param published   the set's latest version, or null for a new set not published yet
     * @param problems    what keeps the definition from being published (empty when it can be)
     */
    public record DraftView(String setKey, String definition, int revision, boolean saved, String updatedBy,
                            Instant updatedAt, StoredQuestionSet published, List<DefinitionProblem> problems,
                            Language language) {
    }

    /** A draft checked: its problems and, when it reads and the set has a version, what stays comparable. */
    public record Validation(List<DefinitionProblem> problems, Optional<Comparability> comparability,
                             Language language) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** A published version and what it keeps comparable with the one before (empty for a first version). */
    public record Published(StoredQuestionSet version, Optional<Comparability> comparability, Language language) {
    }

    /** A draft in the space's list of drafts. */
    public record DraftSummary(String setKey, int revision, String title, String updatedBy, Instant updatedAt,
                               StoredQuestionSet published) {
    }

    /** A definition made ready for a version: its text with the set's key and the version number, and the set. */
    private record Parsed(String json, QuestionSet set, List<DefinitionProblem> problems) {
    }

    /** What the editor works on: the stored draft, or the latest version while no draft is stored. */
    private record Working(String definition, int revision, SetDraft draft, StoredQuestionSet published) {
        boolean saved() {
            return draft != null && draft.present();
        }
    }

    // ---- drafts ----

    /** The set's draft (space admins). 404 when the space has no such set and no draft of it. */
    public DraftView draft(String spaceKey, String setKey) {
        access.requireAdmin(spaceKey);
        return view(spaceKey, setKey, working(spaceKey, setKey));
    }

    /**
     * Saves the working copy, even when it breaks rules (admins do not lose work); {@code expectedRevision} is
     * the revision the editor started from. 409 {@code set-draft-outdated} when someone saved or published
     * since; 413 when the definition is over {@link #MAX_DEFINITION_BYTES}.
     */
    public DraftView save(String spaceKey, String setKey, String definition, int expectedRevision) {
        UserRef admin = access.requireAdmin(spaceKey);
        requireSize(definition);
        Working working = working(spaceKey, setKey);
        requireRevision(working.revision(), expectedRevision);
        SetDraft saved;
        try {
            saved = drafts.save(spaceKey, setKey, expectedRevision, definition, admin.key(), clock.instant());
        } catch (ConflictException e) {
            throw outdated(drafts.find(spaceKey, setKey).map(SetDraft::revision).orElse(0));
        }
        DraftView view = view(spaceKey, setKey, new Working(definition, saved.revision(), saved, working.published()));
        audit.record(spaceKey, admin, "set.draft.save", setKey, "revision " + saved.revision()
                + (view.problems().isEmpty() ? "" : " · " + view.problems().size() + " problems"));
        return view;
    }

    /** Throws away the working copy (space admins); the set's draft is its latest version again. */
    public void discard(String spaceKey, String setKey, int expectedRevision) {
        UserRef admin = access.requireAdmin(spaceKey);
        SetDraft draft = storedDraft(spaceKey, setKey, expectedRevision);
        try {
            drafts.clear(spaceKey, setKey, draft.revision(), admin.key(), clock.instant());
        } catch (ConflictException e) {
            throw outdated(drafts.find(spaceKey, setKey).map(SetDraft::revision).orElse(0));
        }
        audit.record(spaceKey, admin, "set.draft.discard", setKey, "revision " + draft.revision());
    }

    /** The space's stored drafts, by set key (space admins). */
    public List<DraftSummary> drafts(String spaceKey) {
        access.requireAdmin(spaceKey);
        Language language = users.currentLanguage();
        return drafts.list(spaceKey).stream().map(d -> new DraftSummary(d.setKey(), d.revision(),
                QuestionSetReader.titleOf(d.definition(), language), name(d.updatedBy()), d.updatedAt(),
                versions.latest(spaceKey, d.setKey()).orElse(null))).collect(Collectors.toList());
    }

    /**
     * Checks a definition as publishing would (space admins): the one given, or the stored draft when null.
     * Returns the problems and, when the definition reads, what it keeps comparable with the latest version.
     */
    public Validation validate(String spaceKey, String setKey, String definition) {
        access.requireAdmin(spaceKey);
        Working working = working(spaceKey, setKey);
        String checked = definition != null ? definition : working.definition();
        requireSize(checked);
        Parsed parsed = parse(setKey, checked, nextVersion(working.published()));
        Optional<Comparability> comparability = parsed.set() == null || working.published() == null
                ? Optional.empty() : Optional.of(Comparability.between(working.published().set(), parsed.set()));
        return new Validation(parsed.problems(), comparability, users.currentLanguage());
    }

    /**
     * The form a respondent would see for a definition (space admins): the one given, or the stored draft when
     * null, as an open form with no answers, in {@code language} (the caller's when null). A definition that
     * breaks rules is refused with its problems.
     */
    public FormState preview(String spaceKey, String setKey, String definition, Language language) {
        UserRef admin = access.requireAdmin(spaceKey);
        Working working = working(spaceKey, setKey);
        String shown = definition != null ? definition : working.definition();
        requireSize(shown);
        Parsed parsed = parse(setKey, shown, nextVersion(working.published()));
        if (!parsed.problems().isEmpty()) {
            throw new DefinitionProblemsException(parsed.problems());
        }
        StoredQuestionSet preview = new StoredQuestionSet(0, spaceKey, parsed.set(), parsed.json(), clock.instant(),
                admin.key());
        return new FormState(FormState.Status.OPEN, preview, null, List.of(), null, admin, null, null, null,
                language != null ? language : users.currentLanguage(), null, null, List.of());
    }

    // ---- versions ----

    /**
     * Publishes the stored draft as the set's next version (space admins): {@code expectedRevision} is the
     * revision the admin reviewed. 400 with every problem when it breaks rules; 409 when it changed since, when
     * someone published meanwhile, or when it breaks comparability with the latest version and
     * {@code acknowledgeComparability} is false. The draft is cleared unless someone saved it meanwhile.
     */
    public Published publish(String spaceKey, String setKey, int expectedRevision, boolean acknowledgeComparability) {
        UserRef admin = access.requireAdmin(spaceKey);
        SetDraft draft = storedDraft(spaceKey, setKey, expectedRevision);
        requireSize(draft.definition());
        StoredQuestionSet latest = sets.latest(spaceKey, setKey).orElse(null);
        int next = nextVersion(latest);
        Parsed parsed = parse(setKey, draft.definition(), next);
        if (!parsed.problems().isEmpty()) {
            throw new DefinitionProblemsException(parsed.problems());
        }
        Optional<Comparability> comparability = latest == null ? Optional.empty()
                : Optional.of(Comparability.between(latest.set(), parsed.set()));
        boolean breaks = comparability.map(Comparability::breaksComparability).orElse(false);
        if (breaks && !acknowledgeComparability) {
            throw new ComparabilityException(comparability.get());
        }
        Instant now = clock.instant();
        StoredQuestionSet stored;
        try {
            stored = versions.save(spaceKey, parsed.set(), parsed.json(), admin.key(), now);
        } catch (ConflictException e) {
            // Another admin published a version from this draft (or another way) at the same moment.
            throw outdated(drafts.find(spaceKey, setKey).map(SetDraft::revision).orElse(0));
        }
        try {
            drafts.clear(spaceKey, setKey, draft.revision(), admin.key(), now);
        } catch (ConflictException savedMeanwhile) {
            // Someone saved newer edits after the admin reviewed this revision: they stay as the next draft.
        }
        audit.record(spaceKey, admin, "set.publish", setKey, "v" + stored.version() + comparability
                .map(c -> " · " + c.summary() + (breaks ? " · acknowledged" : "")).orElse(" · first version"));
        return new Published(stored, comparability, users.currentLanguage());
    }

    /**
     * Stores a definition from a file as the next version of the set its key names (space admins), by the same
     * rules as publishing a draft: the editor's limits, every problem at once (400), and a change that breaks
     * comparability with the latest version only with {@code acknowledgeComparability} (409 with the report).
     * A key the space does not have yet must be a valid new key and becomes version 1; a built-in set's key
     * continues the built-in set, so an import never passes itself off as the original.
     */
    public StoredQuestionSet importVersion(String spaceKey, String definition, boolean acknowledgeComparability) {
        UserRef admin = access.requireAdmin(spaceKey);
        requireSize(definition);
        String key = QuestionSetReader.keyOf(definition);
        if (key == null || key.isBlank()) {
            // not JSON, or no key: the reader says what exactly is wrong
            try {
                reader.read(definition);
            } catch (InvalidDefinitionException e) {
                throw new DefinitionProblemsException(e.problems());
            }
            throw new DefinitionProblemsException(List.of(new DefinitionProblem("$.key", "required", List.of(),
                    "a key is required")));
        }
        StoredQuestionSet latest = NEW_KEY.matcher(key).matches() ? sets.latest(spaceKey, key).orElse(null) : null;
        int next = nextVersion(latest);
        Parsed parsed = parse(key, definition, next);
        List<DefinitionProblem> problems = new ArrayList<>();
        if (latest == null && !NEW_KEY.matcher(key).matches()) {
            problems.add(new DefinitionProblem("$.key", "key-format", List.of(key),
                    "2 to 40 lower-case letters, digits and dashes"));
        }
        parsed.problems().stream().filter(p -> problems.stream().noneMatch(q -> q.path().equals(p.path())
                && q.code().equals(p.code()))).forEach(problems::add);
        if (!problems.isEmpty()) {
            throw new DefinitionProblemsException(problems);
        }
        Optional<Comparability> comparability = latest == null ? Optional.empty()
                : Optional.of(Comparability.between(latest.set(), parsed.set()));
        boolean breaks = comparability.map(Comparability::breaksComparability).orElse(false);
        if (breaks && !acknowledgeComparability) {
            throw new ComparabilityException(comparability.get());
        }
        StoredQuestionSet stored;
        try {
            stored = versions.save(spaceKey, parsed.set(), parsed.json(), admin.key(), clock.instant());
        } catch (ConflictException raced) {
            throw ServiceException.conflict("set-version-taken", "version", key, next);
        }
        audit.record(spaceKey, admin, "import.set", key + " v" + stored.version(), comparability
                .map(c -> c.summary() + (breaks ? " · acknowledged" : "")).orElse("first version"));
        return stored;
    }

    /**
     * Starts a new set of the space as a draft (space admins): a copy of a built-in model or of any version of
     * another set ({@code fromVersionId}; the latest when null), under {@code newKey}, to be published as
     * version 1. 400 for a bad key, 404 for an unknown source, 409 when the key is taken in the space.
     */
    public DraftView create(String spaceKey, String newKey, String fromSetKey, Long fromVersionId) {
        UserRef admin = access.requireAdmin(spaceKey);
        if (newKey == null || newKey.isBlank()) {
            throw ServiceException.invalid("required", "key");
        }
        if (!NEW_KEY.matcher(newKey).matches()) {
            throw ServiceException.invalid("key-format", "key");
        }
        if (fromSetKey == null || fromSetKey.isBlank()) {
            throw ServiceException.invalid("required", "from.setKey");
        }
        String source;
        String origin;
        if (fromVersionId != null) {
            StoredQuestionSet version = versions.find(spaceKey, fromVersionId).filter(v -> v.key().equals(fromSetKey))
                    .orElseThrow(() -> ServiceException.notFound("set-not-found", "from.versionId", fromVersionId));
            source = version.definition();
            origin = fromSetKey + " v" + version.version();
        } else {
            Optional<StoredQuestionSet> latest = versions.latest(spaceKey, fromSetKey);
            Optional<BuiltInCatalog.Entry> builtIn = catalog.find(fromSetKey);
            if (latest.isPresent()) {
                source = latest.get().definition();
                origin = fromSetKey + " v" + latest.get().version();
            } else if (builtIn.isPresent()) {
                source = builtIn.get().json();
                origin = fromSetKey + " (built-in)";
            } else {
                throw ServiceException.notFound("set-not-found", "from.setKey", fromSetKey);
            }
        }
        Optional<SetDraft> state = drafts.find(spaceKey, newKey);
        if (versions.latest(spaceKey, newKey).isPresent() || catalog.find(newKey).isPresent()
                || state.filter(SetDraft::present).isPresent()) {
            throw ServiceException.conflict("set-key-taken", "key", newKey);
        }
        String definition = QuestionSetReader.withKeyAndVersion(source, newKey, 1);
        requireSize(definition);
        SetDraft saved;
        try {
            saved = drafts.save(spaceKey, newKey, state.map(SetDraft::revision).orElse(0), definition, admin.key(),
                    clock.instant());
        } catch (ConflictException e) {
            throw ServiceException.conflict("set-key-taken", "key", newKey);
        }
        audit.record(spaceKey, admin, "set.create", newKey, "from " + origin);
        return view(spaceKey, newKey, new Working(definition, saved.revision(), saved, null));
    }

    /** What version {@code toVersionId} keeps comparable with {@code fromVersionId}, both of the set (admins). */
    public Comparability compare(String spaceKey, String setKey, long fromVersionId, long toVersionId) {
        access.requireAdmin(spaceKey);
        StoredQuestionSet from = versions.find(spaceKey, fromVersionId).filter(v -> v.key().equals(setKey))
                .orElseThrow(() -> ServiceException.notFound("set-not-found", "from", fromVersionId));
        StoredQuestionSet to = versions.find(spaceKey, toVersionId).filter(v -> v.key().equals(setKey))
                .orElseThrow(() -> ServiceException.notFound("set-not-found", "to", toVersionId));
        return Comparability.between(from.set(), to.set());
    }

    // ---- archive ----

    /**
     * Archives a set (space admins): it is no longer offered for new departments and rounds; its versions and
     * rounds stay readable. 409 {@code set-in-use} while a department that is not archived answers it.
     */
    public QuestionSetService.SetsView archive(String spaceKey, String setKey) {
        UserRef admin = access.requireAdmin(spaceKey);
        StoredQuestionSet set = sets.require(spaceKey, setKey);
        List<String> answering = departments.list(spaceKey).stream()
                .filter(d -> !d.archived() && d.setKey().equals(setKey)).map(Department::name)
                .collect(Collectors.toList());
        if (!answering.isEmpty()) {
            throw ServiceException.conflict("set-in-use", "set", String.join(", ", answering));
        }
        if (versions.archive(spaceKey, setKey, admin.key(), clock.instant())) {
            audit.record(spaceKey, admin, "set.archive", setKey, "v" + set.version());
        }
        return new QuestionSetService.SetsView(List.of(set), users.currentLanguage(), versions.archivedKeys(spaceKey));
    }

    /** Offers an archived set again (space admins). */
    public QuestionSetService.SetsView restore(String spaceKey, String setKey) {
        UserRef admin = access.requireAdmin(spaceKey);
        StoredQuestionSet set = sets.require(spaceKey, setKey);
        if (versions.restore(spaceKey, setKey)) {
            audit.record(spaceKey, admin, "set.restore", setKey, "v" + set.version());
        }
        return new QuestionSetService.SetsView(List.of(set), users.currentLanguage(), versions.archivedKeys(spaceKey));
    }

    // ---- helpers ----

    private Working working(String spaceKey, String setKey) {
        Optional<SetDraft> state = drafts.find(spaceKey, setKey);
        StoredQuestionSet published = setKey == null ? null : sets.latest(spaceKey, setKey).orElse(null);
        if (state.isPresent() && state.get().present()) {
            return new Working(state.get().definition(), state.get().revision(), state.get(), published);
        }
        if (published == null) {
            throw ServiceException.notFound("set-not-found", "set", setKey == null ? "" : setKey);
        }
        return new Working(QuestionSetReader.withVersion(published.definition(), published.version() + 1),
                state.map(SetDraft::revision).orElse(0), state.orElse(null), published);
    }

    private SetDraft storedDraft(String spaceKey, String setKey, int expectedRevision) {
        Optional<SetDraft> state = drafts.find(spaceKey, setKey);
        requireRevision(state.map(SetDraft::revision).orElse(0), expectedRevision);
        return state.filter(SetDraft::present)
                .orElseThrow(() -> ServiceException.notFound("set-draft-not-found", "set", setKey == null ? "" : setKey));
    }

    private static void requireRevision(int current, int expected) {
        if (current != expected) {
            throw outdated(current);
        }
    }

    private static ServiceException outdated(int current) {
        return ServiceException.conflict("set-draft-outdated", "version", current);
    }

    private static int nextVersion(StoredQuestionSet latest) {
        return latest == null ? 1 : latest.version() + 1;
    }

    private static void requireSize(String definition) {
        if (definition != null && definition.length() > MAX_DEFINITION_BYTES / 4
                && definition.getBytes(StandardCharsets.UTF_8).length > MAX_DEFINITION_BYTES) {
            throw ServiceException.tooLarge("definition-too-large", "definition", MAX_DEFINITION_BYTES);
        }
    }

    /**
     * Reads a definition as it would be published: with the editor's limits, as {@code version} of
     * {@code setKey}. Its own key must be the set's (a copy's key is set when it is made).
     */
    private Parsed parse(String setKey, String definition, int version) {
        List<DefinitionProblem> problems = new ArrayList<>();
        String key = QuestionSetReader.keyOf(definition);
        if (key != null && !key.equals(setKey)) {
            problems.add(new DefinitionProblem("$.key", "key-mismatch", List.of(setKey),
                    "the key must stay '" + setKey + "'"));
        }
        String json = null;
        QuestionSet set = null;
        try {
            json = QuestionSetReader.withKeyAndVersion(definition, setKey, version);
            set = reader.read(json);
        } catch (InvalidDefinitionException e) {
            problems.addAll(e.problems());
        }
        return new Parsed(json, problems.isEmpty() ? set : null, problems);
    }

    private DraftView view(String spaceKey, String setKey, Working working) {
        Parsed parsed = parse(setKey, working.definition(), nextVersion(working.published()));
        SetDraft saved = working.saved() ? working.draft() : null;
        return new DraftView(setKey, working.definition(), working.revision(), saved != null,
                saved == null ? null : name(saved.updatedBy()), saved == null ? null : saved.updatedAt(),
                working.published(), parsed.problems(), users.currentLanguage());
    }

    private String name(String userKey) {
        if (userKey == null) {
            return null;
        }
        return users.findByKey(userKey).map(UserRef::displayName).orElse(userKey);
    }
}

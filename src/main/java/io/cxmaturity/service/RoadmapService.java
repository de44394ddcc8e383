package io.cxmaturity.service;

import io.cxmaturity.catalog.BuiltInCatalog;
import io.cxmaturity.domain.BlockOwner;
import io.cxmaturity.domain.BuildingBlock;
import io.cxmaturity.domain.Department;
import io.cxmaturity.domain.Horizon;
import io.cxmaturity.domain.Initiative;
import io.cxmaturity.domain.InitiativeRules;
import io.cxmaturity.domain.InitiativeSource;
import io.cxmaturity.domain.InitiativeStatus;
import io.cxmaturity.domain.Language;
import io.cxmaturity.domain.QuestionSet;
import io.cxmaturity.domain.RoadmapSuggestions;
import io.cxmaturity.domain.Round;
import io.cxmaturity.domain.StoredQuestionSet;
import io.cxmaturity.domain.Suggestion;
import io.cxmaturity.domain.UserRef;
import io.cxmaturity.domain.Violation;
import io.cxmaturity.domain.scoring.BlockStats;
import io.cxmaturity.domain.scoring.TeamResult;
import io.cxmaturity.port.ConflictException;
import io.cxmaturity.port.DepartmentRepository;
import io.cxmaturity.port.InitiativeRepository;
import io.cxmaturity.port.OwnerRepository;
import io.cxmaturity.port.RoundRepository;
import io.cxmaturity.port.UserDirectory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The transformation roadmap of a space: initiatives per building block on 6-, 12- and 24-month horizons.
 * Everyone who can view the space reads it; only space admins change it, and every change is audited. A change
 * carries the version it was read at, so two admins editing at once cannot silently overwrite each other.
 * Admins turn recommendations for the weakest blocks (key drivers, transition actions, initiative templates)
 * into draft initiatives with one click. At the next round the roadmap shows per block what was done and how
 * the block's score moved, under the space's results visibility.
 */
public class RoadmapService {
    private final Access access;
    private final UserDirectory users;
    private final QuestionSetService sets;
    private final DepartmentRepository departments;
    private final RoundRepository rounds;
    private final InitiativeRepository initiatives;
    private final OwnerRepository owners;
    private final ResultsService results;
    private final AuditService audit;
    private final Clock clock;

    public RoadmapService(Access access, UserDirectory users, QuestionSetService sets, DepartmentRepository departments,
                          RoundRepository rounds, InitiativeRepository initiatives, OwnerRepository owners,
                          ResultsService results, AuditService audit, Clock clock) {
        this.access = access;
        this.users = users;
        this.sets = sets;
        this.departments = departments;
        this.rounds = rounds;
        this.initiatives = initiatives;
        this.owners = owners;
        this.results = results;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Which initiatives to list; a null field does not filter. A department matches its own initiatives and
     * those planned for the whole space.
     */
    public record Filter(String setKey, String blockKey, Integer horizonMonths, InitiativeStatus status,
                         String departmentKey) {
        public static final Filter NONE = new Filter(null, null, null, null, null);

        boolean matches(Initiative i) {
            return (setKey == null || setKey.equals(i.setKey()))
                    && (blockKey == null || blockKey.equals(i.blockKey()))
                    && (horizonMonths == null || horizonMonths == i.horizon().months())
                    && (status == null || status == i.status())
                    && (departmentKey == null || i.departmentKey() == null || departmentKey.equals(i.departmentKey()));
        }
    }

    /**
     * An initiative as an admin writes it. {@code owner} is a username (null or empty: nobody yet); a null
     * status means planned and a null progress 0 when creating.
     */
    public record Change(String setKey, String blockKey, String departmentKey, String title, String description,
                         Integer horizonMonths, String owner, InitiativeStatus status, Integer targetStage,
                         LocalDate dueOn, Integer progress, String link) {
    }

    /** A recommendation in the reader's language, and the initiative already made from it, if any. */
    public record Suggested(Suggestion suggestion, String blockName, boolean fromResults, Optional<Long> initiativeId,
                            Language language) {
    }

    // ---- reading (everyone who can view the space) ----

    /** The space's initiatives that match the filter: by horizon, then due date (none last), then age. */
    public List<RoadmapItem> list(String spaceKey, Filter filter) {
        access.requireView(spaceKey);
        Filter f = filter == null ? Filter.NONE : filter;
        checkFilter(f);
        Names names = new Names(spaceKey);
        return initiatives.list(spaceKey).stream().filter(f::matches).sorted(ORDER).map(names::item)
                .collect(Collectors.toList());
    }

    /** One initiative. */
    public RoadmapItem get(String spaceKey, long id) {
        access.requireView(spaceKey);
        return new Names(spaceKey).item(require(spaceKey, id));
    }

    /**
     * The board of a set (without a set: the department's set, else the flagship set): the set's blocks by
     * horizon, with block owners, filtered like {@link #list}.
     */
    public RoadmapBoard board(String spaceKey, Filter filter) {
        access.requireView(spaceKey);
        Filter f = filter == null ? Filter.NONE : filter;
        checkFilter(f);
        StoredQuestionSet set = resolveSet(spaceKey, f.setKey(), f.departmentKey());
        Filter bySet = new Filter(set.key(), f.blockKey(), f.horizonMonths(), f.status(), f.departmentKey());
        Names names = new Names(spaceKey);
        List<RoadmapItem> items = initiatives.list(spaceKey).stream().filter(bySet::matches).sorted(ORDER)
                .map(names::item).collect(Collectors.toList());
        List<Horizon> horizons = f.horizonMonths() == null ? List.of(Horizon.values())
                : List.of(Horizon.ofMonths(f.horizonMonths()).orElseThrow());
        Map<String, List<UserRef>> blockOwners = blockOwners(spaceKey, set.key());
        List<RoadmapBoard.Row> rows = new ArrayList<>();
        for (BuildingBlock block : set.set().blocks()) {
            if (f.blockKey() != null && !f.blockKey().equals(block.key())) {
                continue;
            }
            List<RoadmapBoard.Cell> cells = new ArrayList<>();
            for (Horizon horizon : horizons) {
                cells.add(new RoadmapBoard.Cell(horizon, items.stream()
                        .filter(i -> i.initiative().blockKey().equals(block.key())
                                && i.initiative().horizon() == horizon)
                        .collect(Collectors.toList())));
            }
            rows.add(new RoadmapBoard.Row(block.key(), block.title().in(names.language),
                    blockOwners.getOrDefault(block.key(), List.of()), cells));
        }
        List<RoadmapItem> unplaced = items.stream()
                .filter(i -> set.set().block(i.initiative().blockKey()).isEmpty()).collect(Collectors.toList());
        return new RoadmapBoard(set, horizons, rows, unplaced, names.language);
    }

    /**
     * What was done per block of the department's set and how the block's median moved between the
     * department's previous and latest round. The moves follow the space's results visibility.
     */
    public RoadmapProgress progress(String spaceKey, String setKey, String departmentKey) {
        access.requireView(spaceKey);
        Department department = department(spaceKey, departmentKey, true);
        StoredQuestionSet set = resolveSet(spaceKey, setKey, department.key());
        Names names = new Names(spaceKey);
        boolean shown = results.canSeeResults(spaceKey);
        Optional<RoundResult> latest = shown ? results.latestOn(spaceKey, department.key(), set.key()) : Optional.empty();
        Optional<Round> latestRound = latest.map(RoundResult::round);
        Optional<Round> previousRound = latest.flatMap(RoundResult::previousRound);
        if (!shown) {
            // Round names and dates are no results: everyone who sees the space may list the rounds.
            List<Round> history = rounds.listForDepartment(spaceKey, department.id()).stream()
                    .filter(r -> r.setKey().equals(set.key())).collect(Collectors.toList());
            latestRound = history.stream().findFirst();
            previousRound = history.stream().skip(1).findFirst();
        }
        Filter doneFilter = new Filter(set.key(), null, null, InitiativeStatus.DONE, department.key());
        List<RoadmapItem> done = initiatives.list(spaceKey).stream().filter(doneFilter::matches)
                .sorted(Comparator.comparing((Initiative i) -> i.doneAt() == null ? Instant.EPOCH : i.doneAt())
                        .reversed().thenComparingLong(Initiative::id))
                .map(names::item).collect(Collectors.toList());
        Map<String, List<UserRef>> blockOwners = blockOwners(spaceKey, set.key());
        List<RoadmapProgress.Block> blocks = new ArrayList<>();
        for (BuildingBlock block : set.set().blocks()) {
            List<RoadmapItem> doneHere = done.stream().filter(i -> i.initiative().blockKey().equals(block.key()))
                    .collect(Collectors.toList());
            Optional<RoadmapProgress.NotComparable> why;
            Double before = null;
            Double after = null;
            if (!shown) {
                why = Optional.of(RoadmapProgress.NotComparable.RESULTS_HIDDEN);
            } else if (latest.isEmpty()) {
                why = Optional.of(RoadmapProgress.NotComparable.NO_ROUNDS);
            } else if (latest.get().previous().isEmpty()) {
                why = Optional.of(RoadmapProgress.NotComparable.NO_PREVIOUS_ROUND);
            } else if (latest.get().team().suppressed()) {
                why = Optional.of(RoadmapProgress.NotComparable.LATEST_TOO_FEW);
            } else if (latest.get().previous().get().suppressed()) {
                why = Optional.of(RoadmapProgress.NotComparable.PREVIOUS_TOO_FEW);
            } else {
                Optional<Double> a = median(latest.get().team(), block.key());
                Optional<Double> b = median(latest.get().previous().get(), block.key());
                if (a.isEmpty() || b.isEmpty()) {
                    why = Optional.of(RoadmapProgress.NotComparable.NO_DATA);
                } else {
                    why = Optional.empty();
                    after = a.get();
                    before = b.get();
                }
            }
            blocks.add(new RoadmapProgress.Block(block.key(), block.title().in(names.language),
                    blockOwners.getOrDefault(block.key(), List.of()), doneHere, why, before, after));
        }
        return new RoadmapProgress(set, department, latestRound, previousRound, shown, blocks, names.language);
    }


    private static Optional<Double> median(TeamResult team, String blockKey) {
        return team.block(blockKey).map(BlockStats::percent).filter(s -> !s.isEmpty()).map(s -> s.median());
    }

    // ---- recommendations (space admins) ----

    /**
     * Recommendations for the weakest blocks of the department's latest round on the set (without a
     * department, or without a result that may be shown, for every block from the set's first stage), in the
     * reader's language. Space admins only: they are what admins turn into drafts.
     */
    public List<Suggested> suggestions(String spaceKey, String setKey, String departmentKey) {
        access.requireAdmin(spaceKey);
        Recommendation r = recommend(spaceKey, setKey, departmentKey);
        Language language = users.currentLanguage();
        List<Initiative> existing = initiatives.list(spaceKey);
        List<Suggested> list = new ArrayList<>();
        for (Suggestion s : r.suggestions()) {
            String blockName = r.set().set().block(s.blockKey()).map(b -> b.title().in(language)).orElse(s.blockKey());
            list.add(new Suggested(s, blockName, r.fromResults(), taken(existing, r.set().key(), s.id(),
                    r.departmentKey()).map(Initiative::id), language));
        }
        return list;
    }

    /**
     * Turns a recommendation into a draft initiative (planned, no owner yet), its texts in the admin's
     * language; the draft is then an ordinary initiative. A recommendation already turned into an initiative
     * for the department (not dropped) is refused, so a double click makes one draft.
     */
    public RoadmapItem createFromSuggestion(String spaceKey, String setKey, String departmentKey, String suggestionId) {
        UserRef admin = access.requireAdmin(spaceKey);
        if (suggestionId == null || suggestionId.isBlank()) {
            throw ServiceException.invalid("required", "suggestionId");
        }
        Recommendation r = recommend(spaceKey, setKey, departmentKey);
        QuestionSet set = r.set().set();
        Suggestion s = r.suggestions().stream().filter(x -> x.id().equals(suggestionId)).findFirst()
                .or(() -> RoadmapSuggestions.find(set, suggestionId))
                .orElseThrow(() -> ServiceException.notFound("suggestion-not-found", "suggestionId", suggestionId));
        Language language = users.currentLanguage();
        String title = shorten(s.title().in(language), InitiativeRules.MAX_TITLE);
        Optional<Initiative> already = taken(initiatives.list(spaceKey), set.key(), s.id(), r.departmentKey());
        if (already.isPresent()) {
            throw ServiceException.conflict("suggestion-taken", "suggestionId", already.get().title());
        }
        requireRoom(spaceKey);
        String description = shorten(s.description().in(language), InitiativeRules.MAX_DESCRIPTION);
        Instant now = clock.instant();
        Initiative created = initiatives.create(new Initiative(0, spaceKey, set.key(), s.blockKey(), r.departmentKey(),
                title, description.isEmpty() ? null : description, s.horizon(), null, InitiativeStatus.PLANNED,
                s.targetStage(), null, 0, null, s.source(), s.id(), 1, now, admin.key(), now, null));
        audit.record(spaceKey, admin, "initiative.create", title, set.key() + "/" + s.blockKey() + " · "
                + s.horizon().months() + " months · from " + s.id()
                + (r.departmentKey() == null ? "" : " · " + r.departmentKey()));
        return new Names(spaceKey).item(created);
    }

    private record Recommendation(StoredQuestionSet set, String departmentKey, boolean fromResults,
                                  List<Suggestion> suggestions) {
    }

    private Recommendation recommend(String spaceKey, String setKey, String departmentKey) {
        Department department = departmentKey == null || departmentKey.isBlank() ? null
                : department(spaceKey, departmentKey, true);
        if (department == null && (setKey == null || setKey.isBlank())) {
            throw ServiceException.invalid("required", "setKey");
        }
        StoredQuestionSet set = resolveSet(spaceKey, setKey, department == null ? null : department.key());
        Optional<TeamResult> team = department == null ? Optional.empty()
                : results.latestOn(spaceKey, department.key(), set.key()).map(RoundResult::team)
                .filter(t -> !t.suppressed());
        List<RoadmapSuggestions.WeakBlock> weakest = RoadmapSuggestions.weakest(set.set(), team);
        boolean fromResults = team.isPresent() && team.get().blocks().stream().anyMatch(b -> !b.percent().isEmpty());
        return new Recommendation(set, department == null ? null : department.key(), fromResults,
                RoadmapSuggestions.suggest(set.set(), weakest));
    }

    private static Optional<Initiative> taken(List<Initiative> existing, String setKey, String suggestionId,
                                              String departmentKey) {
        return existing.stream().filter(i -> suggestionId.equals(i.sourceRef()) && setKey.equals(i.setKey())
                && Objects.equals(departmentKey, i.departmentKey()) && i.status() != InitiativeStatus.DROPPED)
                .findFirst();
    }

    // ---- changing (space admins) ----

    /** A new initiative (201). */
    public RoadmapItem create(String spaceKey, Change change) {
        UserRef admin = access.requireAdmin(spaceKey);
        Checked c = check(spaceKey, change, InitiativeStatus.PLANNED, 0);
        requireRoom(spaceKey);
        Instant now = clock.instant();
        Initiative created = initiatives.create(new Initiative(0, spaceKey, c.set().key(), change.blockKey(),
                c.departmentKey(), change.title().trim(), blankToNull(change.description()), c.horizon(), c.ownerKey(),
                c.status(), change.targetStage(), change.dueOn(), c.progress(), blankToNull(change.link()),
                InitiativeSource.MANUAL, null, 1, now, admin.key(), now,
                c.status() == InitiativeStatus.DONE ? now : null));
        audit.record(spaceKey, admin, "initiative.create", created.title(), created.setKey() + "/"
                + created.blockKey() + " · " + created.horizon().months() + " months · " + status(created.status()));
        return new Names(spaceKey).item(created);
    }

    /**
     * Replaces an initiative read at {@code version}; 409 {@code initiative-outdated} when it was changed since
     * (the admin reloads and decides). Source and creation stay; done-at is set when the status becomes done.
     */
    public RoadmapItem update(String spaceKey, long id, int version, Change change) {
        UserRef admin = access.requireAdmin(spaceKey);
        Initiative old = require(spaceKey, id);
        Checked c = check(spaceKey, change, old.status(), old.progress());
        if (old.version() != version) {
            throw ServiceException.conflict("initiative-outdated", "version", old.version());
        }
        Instant now = clock.instant();
        Instant doneAt = c.status() != InitiativeStatus.DONE ? null
                : old.status() == InitiativeStatus.DONE && old.doneAt() != null ? old.doneAt() : now;
        Initiative changed = new Initiative(old.id(), spaceKey, c.set().key(), change.blockKey(), c.departmentKey(),
                change.title().trim(), blankToNull(change.description()), c.horizon(), c.ownerKey(), c.status(),
                change.targetStage(), change.dueOn(), c.progress(), blankToNull(change.link()), old.source(),
                old.sourceRef(), old.version(), old.createdAt(), old.createdBy(), now, doneAt);
        Initiative stored;
        try {
            stored = initiatives.update(changed, version);
        } catch (ConflictException lost) {
            // Another admin stored a change between our read and our write (possibly on another node).
            int current = initiatives.find(spaceKey, id).map(Initiative::version).orElse(version);
            throw ServiceException.conflict("initiative-outdated", "version", current);
        }
        audit.record(spaceKey, admin, "initiative.update", stored.title(), describe(old, stored));
        return new Names(spaceKey).item(stored);
    }

    /** Deletes an initiative (204); 404 when the space has no such initiative. */
    public void delete(String spaceKey, long id) {
        UserRef admin = access.requireAdmin(spaceKey);
        Initiative old = require(spaceKey, id);
        if (initiatives.delete(spaceKey, id)) {
            audit.record(spaceKey, admin, "initiative.delete", old.title(), old.setKey() + "/" + old.blockKey()
                    + " · #" + old.id());
        }
    }

    private record Checked(StoredQuestionSet set, String departmentKey, Horizon horizon, String ownerKey,
                           InitiativeStatus status, int progress) {
    }

    private Checked check(String spaceKey, Change change, InitiativeStatus defaultStatus, int defaultProgress) {
        if (change.setKey() == null || change.setKey().isBlank()) {
            throw ServiceException.invalid("required", "setKey");
        }
        StoredQuestionSet set = sets.latest(spaceKey, change.setKey().trim())
                .orElseThrow(() -> ServiceException.notFound("set-not-found", "setKey", change.setKey()));
        int progress = change.progress() == null ? defaultProgress : change.progress();
        List<Violation> broken = InitiativeRules.check(set.set(), new InitiativeRules.Fields(change.blockKey(),
                change.title(), change.description(), change.horizonMonths(), change.targetStage(), progress,
                change.link()));
        if (!broken.isEmpty()) {
            throw ServiceException.invalid(broken.get(0));
        }
        String ownerKey = null;
        if (change.owner() != null && !change.owner().isBlank()) {
            ownerKey = users.findByName(change.owner().trim()).map(UserRef::key)
                    .orElseThrow(() -> ServiceException.invalid("unknown-user", "owner", change.owner().trim()));
        }
        String departmentKey = null;
        if (change.departmentKey() != null && !change.departmentKey().isBlank()) {
            departmentKey = department(spaceKey, change.departmentKey(), false).key();
        }
        return new Checked(set, departmentKey, Horizon.ofMonths(change.horizonMonths()).orElseThrow(), ownerKey,
                change.status() == null ? defaultStatus : change.status(), progress);
    }

    private void requireRoom(String spaceKey) {
        if (initiatives.count(spaceKey) >= InitiativeRules.MAX_PER_SPACE) {
            throw ServiceException.conflict("too-many", "spaceKey", InitiativeRules.MAX_PER_SPACE);
        }
    }

    // ---- helpers ----

    private static final Comparator<Initiative> BY_DUE_DATE = Comparator.comparing(Initiative::dueOn,
            Comparator.nullsLast(Comparator.naturalOrder()));
    private static final Comparator<Initiative> ORDER = Comparator.comparing(Initiative::horizon)
            .thenComparing(BY_DUE_DATE).thenComparingLong(Initiative::id);

    private void checkFilter(Filter f) {
        if (f.horizonMonths() != null && Horizon.ofMonths(f.horizonMonths()).isEmpty()) {
            throw ServiceException.invalid("not-one-of", "horizon", "6, 12, 24");
        }
    }

    private Initiative require(String spaceKey, long id) {
        return initiatives.find(spaceKey, id)
                .orElseThrow(() -> ServiceException.notFound("initiative-not-found", "id", id));
    }

    private Department department(String spaceKey, String key, boolean required) {
        if (key == null || key.isBlank()) {
            if (required) {
                throw ServiceException.invalid("required", "department");
            }
            return null;
        }
        return departments.findByKey(spaceKey, key.trim())
                .orElseThrow(() -> ServiceException.notFound("department-not-found", "department", key.trim()));
    }

    /** The set asked for; else the department's; else the flagship set. */
    private StoredQuestionSet resolveSet(String spaceKey, String setKey, String departmentKey) {
        String key = setKey;
        if (key == null || key.isBlank()) {
            key = departmentKey == null ? BuiltInCatalog.FLAGSHIP : department(spaceKey, departmentKey, true).setKey();
        }
        String chosen = key.trim();
        return sets.latest(spaceKey, chosen)
                .orElseThrow(() -> ServiceException.notFound("set-not-found", "setKey", chosen));
    }

    private Map<String, List<UserRef>> blockOwners(String spaceKey, String setKey) {
        Map<String, List<UserRef>> byBlock = new LinkedHashMap<>();
        for (BlockOwner owner : owners.list(spaceKey)) {
            if (owner.setKey().equals(setKey)) {
                users.findByKey(owner.userKey()).ifPresent(u ->
                        byBlock.computeIfAbsent(owner.blockKey(), k -> new ArrayList<>()).add(u));
            }
        }
        return byBlock;
    }

    /** Looks up owners and block titles once per request. */
    private final class Names {
        private final String spaceKey;
        private final Language language = users.currentLanguage();
        private final LocalDate today = LocalDate.now(clock);
        private final Map<String, Optional<UserRef>> people = new HashMap<>();
        private final Map<String, Optional<StoredQuestionSet>> setsByKey = new HashMap<>();

        Names(String spaceKey) {
            this.spaceKey = spaceKey;
        }

        RoadmapItem item(Initiative i) {
            Optional<UserRef> owner = i.ownerKey() == null ? Optional.empty()
                    : people.computeIfAbsent(i.ownerKey(), users::findByKey);
            String blockName = setsByKey.computeIfAbsent(i.setKey(), k -> sets.latest(spaceKey, k))
                    .flatMap(s -> s.set().block(i.blockKey())).map(b -> b.title().in(language)).orElse(i.blockKey());
            return new RoadmapItem(i, owner, blockName, i.isOverdue(today));
        }
    }

    private static String describe(Initiative before, Initiative after) {
        List<String> parts = new ArrayList<>();
        if (!before.title().equals(after.title())) {
            parts.add(before.title() + " → " + after.title());
        }
        if (!before.setKey().equals(after.setKey()) || !before.blockKey().equals(after.blockKey())) {
            parts.add("block " + before.setKey() + "/" + before.blockKey() + " → " + after.setKey() + "/"
                    + after.blockKey());
        }
        if (before.horizon() != after.horizon()) {
            parts.add("horizon " + before.horizon().months() + " → " + after.horizon().months() + " months");
        }
        if (before.status() != after.status()) {
            parts.add("status " + status(before.status()) + " → " + status(after.status()));
        }
        if (before.progress() != after.progress()) {
            parts.add("progress " + before.progress() + "% → " + after.progress() + "%");
        }
        if (!Objects.equals(before.ownerKey(), after.ownerKey())) {
            parts.add("owner " + before.ownerKey() + " → " + after.ownerKey());
        }
        if (!Objects.equals(before.dueOn(), after.dueOn())) {
            parts.add("due " + before.dueOn() + " → " + after.dueOn());
        }
        if (!Objects.equals(before.targetStage(), after.targetStage())) {
            parts.add("target stage " + before.targetStage() + " → " + after.targetStage());
        }
        if (!Objects.equals(before.departmentKey(), after.departmentKey())) {
            parts.add("department " + before.departmentKey() + " → " + after.departmentKey());
        }
        if (!Objects.equals(before.description(), after.description())) {
            parts.add("description changed");
        }
        if (!Objects.equals(before.link(), after.link())) {
            parts.add("link " + before.link() + " → " + after.link());
        }
        parts.add("v" + after.version());
        return String.join(" · ", parts);
    }

    private static String status(InitiativeStatus status) {
        return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** Cuts a text to at most {@code max} characters (code points) with an ellipsis. */
    static String shorten(String text, int max) {
        if (text == null || text.codePointCount(0, text.length()) <= max) {
            return text == null ? "" : text;
        }
        int end = text.offsetByCodePoints(0, max - 1);
        return text.substring(0, end).stripTrailing() + "…";
    }
}

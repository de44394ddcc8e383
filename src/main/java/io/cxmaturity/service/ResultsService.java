package io.cxmaturity.service;

import io.cxmaturity.domain.Answer;
import io.cxmaturity.domain.BlockOwner;
import io.cxmaturity.domain.Department;
import io.cxmaturity.domain.ResultsVisibility;
import io.cxmaturity.domain.Round;
import io.cxmaturity.domain.SpaceSettings;
import io.cxmaturity.domain.Stage;
import io.cxmaturity.domain.StoredQuestionSet;
import io.cxmaturity.domain.UserRef;
import io.cxmaturity.domain.scoring.Scoring;
import io.cxmaturity.domain.scoring.Suppression;
import io.cxmaturity.domain.scoring.TargetGap;
import io.cxmaturity.domain.scoring.TeamAggregation;
import io.cxmaturity.domain.scoring.TeamResult;
import io.cxmaturity.domain.scoring.Trend;
import io.cxmaturity.domain.scoring.Trends;
import io.cxmaturity.port.DepartmentRepository;
import io.cxmaturity.port.OwnerRepository;
import io.cxmaturity.port.ResponseRepository;
import io.cxmaturity.port.ResultCache;
import io.cxmaturity.port.RoundRepository;
import io.cxmaturity.port.SettingsRepository;
import io.cxmaturity.port.UserDirectory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Results for leadership: a department's round, departments side by side, and the trend over rounds. Who
 * may read them follows the space setting; every cut below the round's minimum group size is suppressed.
 * A round's result is computed once per change (every submission adds a revision) and kept in the
 * {@link ResultCache}, so reading it costs the same for ten respondents as for ten thousand.
 */
public class ResultsService {
    private final Access access;
    private final UserDirectory users;
    private final QuestionSetService sets;
    private final DepartmentRepository departments;
    private final RoundRepository rounds;
    private final ResponseRepository responses;
    private final ResultCache cache;
    private final SettingsRepository settings;
    private final OwnerRepository owners;

    public ResultsService(Access access, UserDirectory users, QuestionSetService sets, DepartmentRepository departments,
                          RoundRepository rounds, ResponseRepository responses, ResultCache cache,
                          SettingsRepository settings, OwnerRepository owners) {
        this.access = access;
        this.users = users;
        this.sets = sets;
        this.departments = departments;
        this.rounds = rounds;
        this.responses = responses;
        this.cache = cache;
        this.settings = settings;
        this.owners = owners;
    }

    /** Whether the caller may read the space's results (they must see the space; admins always may). */
    public boolean canSeeResults(String spaceKey) {
        Optional<UserRef> user = access.requireView(spaceKey);
        if (user.isPresent() && access.isAdmin(spaceKey, user.get())) {
            return true;
        }
        SpaceSettings s = settings.find(spaceKey).orElse(SpaceSettings.defaults(spaceKey));
        if (s.visibility() == ResultsVisibility.ALL_VIEWERS) {
            return true;
        }
        if (user.isEmpty()) {
            return false;
        }
        if (s.visibility() == ResultsVisibility.ADMINS_AND_OWNERS) {
            return owners.isOwnerInSpace(spaceKey, user.get().key());
        }
        return s.groups().stream().anyMatch(g -> users.isInGroup(user.get().key(), g));
    }

    private void requireResults(String spaceKey) {
        if (!canSeeResults(spaceKey)) {
            throw ServiceException.forbidden("results-hidden");
        }
    }

    /** A round's result; {@code targetStage} (optional) adds the gap to that stage. */
    public RoundResult round(String spaceKey, long roundId, Integer targetStage) {
        requireResults(spaceKey);
        Round round = rounds.find(spaceKey, roundId)
                .orElseThrow(() -> ServiceException.notFound("round-not-found", "roundId", roundId));
        return result(round, targetStage);
    }

    /** The result of a department's newest round (open or closed). */
    public RoundResult latest(String spaceKey, String departmentKey, Integer targetStage) {
        return named(spaceKey, departmentKey, null, null, targetStage);
    }

    /**
     * The result of a department's round called {@code roundName} (its newest round when null). Without a
     * department key, the only department of the space on {@code setKey} is meant.
     */
    public RoundResult named(String spaceKey, String departmentKey, String setKey, String roundName,
                             Integer targetStage) {
        requireResults(spaceKey);
        Department department = departmentKey == null || departmentKey.isBlank()
                ? onlyDepartment(spaceKey, setKey) : department(spaceKey, departmentKey);
        // A department re-pointed to another set keeps its old rounds: a macro naming the set means that set's.
        Round round = rounds.listForDepartment(spaceKey, department.id()).stream()
                .filter(r -> setKey == null || setKey.isBlank() || r.setKey().equals(setKey))
                .filter(r -> roundName == null || r.name().equalsIgnoreCase(roundName.trim()))
                .findFirst()
                .orElseThrow(() -> roundName == null
                        ? ServiceException.notFound("no-rounds", "department", department.name())
                        : ServiceException.notFound("round-name-not-found", "round", roundName));
        return result(round, targetStage);
    }

    /**
     * The result of a department's newest round on a set, with the round before it on the same set (the
     * roadmap compares the two); empty when the department has no round on that set.
     */
    public Optional<RoundResult> latestOn(String spaceKey, String departmentKey, String setKey) {
        requireResults(spaceKey);
        Department department = department(spaceKey, departmentKey);
        return rounds.listForDepartment(spaceKey, department.id()).stream()
                .filter(r -> r.setKey().equals(setKey))
                .findFirst()
                .map(r -> result(r, null));
    }

    /** A department's trend; without a key, the only department on {@code setKey}. */
    public DepartmentTrend trend(String spaceKey, String departmentKey, String setKey) {
        requireResults(spaceKey);
        Department department = departmentKey == null || departmentKey.isBlank()
                ? onlyDepartment(spaceKey, setKey) : department(spaceKey, departmentKey);
        return trend(spaceKey, department.key());
    }

    private Department onlyDepartment(String spaceKey, String setKey) {
        List<Department> candidates = departments.list(spaceKey).stream()
                .filter(d -> !d.archived() && (setKey == null || d.setKey().equals(setKey)))
                .collect(Collectors.toList());
        if (candidates.size() != 1) {
            throw ServiceException.invalid("department-needed", "department", candidates.size());
        }
        return candidates.get(0);
    }

    private RoundResult result(Round round, Integer targetStage) {
        String spaceKey = round.spaceKey();
        StoredQuestionSet set = sets.version(spaceKey, round.setVersionId()).orElseThrow();
        Department department = departments.find(spaceKey, round.departmentId()).orElseThrow();
        TeamResult team = teamResult(round, set);
        Optional<Round> previousRound = rounds.listForDepartment(spaceKey, department.id()).stream()
                .filter(r -> r.setKey().equals(round.setKey()) && r.createdAt().isBefore(round.createdAt()))
                .findFirst();
        Optional<TeamResult> previous = previousRound.map(r -> teamResult(r,
                sets.version(spaceKey, r.setVersionId()).orElseThrow()));
        Optional<Stage> target = Optional.empty();
        Optional<TargetGap> gap = Optional.empty();
        if (targetStage != null) {
            target = set.set().stage(targetStage);
            if (target.isEmpty()) {
                throw ServiceException.invalid("unknown-stage", "target", targetStage);
            }
            if (!team.suppressed() && !team.score().isEmpty()) {
                gap = Optional.of(Scoring.gap(set.set(), team.score().median(), target.get()));
            }
        }
        Map<String, List<UserRef>> ownerNames = new LinkedHashMap<>();
        for (BlockOwner owner : owners.list(spaceKey)) {
            if (owner.setKey().equals(set.key())) {
                users.findByKey(owner.userKey()).ifPresent(u ->
                        ownerNames.computeIfAbsent(owner.blockKey(), k -> new ArrayList<>()).add(u));
            }
        }
        return new RoundResult(department, round, set, team, department.headcount(), previousRound, previous, target,
                gap, ownerNames, users.currentLanguage());
    }

    /** The team result of a round: from the cache while no response has changed, else computed and kept. */
    TeamResult teamResult(Round round, StoredQuestionSet set) {
        long stamp = responses.countRevisions(round.id());
        return cache.find(round.id(), stamp, round.minGroupSize(), set.set()).orElseGet(() -> {
            List<List<Answer>> sheets = responses.latestAnswerSheets(round.id());
            TeamResult result = TeamAggregation.aggregate(set.set(), sheets, round.minGroupSize());
            cache.store(round.id(), stamp, round.minGroupSize(), result);
            return result;
        });
    }

    /** One department's round and result, before suppression. */
    private record Found(Department department, Optional<Round> round, Optional<TeamResult> result) {
    }

    /**
     * Departments answering a set side by side. {@code departmentKeys} empty means every department of the
     * space on that set; {@code roundName} null means each department's newest round. The minimum group size
     * is the largest of the rounds' and the space's, and a total over the departments is added when they all
     * answered the same set version.
     */
    public DepartmentComparison departments(String spaceKey, String setKey, List<String> departmentKeys,
                                            String roundName) {
        requireResults(spaceKey);
        StoredQuestionSet latestSet = sets.require(spaceKey, setKey);
        List<Department> chosen = departmentKeys == null || departmentKeys.isEmpty()
                ? departments.list(spaceKey).stream().filter(d -> d.setKey().equals(setKey) && !d.archived())
                .collect(Collectors.toList())
                : departmentKeys.stream().map(k -> department(spaceKey, k)).collect(Collectors.toList());
        List<Found> found = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Department d : chosen) {
            Optional<Round> round = rounds.listForDepartment(spaceKey, d.id()).stream()
                    .filter(r -> r.setKey().equals(setKey))
                    .filter(r -> roundName == null || r.name().equalsIgnoreCase(roundName.trim()))
                    .findFirst();
            Optional<TeamResult> result = round.map(r -> teamResult(r,
                    sets.version(spaceKey, r.setVersionId()).orElseThrow()));
            counts.put(d.key(), result.map(TeamResult::respondents).orElse(0));
            found.add(new Found(d, round, result));
        }
        // The strictest of the rounds' minimum group sizes; the space default only when no round exists yet.
        int k = found.stream().flatMap(f -> f.round().stream()).mapToInt(Round::minGroupSize).max()
                .orElse(settings.find(spaceKey).map(SpaceSettings::minGroupSize)
                        .orElse(SpaceSettings.DEFAULT_MIN_GROUP_SIZE));
        var hidden = Suppression.hidden(counts, k, true);
        boolean totalHidden = Suppression.totalHidden(counts, k);
        List<DepartmentComparison.Row> rows = found.stream().map(f -> new DepartmentComparison.Row(f.department(),
                f.round(), hidden.contains(f.department().key()) ? Optional.empty() : f.result(),
                hidden.contains(f.department().key()))).collect(Collectors.toList());
        List<Long> versions = found.stream().flatMap(f -> f.round().stream()).map(Round::setVersionId).distinct()
                .collect(Collectors.toList());
        Optional<TeamResult> total = Optional.empty();
        if (versions.size() == 1 && !totalHidden && found.size() > 1) {
            List<List<Answer>> sheets = new ArrayList<>();
            found.forEach(f -> f.round().ifPresent(r -> sheets.addAll(responses.latestAnswerSheets(r.id()))));
            StoredQuestionSet version = sets.version(spaceKey, versions.get(0)).orElseThrow();
            total = Optional.of(TeamAggregation.aggregate(version.set(), sheets, k));
        }
        return new DepartmentComparison(latestSet, rows, total, totalHidden, k, users.currentLanguage());
    }

    /** A department's rounds of its set from the baseline to now, and the change baseline → latest. */
    public DepartmentTrend trend(String spaceKey, String departmentKey) {
        requireResults(spaceKey);
        Department department = department(spaceKey, departmentKey);
        List<Round> history = rounds.listForDepartment(spaceKey, department.id()).stream()
                .filter(r -> r.setKey().equals(department.setKey()))
                .sorted(Comparator.comparing(Round::createdAt).thenComparingLong(Round::id))
                .collect(Collectors.toList());
        List<DepartmentTrend.Point> points = new ArrayList<>();
        for (Round r : history) {
            StoredQuestionSet version = sets.version(spaceKey, r.setVersionId()).orElseThrow();
            points.add(new DepartmentTrend.Point(r, version, teamResult(r, version)));
        }
        List<DepartmentTrend.Point> shown = points.stream().filter(p -> !p.result().suppressed())
                .collect(Collectors.toList());
        Optional<Trend> trend = Optional.empty();
        if (shown.size() >= 2) {
            DepartmentTrend.Point first = shown.get(0);
            DepartmentTrend.Point last = shown.get(shown.size() - 1);
            trend = Optional.of(Trends.compare(first.set().set(), responses.latestAnswerSheets(first.round().id()),
                    last.set().set(), responses.latestAnswerSheets(last.round().id())));
        }
        StoredQuestionSet set = points.isEmpty() ? sets.require(spaceKey, department.setKey())
                : points.get(points.size() - 1).set();
        return new DepartmentTrend(department, set, points, trend, users.currentLanguage());
    }

    private Department department(String spaceKey, String key) {
        if (key == null || key.isBlank()) {
            throw ServiceException.invalid("required", "department");
        }
        return departments.findByKey(spaceKey, key.trim())
                .orElseThrow(() -> ServiceException.notFound("department-not-found", "department", key));
    }
}

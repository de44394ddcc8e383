package io.cxmaturity.service;

import io.cxmaturity.domain.Answer;
import io.cxmaturity.domain.AnswerType;
import io.cxmaturity.domain.BuildingBlock;
import io.cxmaturity.domain.Department;
import io.cxmaturity.domain.Language;
import io.cxmaturity.domain.Question;
import io.cxmaturity.domain.QuestionSet;
import io.cxmaturity.domain.Response;
import io.cxmaturity.domain.Round;
import io.cxmaturity.domain.Stage;
import io.cxmaturity.domain.StageBasis;
import io.cxmaturity.domain.StoredQuestionSet;
import io.cxmaturity.domain.UserRef;
import io.cxmaturity.domain.scoring.BlockStats;
import io.cxmaturity.domain.scoring.QuestionStats;
import io.cxmaturity.domain.scoring.Summary;
import io.cxmaturity.domain.scoring.TeamResult;
import io.cxmaturity.port.DepartmentRepository;
import io.cxmaturity.port.RoundRepository;
import io.cxmaturity.port.SpaceDataRepository;
import io.cxmaturity.port.Texts;
import io.cxmaturity.port.UserDirectory;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A round's responses and results as tables, for CSV and XLSX files. Raw responses are for space admins only
 * and only when at least the round's minimum group size answered: below it, the answers of a handful of people
 * identify them, so the export is refused (409, as the state of the round, not the caller, is what stands in
 * the way; it becomes possible when more people answer). Results follow the space's results visibility and,
 * below the minimum, hold the count and the suppression note only.
 */
public class ExportService {
    /** What marks a question the respondent found not applicable. */
    public static final String NOT_APPLICABLE = "N/A";

    private final Access access;
    private final UserDirectory users;
    private final Texts texts;
    private final QuestionSetService sets;
    private final DepartmentRepository departments;
    private final RoundRepository rounds;
    private final SpaceDataRepository data;
    private final ResultsService results;
    private final AuditService audit;

    public ExportService(Access access, UserDirectory users, Texts texts, QuestionSetService sets,
                         DepartmentRepository departments, RoundRepository rounds, SpaceDataRepository data,
                         ResultsService results, AuditService audit) {
        this.access = access;
        this.users = users;
        this.texts = texts;
        this.sets = sets;
        this.departments = departments;
        this.rounds = rounds;
        this.data = data;
        this.results = results;
        this.audit = audit;
    }

    /**
     * One row per response (the latest revision of each), with the respondent's name unless the round is
     * anonymous, then one column per question, then the comments; and the questions. Space admins only; 409
     * {@code export-group-too-small} below the round's minimum group size. Recorded in the audit trail.
     *
     * @param format what the tables become ("csv", "xlsx"), for the audit trail
     */
    public Workbook responses(String spaceKey, long roundId, String format) {
        UserRef admin = access.requireAdmin(spaceKey);
        Round round = round(spaceKey, roundId);
        Department department = departments.find(spaceKey, round.departmentId()).orElseThrow();
        StoredQuestionSet stored = sets.version(spaceKey, round.setVersionId()).orElseThrow();
        QuestionSet set = stored.set();
        Language language = users.currentLanguage();
        List<Response> latest = new ArrayList<>(data.responses(round.id(), true));
        if (latest.size() < round.minGroupSize()) {
            throw ServiceException.conflict("export-group-too-small", "roundId", latest.size(), round.minGroupSize());
        }
        // In an anonymous round even the order of rows could be matched with who took part when: order by the
        // random ids instead.
        latest.sort(round.anonymous() ? Comparator.comparing(Response::id)
                : Comparator.comparing(Response::submittedAt).thenComparing(Response::id));

        List<String> keys = new ArrayList<>(List.of("response", "department", "round", "submitted"));
        List<String> labels = new ArrayList<>(List.of(label("response"), label("department"), label("round"),
                label("submitted")));
        if (!round.anonymous()) {
            keys.add("respondent");
            labels.add(label("respondent"));
        }
        for (Question q : set.questions()) {
            keys.add(q.key());
            labels.add(q.text().in(language));
        }
        keys.add("comments");
        labels.add(label("comments"));

        Map<String, String> names = new HashMap<>();
        List<List<Object>> rows = new ArrayList<>();
        for (Response r : latest) {
            List<Object> row = new ArrayList<>();
            row.add(r.id());
            row.add(department.name());
            row.add(round.name());
            row.add(LocalDate.ofInstant(r.submittedAt(), ZoneOffset.UTC));
            if (!round.anonymous()) {
                row.add(r.respondent() == null ? null : names.computeIfAbsent(r.respondent(), this::displayName));
            }
            List<String> comments = new ArrayList<>();
            for (Question q : set.questions()) {
                Optional<Answer> answer = r.answer(q.key());
                row.add(answer.map(a -> cell(q, a)).orElse(null));
                answer.filter(a -> q.answerType().kind() != AnswerType.Kind.COMMENT && a.comment() != null
                        && !a.comment().isBlank()).ifPresent(a -> comments.add(q.key() + ": " + a.comment()));
            }
            row.add(comments.isEmpty() ? null : String.join("\n", comments));
            rows.add(row);
        }
        audit.record(spaceKey, admin, "export.responses", department.key() + " · " + round.name(),
                format + " · " + rows.size() + " responses");
        return new Workbook(fileName(spaceKey, department, round, "responses"), List.of(
                new Workbook.Sheet("responses", keys, labels, rows), questions(set, language)));
    }

    /**
     * The round's result per set, block and question: n, median, interquartile range, mean, minimum, maximum,
     * stage, and whether the team disagrees; below the minimum group size only the count and the suppression
     * note. Whoever may read the space's results may export them.
     */
    public Workbook results(String spaceKey, long roundId) {
        RoundResult result = results.round(spaceKey, roundId, null);
        QuestionSet set = result.set().set();
        Language language = result.language();
        TeamResult team = result.team();
        List<String> keys = List.of("level", "key", "block", "title", "unit", "n", "median", "iqr", "mean", "min",
                "max", "stage", "disagreement", "notApplicable", "note");
        List<String> labels = keys.stream().map(k -> label("results." + k)).toList();
        List<List<Object>> rows = new ArrayList<>();
        if (team.suppressed()) {
            rows.add(Arrays.asList("total", set.key(), null, set.title().in(language), null, team.respondents(),
                    null, null, null, null, null, null, null, null,
                    texts.get("cx-maturity.export.suppressed", team.respondents(), team.minGroupSize())));
        } else {
            String unit = set.stageBasis() == StageBasis.PERCENT ? "percent" : "points";
            rows.add(statsRow("total", set.key(), null, set.title().in(language), unit, team.score(),
                    team.stage().map(s -> s.name().in(language)).orElse(null), null, null));
            for (BuildingBlock block : set.blocks()) {
                Optional<BlockStats> stats = team.block(block.key());
                rows.add(statsRow("block", block.key(), null, block.title().in(language), "percent",
                        stats.map(BlockStats::percent).orElse(Summary.EMPTY),
                        stats.flatMap(BlockStats::stage).map(Stage::name).map(n -> n.in(language)).orElse(null),
                        null, null));
            }
            for (Question q : set.questions()) {
                Optional<QuestionStats> stats = team.question(q.key());
                rows.add(statsRow("question", q.key(), q.blockKey(), q.text().in(language), "points",
                        stats.map(QuestionStats::points).orElse(Summary.EMPTY), null,
                        stats.map(QuestionStats::disagreement).orElse(null),
                        stats.map(QuestionStats::notApplicable).orElse(null)));
            }
        }
        return new Workbook(fileName(spaceKey, result.department(), result.round(), "results"), List.of(
                new Workbook.Sheet("results", keys, labels, rows), questions(set, language)));
    }

    private static List<Object> statsRow(String level, String key, String block, String title, String unit,
                                         Summary s, String stage, Boolean disagreement, Integer notApplicable) {
        boolean empty = s.isEmpty();
        return Arrays.asList(level, key, block, title, unit, s.n(), empty ? null : s.median(),
                empty ? null : s.iqr(), empty ? null : s.mean(), empty ? null : s.min(), empty ? null : s.max(), stage,
                disagreement, notApplicable, null);
    }

    /** The questions in the reader's language: the key each column is headed with, its block and its text. */
    private Workbook.Sheet questions(QuestionSet set, Language language) {
        List<String> keys = List.of("question", "block", "blockTitle", "text", "answerType", "allowNa");
        List<List<Object>> rows = new ArrayList<>();
        for (Question q : set.questions()) {
            rows.add(Arrays.asList(q.key(), q.blockKey(),
                    set.block(q.blockKey()).map(b -> b.title().in(language)).orElse(null), q.text().in(language),
                    q.answerType().kind().name().toLowerCase(java.util.Locale.ROOT), q.allowNa()));
        }
        return new Workbook.Sheet("questions", keys, keys.stream().map(k -> label("questions." + k)).toList(), rows);
    }

    /** A cell: scale points as numbers, other choices as their value, comments as text, N/A marked. */
    private static Object cell(Question q, Answer a) {
        if (a.notApplicable()) {
            return NOT_APPLICABLE;
        }
        if (q.answerType().kind() == AnswerType.Kind.COMMENT) {
            return a.comment();
        }
        if (a.value() != null && q.answerType().kind() == AnswerType.Kind.SCALE) {
            try {
                return Integer.valueOf(a.value());
            } catch (NumberFormatException e) {
                return a.value();
            }
        }
        return a.value();
    }

    private String displayName(String userKey) {
        return users.findByKey(userKey)
                .map(UserRef::displayName)
                .orElse(userKey);
    }

    private String label(String key) {
        return texts.get("cx-maturity.export.column." + key);
    }

    private Round round(String spaceKey, long roundId) {
        return rounds.find(spaceKey, roundId)
                .orElseThrow(() -> ServiceException.notFound("round-not-found", "roundId", roundId));
    }

    private static String fileName(String spaceKey, Department department, Round round, String part) {
        return "cx-" + spaceKey + "-" + department.key() + "-" + round.name() + "-" + part;
    }
}

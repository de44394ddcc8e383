package io.cxmaturity.service;

import io.cxmaturity.catalog.BuiltInCatalog;
import io.cxmaturity.domain.Answer;
import io.cxmaturity.domain.AnswerSheetPolicy;
import io.cxmaturity.domain.Department;
import io.cxmaturity.domain.Draft;
import io.cxmaturity.domain.Response;
import io.cxmaturity.domain.Round;
import io.cxmaturity.domain.RoundStatus;
import io.cxmaturity.domain.StoredQuestionSet;
import io.cxmaturity.domain.UserRef;
import io.cxmaturity.domain.scoring.Scoring;
import io.cxmaturity.port.ConflictException;
import io.cxmaturity.port.RoundChangedException;
import io.cxmaturity.port.DepartmentRepository;
import io.cxmaturity.port.DraftRepository;
import io.cxmaturity.port.ResponseRepository;
import io.cxmaturity.port.RoundRepository;
import io.cxmaturity.port.UserDirectory;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Answering an assessment: the form, drafts, submitting and changing a response. */
public class AssessmentService {
    private final Access access;
    private final UserDirectory users;
    private final QuestionSetService sets;
    private final DepartmentRepository departments;
    private final RoundRepository rounds;
    private final ResponseRepository responses;
    private final DraftRepository drafts;
    private final Clock clock;

    public AssessmentService(Access access, UserDirectory users, QuestionSetService sets,
                             DepartmentRepository departments, RoundRepository rounds, ResponseRepository responses,
                             DraftRepository drafts, Clock clock) {
        this.access = access;
        this.users = users;
        this.sets = sets;
        this.departments = departments;
        this.rounds = rounds;
        this.responses = responses;
        this.drafts = drafts;
        this.clock = clock;
    }

    /**
     * The form for a page. The page may name the set, the department and the round; what it leaves out is
     * found: the department's set, the only department using the set, the department's open round.
     */
    public FormState form(String spaceKey, String setKey, String departmentKey, Long roundId) {
        Optional<UserRef> user = access.requireView(spaceKey);
        Department department = null;
        List<Department> choices = List.of();
        if (departmentKey != null && !departmentKey.isBlank()) {
            department = departments.findByKey(spaceKey, departmentKey.trim())
                    .orElseThrow(() -> ServiceException.notFound("department-not-found", "department", departmentKey));
        }
        Round round = null;
        if (roundId != null) {
            round = rounds.find(spaceKey, roundId)
                    .orElseThrow(() -> ServiceException.notFound("round-not-found", "roundId", roundId));
            if (department == null) {
                long id = round.departmentId();
                department = departments.find(spaceKey, id).orElse(null);
            } else if (round.departmentId() != department.id()) {
                throw ServiceException.invalid("round-of-other-department", "roundId", roundId);
            }
        }
        if (department == null) {
            String wanted = setKey;
            choices = departments.list(spaceKey).stream()
                    .filter(d -> !d.archived() && (wanted == null || wanted.equals(d.setKey())))
                    .collect(Collectors.toList());
            if (choices.size() == 1) {
                department = choices.get(0);
                choices = List.of();
            }
        }
        String effectiveSet = setKey != null ? setKey
                : department != null ? department.setKey() : BuiltInCatalog.FLAGSHIP;
        List<Round> history = department == null ? List.of() : rounds.listForDepartment(spaceKey, department.id());
        if (round == null && department != null) {
            round = history.stream().filter(Round::isOpen).max(Comparator.comparing(Round::createdAt)).orElse(null);
        }
        StoredQuestionSet set = round != null
                ? sets.version(spaceKey, round.setVersionId()).orElseThrow()
                : sets.require(spaceKey, effectiveSet);

        FormState.Status status;
        Instant submittedAt = null;
        Response current = null;
        Draft draft = null;
        Response previous = null;
        if (department == null) {
            status = FormState.Status.CHOOSE_DEPARTMENT;
        } else if (round == null) {
            status = FormState.Status.NO_OPEN_ROUND;
        } else if (user.isEmpty()) {
            status = round.isOpen() ? FormState.Status.LOGIN_REQUIRED : FormState.Status.ROUND_CLOSED;
        } else {
            String userKey = user.get().key();
            submittedAt = responses.participatedAt(round.id(), userKey).orElse(null);
            if (submittedAt != null && !round.anonymous()) {
                current = responses.current(spaceKey, round.id(), userKey).orElse(null);
            }
            if (submittedAt != null) {
                status = FormState.Status.SUBMITTED;
            } else if (!round.isOpen()) {
                status = FormState.Status.ROUND_CLOSED;
            } else {
                status = FormState.Status.OPEN;
                draft = drafts.find(round.id(), userKey).orElse(null);
            }
            if (submittedAt == null) {
                previous = previousResponse(round, history, userKey).orElse(null);
            }
        }
        List<String> contacts = status == FormState.Status.NO_OPEN_ROUND ? access.spaceAdminNames(spaceKey) : List.of();
        return new FormState(status, set, department, choices, round, user.orElse(null), submittedAt, current, draft,
                users.currentLanguage(), current == null ? null : Scoring.score(set.set(), current.answers()), previous,
                contacts);
    }

    /**
     * The respondent's latest response in the round before this one (same department, same set), when neither
     * round is anonymous: it feeds the "last round you answered …" hints. Nothing is offered in anonymous rounds.
     */
    Optional<Response> previousResponse(Round round, List<Round> history, String userKey) {
        if (round.anonymous()) {
            return Optional.empty();
        }
        return history.stream()
                .filter(r -> r.setKey().equals(round.setKey()) && r.createdAt().isBefore(round.createdAt()))
                .findFirst()
                .filter(r -> !r.anonymous())
                .flatMap(r -> responses.current(round.spaceKey(), r.id(), userKey));
    }

    /** The department's open round, the newest if (against the rules) there are several. */
    public Optional<Round> openRound(String spaceKey, long departmentId) {
        return rounds.listForDepartment(spaceKey, departmentId).stream()
                .filter(Round::isOpen)
                .max(Comparator.comparing(Round::createdAt));
    }

    /** Stores a complete answer sheet as the caller's response in an open round, and scores it for them. */
    public OwnResult submit(String spaceKey, long roundId, List<Answer> answers) {
        UserRef user = access.requireViewer(spaceKey);
        Round round = openRoundForAnswers(spaceKey, roundId);
        StoredQuestionSet set = sets.version(spaceKey, round.setVersionId()).orElseThrow();
        AnswerSheetPolicy.check(set.set(), answers, true).ifPresent(v -> {
            throw ServiceException.invalid(v);
        });
        if (responses.participatedAt(round.id(), user.key()).isPresent()) {
            throw ServiceException.conflict("already-submitted", "roundId", roundId);
        }
        Instant now = clock.instant();
        Response response = new Response(UUID.randomUUID().toString(), spaceKey, round.id(), round.setVersionId(),
                round.anonymous() ? null : user.key(), 1,
                // An exact time on an anonymous response could be matched with the participation record.
                round.anonymous() ? now.truncatedTo(ChronoUnit.DAYS) : now, answers);
        try {
            responses.submit(response, user.key());
        } catch (RoundChangedException e) {
            throw ServiceException.conflict("round-changed", "roundId", roundId);
        } catch (ConflictException e) {
            throw ServiceException.conflict("already-submitted", "roundId", roundId);
        }
        return new OwnResult(response, set, Scoring.score(set.set(), answers), users.currentLanguage());
    }

    /**
     * Stores a changed answer sheet as a new revision of the caller's response while the round is open; the
     * older revision is kept. Responses in anonymous rounds carry no respondent and cannot be changed.
     */
    public OwnResult revise(String spaceKey, String responseId, List<Answer> answers) {
        UserRef user = access.requireViewer(spaceKey);
        Response previous = responses.find(spaceKey, responseId)
                .filter(r -> user.key().equals(r.respondent()))
                .orElseThrow(() -> ServiceException.notFound("response-not-found", "id", String.valueOf(responseId)));
        Round round = openRoundForAnswers(spaceKey, previous.roundId());
        Response current = responses.current(spaceKey, round.id(), user.key()).orElse(previous);
        if (!current.id().equals(previous.id())) {
            throw ServiceException.conflict("response-outdated", "id", responseId);
        }
        StoredQuestionSet set = sets.version(spaceKey, round.setVersionId()).orElseThrow();
        AnswerSheetPolicy.check(set.set(), answers, true).ifPresent(v -> {
            throw ServiceException.invalid(v);
        });
        Response next = new Response(UUID.randomUUID().toString(), spaceKey, round.id(), round.setVersionId(),
                user.key(), current.revision() + 1, clock.instant(), answers);
        try {
            responses.revise(next);
        } catch (RoundChangedException e) {
            throw ServiceException.conflict("round-changed", "roundId", round.id());
        } catch (ConflictException e) {
            throw ServiceException.conflict("response-outdated", "id", responseId);
        }
        return new OwnResult(next, set, Scoring.score(set.set(), answers), users.currentLanguage());
    }

    /** The caller's standing in a round: when they submitted and, in a named round, their latest response. */
    public FormState mine(String spaceKey, long roundId) {
        UserRef user = access.requireViewer(spaceKey);
        Round round = rounds.find(spaceKey, roundId)
                .orElseThrow(() -> ServiceException.notFound("round-not-found", "roundId", roundId));
        Instant submittedAt = responses.participatedAt(round.id(), user.key()).orElse(null);
        Response current = round.anonymous() ? null : responses.current(spaceKey, round.id(), user.key()).orElse(null);
        StoredQuestionSet set = sets.version(spaceKey, round.setVersionId()).orElseThrow();
        Department department = departments.find(spaceKey, round.departmentId()).orElse(null);
        return new FormState(submittedAt != null ? FormState.Status.SUBMITTED
                : round.isOpen() ? FormState.Status.OPEN : FormState.Status.ROUND_CLOSED, set, department, List.of(),
                round, user, submittedAt, current, null, users.currentLanguage(),
                current == null ? null : Scoring.score(set.set(), current.answers()), null, List.of());
    }

    /** Saves the caller's unsubmitted answers; a draft may be partial. */
    public Draft saveDraft(String spaceKey, long roundId, List<Answer> answers) {
        UserRef user = access.requireViewer(spaceKey);
        Round round = openRoundForAnswers(spaceKey, roundId);
        if (responses.participatedAt(round.id(), user.key()).isPresent()) {
            throw ServiceException.conflict("already-submitted", "roundId", roundId);
        }
        StoredQuestionSet set = sets.version(spaceKey, round.setVersionId()).orElseThrow();
        AnswerSheetPolicy.check(set.set(), answers, false).ifPresent(v -> {
            throw ServiceException.invalid(v);
        });
        Draft draft = new Draft(round.id(), user.key(), answers, clock.instant());
        drafts.save(draft);
        return draft;
    }

    public Optional<Draft> draft(String spaceKey, long roundId) {
        UserRef user = access.requireViewer(spaceKey);
        Round round = rounds.find(spaceKey, roundId)
                .orElseThrow(() -> ServiceException.notFound("round-not-found", "roundId", roundId));
        return drafts.find(round.id(), user.key());
    }

    private Round openRoundForAnswers(String spaceKey, long roundId) {
        Round round = rounds.find(spaceKey, roundId)
                .orElseThrow(() -> ServiceException.notFound("round-not-found", "roundId", roundId));
        if (round.status() != RoundStatus.OPEN) {
            throw ServiceException.conflict("round-closed", "roundId", roundId);
        }
        return round;
    }
}

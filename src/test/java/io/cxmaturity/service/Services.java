package io.cxmaturity.service;

import io.cxmaturity.catalog.BuiltInCatalog;
import io.cxmaturity.domain.Answer;
import io.cxmaturity.domain.Department;
import io.cxmaturity.domain.Round;
import io.cxmaturity.fake.FakeUsers;
import io.cxmaturity.fake.InMemoryAuditLog;
import io.cxmaturity.fake.InMemoryDepartmentRepository;
import io.cxmaturity.fake.InMemoryDraftRepository;
import io.cxmaturity.fake.InMemoryInitiativeRepository;
import io.cxmaturity.fake.InMemoryOwnerRepository;
import io.cxmaturity.fake.InMemoryQuestionSetRepository;
import io.cxmaturity.fake.InMemoryResponseRepository;
import io.cxmaturity.fake.InMemoryReminderLog;
import io.cxmaturity.fake.InMemoryResultCache;
import io.cxmaturity.fake.RecordingMailer;
import io.cxmaturity.fake.InMemoryRoundRepository;
import io.cxmaturity.fake.InMemorySetDraftRepository;
import io.cxmaturity.fake.InMemorySettingsRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The use cases wired over in-memory fakes of every port, with a space "CX" (admin "boss", viewers "ann",
 * "bob", "cat", "dan", "eve") and a clock that moves a minute at each call.
 */
final class Services {
    final FakeUsers users = new FakeUsers();
    final InMemoryQuestionSetRepository setRepository = new InMemoryQuestionSetRepository();
    final InMemoryDepartmentRepository departmentRepository = new InMemoryDepartmentRepository();
    final InMemoryRoundRepository roundRepository = new InMemoryRoundRepository();
    final InMemoryDraftRepository draftRepository = new InMemoryDraftRepository();
    final AtomicInteger sheetReads = new AtomicInteger();
    final InMemoryResponseRepository responseRepository = new InMemoryResponseRepository(draftRepository) {
        @Override
        public synchronized List<List<Answer>> latestAnswerSheets(long roundId) {
            sheetReads.incrementAndGet();
            return super.latestAnswerSheets(roundId);
        }
    };
    final InMemorySettingsRepository settingsRepository = new InMemorySettingsRepository();
    final InMemoryOwnerRepository ownerRepository = new InMemoryOwnerRepository();
    final InMemoryResultCache cache = new InMemoryResultCache();
    /** Whole days the clock has been moved on (see {@link #laterBy}). */
    final AtomicInteger days = new AtomicInteger();
    final Clock clock = new Clock() {
        private final AtomicInteger ticks = new AtomicInteger();

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.parse("2026-11-02T09:00:00Z").plusSeconds(86_400L * days.get() + 60L * ticks.incrementAndGet());
        }
    };
    final Access access = new Access(users, users);
    final QuestionSetService sets = new QuestionSetService(setRepository, new BuiltInCatalog(), access, users, clock);
    final AssessmentService assessments = new AssessmentService(access, users, sets, departmentRepository,
            roundRepository, responseRepository, draftRepository, clock);
    final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    final AuditService audit = new AuditService(access, auditLog, users, clock);
    final SettingsService settings = new SettingsService(access, settingsRepository, audit);
    final RoundService rounds = new RoundService(access, sets, departmentRepository, roundRepository, assessments,
            settings, audit, users, clock, responseRepository);
    final OwnerService owners = new OwnerService(access, ownerRepository, sets, users, audit);
    final InMemoryReminderLog reminderLog = new InMemoryReminderLog();
    final RecordingMailer mailer = new RecordingMailer();
    final ReminderService reminders = new ReminderService(access, roundRepository, departmentRepository,
            responseRepository, reminderLog, users, mailer, audit, clock);
    final ResultsService results = new ResultsService(access, users, sets, departmentRepository, roundRepository,
            responseRepository, cache, settingsRepository, ownerRepository);
    final InMemoryInitiativeRepository initiativeRepository = new InMemoryInitiativeRepository();
    final io.cxmaturity.fake.InMemorySpaceDataRepository spaceData = new io.cxmaturity.fake.InMemorySpaceDataRepository(
            setRepository, departmentRepository, roundRepository, responseRepository, settingsRepository,
            ownerRepository, initiativeRepository, auditLog);
    /** Texts as their keys with the arguments, so tests see which text was meant. */
    final io.cxmaturity.port.Texts texts = (key, arguments) -> arguments.length == 0 ? key
            : key + java.util.Arrays.toString(arguments);
    final ExportService exports = new ExportService(access, users, texts, sets, departmentRepository, roundRepository,
            spaceData, results, audit);
    final TransferService transfers = new TransferService(access, users, sets, departmentRepository, roundRepository,
            settingsRepository, ownerRepository, initiativeRepository, spaceData, audit, clock);
    final RoadmapService roadmap = new RoadmapService(access, users, sets, departmentRepository, roundRepository,
            initiativeRepository, ownerRepository, results, audit, clock);
    final InMemorySetDraftRepository setDraftRepository = new InMemorySetDraftRepository();
    final QuestionSetAdminService setAdmin = new QuestionSetAdminService(access, sets, setRepository,
            setDraftRepository, departmentRepository, new BuiltInCatalog(), audit, users, clock);

    Services() {
        users.admin("CX", "boss");
        for (String viewer : List.of("ann", "bob", "cat", "dan", "eve")) {
            users.viewer("CX", viewer);
        }
        users.space("OTHER").admin("OTHER", "otto");
        users.space("NEW").admin("NEW", "boss");
    }

    /** Moves the clock on by whole days (today is 2026-11-02 until then). */
    void laterBy(int daysLater) {
        days.addAndGet(daysLater);
    }

    /** A department on the set with an open round, created as the admin; the caller is then nobody. */
    Round openRound(String department, String setKey, boolean anonymous, int minGroupSize) {
        users.actAs("boss");
        Department d = rounds.createDepartment("CX", department, setKey, 10);
        Round round = rounds.openRound("CX", d.id(), "2026 H2", anonymous, minGroupSize, null, null);
        users.actAs(null);
        return round;
    }

    Round close(Round round) {
        users.actAs("boss");
        Round closed = rounds.closeRound("CX", round.id());
        users.actAs(null);
        return closed;
    }

    /** Submits as the user: every question of the set answered with the given points. */
    OwnResult answer(String user, Round round, int points) {
        users.actAs(user);
        OwnResult result = assessments.submit("CX", round.id(),
                io.cxmaturity.testing.Sheets.all(sets.version("CX", round.setVersionId()).orElseThrow().set(), points));
        users.actAs(null);
        return result;
    }
}

package io.cxmaturity.service;

import io.cxmaturity.domain.Department;
import io.cxmaturity.domain.Recipient;
import io.cxmaturity.domain.Reminder;
import io.cxmaturity.domain.ReminderClaim;
import io.cxmaturity.domain.ReminderPlan;
import io.cxmaturity.domain.Round;
import io.cxmaturity.domain.UserRef;
import io.cxmaturity.port.DepartmentRepository;
import io.cxmaturity.port.GroupDirectory;
import io.cxmaturity.port.ReminderLog;
import io.cxmaturity.port.ReminderMailer;
import io.cxmaturity.port.ResponseRepository;
import io.cxmaturity.port.RoundRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * Reminders to the people of a round who have not answered yet: members of the department's respondent group
 * without a participation in the round (the participant table, which anonymous rounds keep too, apart from
 * the answers). The scheduled job sends them on the round's reminder days; a space admin may send them now.
 *
 * <p><b>Once per cluster.</b> Every reminder is claimed before it is sent: a row per round, occasion, person
 * and attempt under a key unique in the database. Of two nodes (or two runs) that reach the same person, one
 * inserts the claim and sends, the other's insert fails and it moves on. The order is claim, send, mark sent:
 * <ul>
 * <li>the mail server refuses the mail (nothing left): the claim is marked failed and a later run tries again
 * as attempt 2, then 3 (claimed the same way, so again by one node only);</li>
 * <li>the run dies between claim and mark (the node stops, the database goes away): the claim stays
 * "claimed". Whether the mail left is unknown, so it is <em>not</em> sent again: that one person may miss this
 * occasion's reminder (they get the next one) but nobody ever gets the same reminder twice. Everyone the run
 * had not reached yet has no claim, so the next run reminds them: nothing else is lost or doubled.</li>
 * </ul>
 */
public class ReminderService {
    /** Tries per person and occasion while the mail server refuses. */
    public static final int MAX_ATTEMPTS = 3;
    /** Refusals in a row after which a run stops (the mail server is down; a later run goes on). */
    static final int REFUSALS_BEFORE_GIVING_UP = 5;

    private final Access access;
    private final RoundRepository rounds;
    private final DepartmentRepository departments;
    private final ResponseRepository responses;
    private final ReminderLog log;
    private final GroupDirectory groups;
    private final ReminderMailer mailer;
    private final AuditService audit;
    private final Clock clock;

    public ReminderService(Access access, RoundRepository rounds, DepartmentRepository departments,
                           ResponseRepository responses, ReminderLog log, GroupDirectory groups, ReminderMailer mailer,
                           AuditService audit, Clock clock) {
        this.access = access;
        this.rounds = rounds;
        this.departments = departments;
        this.responses = responses;
        this.log = log;
        this.groups = groups;
        this.mailer = mailer;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What one pass over a round did for an occasion: mails accepted, refused, people already reminded for
     * the occasion (by this or another node), people who answered, and members without an e-mail address.
     */
    public record Outcome(long roundId, LocalDate occasion, int sent, int failed, int alreadyReminded, int answered,
                          int withoutAddress) {
    }

    /** What a run of the scheduled job did. */
    public record RunReport(int roundsDue, int sent, int failed, int roundsFailed) {
    }

    /** For the admin screen: the plan, the next reminder day, and per occasion how many were sent when. */
    public record Status(ReminderPlan plan, boolean mailConfigured, String respondentGroup, LocalDate nextOccasion,
                         List<OccasionTally> occasions) {
    }

    /**
     * One reminder day of a round: people whose reminder the mail server accepted, people whose last try it
     * refused, people whose reminder was claimed by a run that has not (or never) confirmed it, and when the
     * first and last mails left.
     */
    public record OccasionTally(LocalDate occasion, int sent, int failed, int unconfirmed, Instant firstSentAt,
                                Instant lastSentAt) {
    }

    /**
     * The scheduled job: every open round whose reminders are on and whose reminder day is due. Runs as the
     * plugin, not as a user. Stops between two mails when {@code cancelled} says so; a round that fails does
     * not stop the others.
     */
    public RunReport runDue(BooleanSupplier cancelled) {
        LocalDate today = LocalDate.now(clock);
        int due = 0;
        int sent = 0;
        int failed = 0;
        int roundsFailed = 0;
        if (!mailer.isConfigured()) {
            return new RunReport(0, 0, 0, 0);
        }
        for (Round round : rounds.listOpen()) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            if (!round.reminders().enabled()) {
                continue;
            }
            Optional<LocalDate> occasion = round.reminders().dueOccasion(round.opensOn(), round.closesOn(), today);
            if (occasion.isEmpty()) {
                continue;
            }
            Optional<Department> department = departments.find(round.spaceKey(), round.departmentId());
            if (department.isEmpty() || department.get().archived() || department.get().respondentGroup() == null) {
                continue;
            }
            due++;
            try {
                Outcome outcome = remind(round, department.get(), occasion.get(), ReminderClaim.SCHEDULE, cancelled);
                sent += outcome.sent();
                failed += outcome.failed();
            } catch (RuntimeException e) {
                roundsFailed++;
            }
        }
        return new RunReport(due, sent, failed, roundsFailed);
    }

    /**
     * Reminds everyone of an open round who has not answered and has not been reminded today (space admins),
     * whether or not the round's scheduled reminders are on. Today's reminder day is the occasion, so the
     * scheduled job sends nobody a second reminder today, and pressing the button twice sends nothing twice.
     */
    public Outcome sendNow(String spaceKey, long roundId) {
        UserRef admin = access.requireAdmin(spaceKey);
        Round round = rounds.find(spaceKey, roundId)
                .orElseThrow(() -> ServiceException.notFound("round-not-found", "roundId", roundId));
        if (!round.isOpen()) {
            throw ServiceException.conflict("round-closed", "roundId", round.name());
        }
        Department department = departments.find(spaceKey, round.departmentId())
                .orElseThrow(() -> ServiceException.notFound("department-not-found", "departmentId",
                        round.departmentId()));
        if (department.archived()) {
            throw ServiceException.conflict("department-archived-reminders", "departmentId", department.name());
        }
        if (department.respondentGroup() == null) {
            throw ServiceException.conflict("no-respondent-group", "respondentGroup", department.name());
        }
        if (!mailer.isConfigured()) {
            throw ServiceException.conflict("mail-server-missing", null);
        }
        Outcome outcome = remind(round, department, LocalDate.now(clock), admin.key(), () -> false);
        audit.record(spaceKey, admin, "round.remind", round.name(), outcome.occasion() + " · sent " + outcome.sent()
                + (outcome.failed() > 0 ? " · refused " + outcome.failed() : ""));
        return outcome;
    }

    /** The round's reminders for the admin screen (space admins). Counts only, no names: anonymity holds. */
    public Status status(String spaceKey, long roundId) {
        access.requireAdmin(spaceKey);
        Round round = rounds.find(spaceKey, roundId)
                .orElseThrow(() -> ServiceException.notFound("round-not-found", "roundId", roundId));
        String group = departments.find(spaceKey, round.departmentId()).map(Department::respondentGroup).orElse(null);
        LocalDate next = round.isOpen() && round.reminders().enabled()
                ? round.reminders().nextOccasion(round.opensOn(), round.closesOn(), LocalDate.now(clock)).orElse(null)
                : null;
        Map<LocalDate, Map<String, ReminderClaim>> latest = new TreeMap<>();
        Map<LocalDate, Map<String, Boolean>> sentTo = new HashMap<>();
        for (ReminderClaim c : log.forRound(roundId)) {
            latest.computeIfAbsent(c.occasion(), d -> new HashMap<>()).merge(c.userKey(), c,
                    (a, b) -> a.attempt() >= b.attempt() ? a : b);
            if (c.status() == ReminderClaim.Status.SENT) {
                sentTo.computeIfAbsent(c.occasion(), d -> new HashMap<>()).put(c.userKey(), true);
            }
        }
        List<OccasionTally> tallies = new ArrayList<>();
        for (Map.Entry<LocalDate, Map<String, ReminderClaim>> e : latest.entrySet()) {
            int sent = 0;
            int failed = 0;
            int unconfirmed = 0;
            Instant first = null;
            Instant last = null;
            for (ReminderClaim c : e.getValue().values()) {
                switch (c.status()) {
                    case SENT -> {
                        sent++;
                        first = first == null || c.sentAt().isBefore(first) ? c.sentAt() : first;
                        last = last == null || c.sentAt().isAfter(last) ? c.sentAt() : last;
                    }
                    case FAILED -> failed++;
                    default -> unconfirmed++;
                }
            }
            tallies.add(new OccasionTally(e.getKey(), sent, failed, unconfirmed, first, last));
        }
        tallies.sort(Comparator.comparing(OccasionTally::occasion).reversed());
        return new Status(round.reminders(), mailer.isConfigured(), group, next, tallies);
    }

    private Outcome remind(Round round, Department department, LocalDate occasion, String trigger,
                           BooleanSupplier cancelled) {
        Map<String, ReminderClaim> latest = new HashMap<>();
        for (ReminderClaim c : log.forOccasion(round.id(), occasion)) {
            latest.merge(c.userKey(), c, (a, b) -> a.attempt() >= b.attempt() ? a : b);
        }
        String link = round.formPageUrl() != null ? round.formPageUrl() : "/display/" + round.spaceKey();
        List<Recipient> members = new ArrayList<>(groups.members(department.respondentGroup()));
        // People not tried yet come first, retries of refused mail last: a few bad addresses cannot use up a
        // run's patience with the mail server before everyone else had their first try.
        members.sort(Comparator.comparing((Recipient m) -> latest.containsKey(m.userKey()))
                .thenComparing(Recipient::userKey));
        int sent = 0;
        int failed = 0;
        int already = 0;
        int answered = 0;
        int withoutAddress = 0;
        int refusalsInARow = 0;
        Set<String> tookPart = responses.participantKeys(round.id());
        for (Recipient member : members) {
            if (cancelled.getAsBoolean() || refusalsInARow >= REFUSALS_BEFORE_GIVING_UP) {
                break;
            }
            if (member.email() == null || member.email().isBlank()) {
                withoutAddress++;
                continue;
            }
            ReminderClaim previous = latest.get(member.userKey());
            int attempt = 1;
            if (previous != null) {
                if (previous.status() != ReminderClaim.Status.FAILED || previous.attempt() >= MAX_ATTEMPTS) {
                    already++;
                    continue;
                }
                attempt = previous.attempt() + 1;
            }
            if (tookPart.contains(member.userKey())) {
                answered++;
                continue;
            }
            Optional<ReminderClaim> claim = log.claim(round.spaceKey(), round.id(), occasion, member.userKey(), attempt,
                    clock.instant(), trigger);
            if (claim.isEmpty()) {
                already++;
                continue;
            }
            try {
                mailer.send(new Reminder(member, round.spaceKey(), round.name(), department.name(), round.closesOn(),
                        link, round.anonymous()));
            } catch (ReminderMailer.MailFailure e) {
                log.markFailed(claim.get().id(), e.getMessage());
                failed++;
                refusalsInARow++;
                continue;
            }
            log.markSent(claim.get().id(), clock.instant());
            sent++;
            refusalsInARow = 0;
        }
        return new Outcome(round.id(), occasion, sent, failed, already, answered, withoutAddress);
    }
}

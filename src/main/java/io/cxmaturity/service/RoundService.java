package io.cxmaturity.service;

import io.cxmaturity.domain.Department;
import io.cxmaturity.domain.Round;
import io.cxmaturity.domain.RoundStatus;
import io.cxmaturity.domain.StoredQuestionSet;
import io.cxmaturity.domain.UserRef;
import io.cxmaturity.domain.ReminderPlan;
import io.cxmaturity.port.DepartmentRepository;
import io.cxmaturity.port.ResponseRepository;
import io.cxmaturity.port.RoundChangedException;
import io.cxmaturity.port.RoundRepository;
import io.cxmaturity.port.UserDirectory;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Departments and their assessment rounds: what space admins set up. */
public class RoundService {
    public static final int MAX_NAME = 100;
    public static final int MAX_MIN_GROUP_SIZE = 100;
    public static final int MAX_HEADCOUNT = 1_000_000;
    public static final int MAX_FORM_URL = 255;

    private final Access access;
    private final QuestionSetService sets;
    private final DepartmentRepository departments;
    private final RoundRepository rounds;
    private final AssessmentService assessments;
    private final SettingsService settings;
    private final AuditService audit;
    private final UserDirectory users;
    private final Clock clock;
    private final ResponseRepository responses;

    public RoundService(Access access, QuestionSetService sets, DepartmentRepository departments,
                        RoundRepository rounds, AssessmentService assessments, SettingsService settings,
                        AuditService audit, UserDirectory users, Clock clock, ResponseRepository responses) {
        this.responses = responses;
        this.access = access;
        this.sets = sets;
        this.departments = departments;
        this.rounds = rounds;
        this.assessments = assessments;
        this.settings = settings;
        this.audit = audit;
        this.users = users;
        this.clock = clock;
    }

    public List<Department> departments(String spaceKey) {
        access.requireView(spaceKey);
        return departments.list(spaceKey);
    }

    /** A department's rounds, newest first. */
    public List<Round> rounds(String spaceKey, String departmentKey) {
        access.requireView(spaceKey);
        Department department = departments.findByKey(spaceKey, departmentKey == null ? "" : departmentKey)
                .orElseThrow(() -> ServiceException.notFound("department-not-found", "department",
                        String.valueOf(departmentKey)));
        return rounds.listForDepartment(spaceKey, department.id());
    }

    /** Opens a round for the department with that key; the minimum group size defaults to the space's. */
    public Round openRound(String spaceKey, String departmentKey, String name, boolean anonymous, Integer minGroupSize,
                           LocalDate opensOn, LocalDate closesOn) {
        access.requireAdmin(spaceKey);
        Department department = departments.findByKey(spaceKey, departmentKey == null ? "" : departmentKey)
                .orElseThrow(() -> ServiceException.notFound("department-not-found", "department",
                        String.valueOf(departmentKey)));
        int k = minGroupSize != null ? minGroupSize : settings.defaultMinGroupSize(spaceKey);
        return openRound(spaceKey, department.id(), name, anonymous, k, opensOn, closesOn);
    }

    public Department createDepartment(String spaceKey, String name, String setKey) {
        return createDepartment(spaceKey, name, setKey, 0);
    }

    /** A new department answering the given set; headcount (0 = unknown) gives the response rate. */
    public Department createDepartment(String spaceKey, String name, String setKey, int headcount) {
        UserRef admin = access.requireAdmin(spaceKey);
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            throw ServiceException.invalid("required", "name");
        }
        if (trimmed.length() > MAX_NAME) {
            throw ServiceException.invalid("too-long", "name", MAX_NAME);
        }
        if (headcount < 0 || headcount > MAX_HEADCOUNT) {
            throw ServiceException.invalid("out-of-range", "headcount", 0, MAX_HEADCOUNT);
        }
        sets.requireUsable(spaceKey, setKey);
        String base = slug(trimmed);
        String key = base;
        for (int n = 2; departments.findByKey(spaceKey, key).isPresent(); n++) {
            key = base + "-" + n;
        }
        Department created = departments.create(spaceKey, key, trimmed, setKey, headcount);
        audit.record(spaceKey, admin, "department.create", key, trimmed + " · " + setKey);
        return created;
    }

    /** Opens a round for a department on the latest version of its set; a department has one open round. */
    public Round openRound(String spaceKey, long departmentId, String name, boolean anonymous, int minGroupSize,
                           LocalDate opensOn, LocalDate closesOn) {
        UserRef admin = access.requireAdmin(spaceKey);
        Department department = departments.find(spaceKey, departmentId)
                .orElseThrow(() -> ServiceException.notFound("department-not-found", "departmentId", departmentId));
        if (department.archived()) {
            throw ServiceException.conflict("department-archived", "departmentId", department.name());
        }
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            throw ServiceException.invalid("required", "name");
        }
        if (trimmed.length() > MAX_NAME) {
            throw ServiceException.invalid("too-long", "name", MAX_NAME);
        }
        if (minGroupSize < 1 || minGroupSize > MAX_MIN_GROUP_SIZE) {
            throw ServiceException.invalid("out-of-range", "minGroupSize", 1, MAX_MIN_GROUP_SIZE);
        }
        if (opensOn != null && closesOn != null && closesOn.isBefore(opensOn)) {
            throw ServiceException.invalid("dates-out-of-order", "closesOn");
        }
        if (assessments.openRound(spaceKey, departmentId).isPresent()) {
            throw ServiceException.conflict("round-already-open", "departmentId", departmentId);
        }
        StoredQuestionSet set = sets.requireUsable(spaceKey, department.setKey());
        Round opened = rounds.create(new Round(0, spaceKey, departmentId, set.key(), set.id(), trimmed,
                RoundStatus.OPEN, opensOn != null ? opensOn : LocalDate.now(clock), closesOn, anonymous, minGroupSize,
                clock.instant()));
        audit.record(spaceKey, admin, "round.open", department.key() + " · " + trimmed,
                set.key() + " v" + set.version() + (anonymous ? " · anonymous" : "") + " · min " + minGroupSize);
        return opened;
    }

    public Round closeRound(String spaceKey, long roundId) {
        UserRef admin = access.requireAdmin(spaceKey);
        Round round = rounds.find(spaceKey, roundId)
                .orElseThrow(() -> ServiceException.notFound("round-not-found", "roundId", roundId));
        if (!round.isOpen()) {
            return round;
        }
        Round closed = rounds.close(spaceKey, round.id(), LocalDate.now(clock));
        audit.record(spaceKey, admin, "round.close", round.name(), "#" + round.id());
        return closed;
    }

    /**
     * What an admin may change on a round; a null field keeps its value, an empty form page URL clears it.
     * Reminder fields: whether the job reminds, every how many days (0: not periodically), and how many days
     * before the closing day the last call goes out (0: none).
     */
    public record RoundChange(String name, LocalDate opensOn, LocalDate closesOn, Integer minGroupSize,
                              Boolean anonymous, Boolean remindersEnabled, Integer remindEveryDays,
                              Integer remindDaysBeforeClose, String formPageUrl) {
    }

    /**
     * Changes a round's name, dates, minimum group size, anonymity, reminders and form page (space admins).
     * Anonymity is fixed once the round has a response, both ways: answers given under a promise of anonymity
     * must stay anonymous, and answers stored with names cannot become anonymous after the fact (409
     * anonymity-locked). Every change is audited.
     */
    public Round updateRound(String spaceKey, long roundId, RoundChange change) {
        UserRef admin = access.requireAdmin(spaceKey);
        Round r = rounds.find(spaceKey, roundId)
                .orElseThrow(() -> ServiceException.notFound("round-not-found", "roundId", roundId));
        String name = r.name();
        if (change.name() != null) {
            name = change.name().trim();
            if (name.isEmpty()) {
                throw ServiceException.invalid("required", "name");
            }
            if (name.length() > MAX_NAME) {
                throw ServiceException.invalid("too-long", "name", MAX_NAME);
            }
        }
        LocalDate opensOn = change.opensOn() != null ? change.opensOn() : r.opensOn();
        LocalDate closesOn = change.closesOn() != null ? change.closesOn() : r.closesOn();
        if (opensOn != null && closesOn != null && closesOn.isBefore(opensOn)) {
            throw ServiceException.invalid("dates-out-of-order", change.closesOn() != null ? "closesOn" : "opensOn");
        }
        int minGroupSize = change.minGroupSize() != null ? change.minGroupSize() : r.minGroupSize();
        if (minGroupSize < 1 || minGroupSize > MAX_MIN_GROUP_SIZE) {
            throw ServiceException.invalid("out-of-range", "minGroupSize", 1, MAX_MIN_GROUP_SIZE);
        }
        ReminderPlan plan = new ReminderPlan(
                change.remindersEnabled() != null ? change.remindersEnabled() : r.reminders().enabled(),
                change.remindEveryDays() != null ? change.remindEveryDays() : r.reminders().everyDays(),
                change.remindDaysBeforeClose() != null ? change.remindDaysBeforeClose() : r.reminders().daysBeforeClose());
        if (plan.everyDays() < 0 || plan.everyDays() > ReminderPlan.MAX_DAYS) {
            throw ServiceException.invalid("out-of-range", "reminders.everyDays", 0, ReminderPlan.MAX_DAYS);
        }
        if (plan.daysBeforeClose() < 0 || plan.daysBeforeClose() > ReminderPlan.MAX_DAYS) {
            throw ServiceException.invalid("out-of-range", "reminders.daysBeforeClose", 0, ReminderPlan.MAX_DAYS);
        }
        if (plan.enabled() && !plan.hasSchedule()) {
            throw ServiceException.invalid("reminders-need-a-day", "reminders.everyDays");
        }
        if (plan.daysBeforeClose() > 0 && closesOn == null) {
            throw ServiceException.invalid("needs-closing-day", "reminders.daysBeforeClose");
        }
        String formPageUrl = r.formPageUrl();
        if (change.formPageUrl() != null) {
            formPageUrl = change.formPageUrl().trim().isEmpty() ? null : change.formPageUrl().trim();
            if (formPageUrl != null && !isFormPageUrl(formPageUrl)) {
                throw ServiceException.invalid("not-a-page-url", "formPageUrl");
            }
        }
        boolean anonymous = change.anonymous() != null ? change.anonymous() : r.anonymous();
        if (anonymous != r.anonymous() && responses.countRespondents(r.id()) > 0) {
            throw ServiceException.conflict("anonymity-locked", "anonymous", r.name());
        }
        Round updated;
        try {
            updated = rounds.update(new Round(r.id(), spaceKey, r.departmentId(), r.setKey(), r.setVersionId(), name,
                    r.status(), opensOn, closesOn, anonymous, minGroupSize, r.createdAt(), plan, formPageUrl));
        } catch (RoundChangedException answeredMeanwhile) {
            throw ServiceException.conflict("anonymity-locked", "anonymous", r.name());
        }
        String detail = describe(r, updated);
        if (!detail.isEmpty()) {
            audit.record(spaceKey, admin, "round.update", r.name(), detail);
        }
        return updated;
    }

    /** A path in Confluence ("/display/CX/Survey", not "//host") or an http(s) address, without spaces. */
    static boolean isFormPageUrl(String url) {
        if (url.length() > MAX_FORM_URL || url.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            return false;
        }
        if (url.startsWith("/")) {
            return !url.startsWith("//") && !url.startsWith("/\\");
        }
        try {
            java.net.URI uri = new java.net.URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String describe(Round before, Round after) {
        List<String> parts = new java.util.ArrayList<>();
        if (!before.name().equals(after.name())) {
            parts.add(before.name() + " → " + after.name());
        }
        if (!java.util.Objects.equals(before.opensOn(), after.opensOn())
                || !java.util.Objects.equals(before.closesOn(), after.closesOn())) {
            parts.add("dates " + before.opensOn() + "–" + before.closesOn() + " → " + after.opensOn() + "–"
                    + after.closesOn());
        }
        if (before.minGroupSize() != after.minGroupSize()) {
            parts.add("min " + before.minGroupSize() + " → " + after.minGroupSize());
        }
        if (before.anonymous() != after.anonymous()) {
            parts.add(after.anonymous() ? "anonymous" : "named");
        }
        if (!before.reminders().equals(after.reminders())) {
            ReminderPlan p = after.reminders();
            parts.add("reminders " + (p.enabled() ? "on" : "off") + " · every " + p.everyDays() + " days · "
                    + p.daysBeforeClose() + " days before closing");
        }
        if (!java.util.Objects.equals(before.formPageUrl(), after.formPageUrl())) {
            parts.add("form page " + after.formPageUrl());
        }
        return String.join(" · ", parts);
    }

    /** What an admin may change on a department; a null field keeps its value. */
    public record DepartmentChange(String name, String setKey, Integer headcount, Integer cadenceMonths,
                                   String respondentGroup, Boolean archived) {
    }

    /**
     * Renames, re-points, archives or restores a department. The key never changes (macros name it); a new
     * set applies from the next round, rounds already run keep the set version they were run on. An empty
     * respondent group clears it. A department cannot be pointed at an archived set, nor restored while its
     * set is archived.
     */
    public Department updateDepartment(String spaceKey, String departmentKey, DepartmentChange change) {
        UserRef admin = access.requireAdmin(spaceKey);
        Department d = departments.findByKey(spaceKey, departmentKey == null ? "" : departmentKey)
                .orElseThrow(() -> ServiceException.notFound("department-not-found", "department",
                        String.valueOf(departmentKey)));
        String name = d.name();
        if (change.name() != null) {
            name = change.name().trim();
            if (name.isEmpty()) {
                throw ServiceException.invalid("required", "name");
            }
            if (name.length() > MAX_NAME) {
                throw ServiceException.invalid("too-long", "name", MAX_NAME);
            }
        }
        String setKey = d.setKey();
        if (change.setKey() != null && !change.setKey().equals(setKey)) {
            setKey = sets.requireUsable(spaceKey, change.setKey()).key();
        }
        int headcount = change.headcount() == null ? d.headcount() : change.headcount();
        if (headcount < 0 || headcount > MAX_HEADCOUNT) {
            throw ServiceException.invalid("out-of-range", "headcount", 0, MAX_HEADCOUNT);
        }
        int cadence = change.cadenceMonths() == null ? d.cadenceMonths() : change.cadenceMonths();
        if (!Department.isCadence(cadence)) {
            throw ServiceException.invalid("not-one-of", "cadenceMonths", "0, 6, 12");
        }
        String group = d.respondentGroup();
        if (change.respondentGroup() != null) {
            group = change.respondentGroup().trim().isEmpty() ? null : change.respondentGroup().trim();
            if (group != null && !users.groupExists(group)) {
                throw ServiceException.invalid("unknown-group", "respondentGroup", group);
            }
        }
        boolean archived = change.archived() == null ? d.archived() : change.archived();
        if (!archived && d.archived() && setKey.equals(d.setKey()) && sets.isArchived(spaceKey, setKey)) {
            // A restored department would answer an archived set: restore the set or re-point the department.
            throw ServiceException.conflict("set-archived", "setKey", setKey);
        }
        Department updated = departments.update(new Department(d.id(), spaceKey, d.key(), name, setKey, archived,
                headcount, cadence, group));
        audit.record(spaceKey, admin, archived && !d.archived() ? "department.archive"
                        : !archived && d.archived() ? "department.restore" : "department.update", d.key(),
                describe(d, updated));
        return updated;
    }

    private static String describe(Department before, Department after) {
        List<String> parts = new java.util.ArrayList<>();
        if (!before.name().equals(after.name())) {
            parts.add(before.name() + " → " + after.name());
        }
        if (!before.setKey().equals(after.setKey())) {
            parts.add("set " + before.setKey() + " → " + after.setKey());
        }
        if (before.headcount() != after.headcount()) {
            parts.add("headcount " + before.headcount() + " → " + after.headcount());
        }
        if (before.cadenceMonths() != after.cadenceMonths()) {
            parts.add("cadence " + before.cadenceMonths() + " → " + after.cadenceMonths() + " months");
        }
        if (!java.util.Objects.equals(before.respondentGroup(), after.respondentGroup())) {
            parts.add("group " + before.respondentGroup() + " → " + after.respondentGroup());
        }
        return String.join(" · ", parts);
    }

    /** A stable, URL-safe key from a name: "Customer Service" becomes "customer-service". */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 30) {
            slug = slug.substring(0, 30).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "department" : slug;
    }
}

package io.cxmaturity.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.TreeSet;

/**
 * When the people of a round who have not answered yet are reminded, in the two ways a transformation lead
 * plans a survey: "every N days while the round is open" (counted from the day it opens) and "once more N
 * days before it closes". Either may be off (0). Each reminder day is an <em>occasion</em>: nobody is reminded
 * twice for the same occasion, and a run that finds an occasion missed (the server was down that day) sends
 * it late rather than not at all, until the next occasion replaces it.
 *
 * @param enabled         whether the scheduled job sends reminders for the round
 * @param everyDays       days between reminders while the round is open, counted from its first day; 0: none
 * @param daysBeforeClose one last reminder this many days before the closing day; 0: none
 */
public record ReminderPlan(boolean enabled, int everyDays, int daysBeforeClose) {
    public static final ReminderPlan NONE = new ReminderPlan(false, 0, 0);
    public static final int MAX_DAYS = 90;

    /** Whether the plan names any reminder day at all. */
    public boolean hasSchedule() {
        return everyDays > 0 || daysBeforeClose > 0;
    }

    /**
     * The occasion due on {@code today}: the latest reminder day on or before today, while the round runs
     * (after its first day, up to and including its closing day). Empty when none is due.
     */
    public Optional<LocalDate> dueOccasion(LocalDate opensOn, LocalDate closesOn, LocalDate today) {
        if (!hasSchedule() || opensOn == null || !today.isAfter(opensOn)
                || (closesOn != null && today.isAfter(closesOn))) {
            return Optional.empty();
        }
        return Optional.ofNullable(occasionsAround(opensOn, closesOn, today).floor(today));
    }

    /** The first reminder day after {@code today} while the round runs, for the admin screen. */
    public Optional<LocalDate> nextOccasion(LocalDate opensOn, LocalDate closesOn, LocalDate today) {
        if (!hasSchedule() || opensOn == null || (closesOn != null && !today.isBefore(closesOn))) {
            return Optional.empty();
        }
        return Optional.ofNullable(occasionsAround(opensOn, closesOn, today).higher(today));
    }

    /** The reminder days just before and just after {@code day} (all that floor and higher need). */
    private TreeSet<LocalDate> occasionsAround(LocalDate opensOn, LocalDate closesOn, LocalDate day) {
        TreeSet<LocalDate> days = new TreeSet<>();
        if (everyDays > 0) {
            long before = Math.max(1, ChronoUnit.DAYS.between(opensOn, day) / everyDays);
            for (long k = before; k <= before + 1; k++) {
                LocalDate occasion = opensOn.plusDays(k * everyDays);
                if (closesOn == null || !occasion.isAfter(closesOn)) {
                    days.add(occasion);
                }
            }
        }
        if (daysBeforeClose > 0 && closesOn != null) {
            LocalDate lastCall = closesOn.minusDays(daysBeforeClose);
            if (lastCall.isAfter(opensOn)) {
                days.add(lastCall);
            }
        }
        return days;
    }
}

package io.cxmaturity.domain;

import org.junit.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

/** Reminder days of a round that opens on 2026-10-26 and closes on 2026-11-30, for the plans admins choose. */
public class ReminderPlanTest {
    private static final LocalDate OPENS = LocalDate.of(2026, 10, 26);
    private static final LocalDate CLOSES = LocalDate.of(2026, 11, 30);

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    /** today, the occasion due then (null: none) and the next one (null: none). */
    private static void check(ReminderPlan plan, LocalDate closes, Object[][] rows) {
        for (Object[] row : rows) {
            LocalDate today = (LocalDate) row[0];
            assertEquals(plan + " due on " + today, Optional.ofNullable((LocalDate) row[1]),
                    plan.dueOccasion(OPENS, closes, today));
            assertEquals(plan + " next after " + today, Optional.ofNullable((LocalDate) row[2]),
                    plan.nextOccasion(OPENS, closes, today));
        }
    }

    @Test
    public void everySevenDaysWhileOpen() {
        check(new ReminderPlan(true, 7, 0), CLOSES, new Object[][]{
                {d(10, 25), null, d(11, 2)},
                {d(10, 26), null, d(11, 2)},
                {d(11, 1), null, d(11, 2)},
                {d(11, 2), d(11, 2), d(11, 9)},
                {d(11, 5), d(11, 2), d(11, 9)},
                {d(11, 23), d(11, 23), d(11, 30)},
                {d(11, 30), d(11, 30), null},
                {d(12, 1), null, null},
        });
    }

    @Test
    public void threeDaysBeforeClosingOnly() {
        check(new ReminderPlan(true, 0, 3), CLOSES, new Object[][]{
                {d(11, 2), null, d(11, 27)},
                {d(11, 27), d(11, 27), null},
                {d(11, 29), d(11, 27), null},
                {d(11, 30), d(11, 27), null},
                {d(12, 1), null, null},
        });
    }

    @Test
    public void bothTogetherAndAnOpenEndedRound() {
        check(new ReminderPlan(true, 14, 4), CLOSES, new Object[][]{
                {d(11, 9), d(11, 9), d(11, 23)},
                {d(11, 24), d(11, 23), d(11, 26)},
                {d(11, 26), d(11, 26), null},
        });
        check(new ReminderPlan(true, 10, 4), null, new Object[][]{
                {d(11, 5), d(11, 5), d(11, 15)},
                {d(12, 24), d(12, 15), d(12, 25)},
                {LocalDate.of(2027, 10, 26), LocalDate.of(2027, 10, 21), LocalDate.of(2027, 10, 31)},
        });
    }

    @Test
    public void aLastCallBeforeTheRoundOpensAndAnEmptyPlanHaveNoDay() {
        check(new ReminderPlan(true, 0, 40), CLOSES, new Object[][]{{d(11, 2), null, null}});
        check(new ReminderPlan(false, 0, 0), CLOSES, new Object[][]{{d(11, 2), null, null}});
    }
}

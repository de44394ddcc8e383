package io.cxmaturity.fake;

import io.cxmaturity.persistence.ReminderLogContract;
import io.cxmaturity.port.ReminderLog;

/** The reminder-log fake keeps the Active Objects contract, so the reminder service tests can be trusted. */
public class InMemoryReminderLogTest extends ReminderLogContract {
    private final InMemoryReminderLog log = new InMemoryReminderLog();

    @Override
    protected ReminderLog log() {
        return log;
    }
}

package io.cxmaturity.fake;

import io.cxmaturity.domain.Reminder;
import io.cxmaturity.port.ReminderMailer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A mail server for service tests: keeps every reminder it accepts; refuses mail to the addresses it is told
 * to (as a real server refuses an unknown mailbox), or everything while it is down.
 */
public final class RecordingMailer implements ReminderMailer {
    private final List<Reminder> accepted = new ArrayList<>();
    private final Set<String> refused = new HashSet<>();
    private boolean configured = true;
    private boolean down;

    public synchronized List<Reminder> accepted() {
        return List.copyOf(accepted);
    }

    public synchronized List<String> acceptedAddresses() {
        return accepted.stream().map(r -> r.recipient().email()).toList();
    }

    public synchronized RecordingMailer refuse(String address) {
        refused.add(address);
        return this;
    }

    public synchronized RecordingMailer accept(String address) {
        refused.remove(address);
        return this;
    }

    public synchronized RecordingMailer down(boolean value) {
        down = value;
        return this;
    }

    public synchronized RecordingMailer configured(boolean value) {
        configured = value;
        return this;
    }

    @Override
    public synchronized boolean isConfigured() {
        return configured;
    }

    @Override
    public synchronized void send(Reminder reminder) {
        if (down || refused.contains(reminder.recipient().email())) {
            throw new MailFailure("550 refused: " + reminder.recipient().email(), null);
        }
        accepted.add(reminder);
    }
}

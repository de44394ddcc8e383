package io.cxmaturity.port;

import io.cxmaturity.domain.Reminder;

/** Sends reminder mails through the product's mail server, in the recipient's language. */
public interface ReminderMailer {
    /** Whether a mail server is configured at all. */
    boolean isConfigured();

    /**
     * Hands the mail to the mail server and returns once it accepted it. Throws {@link MailFailure} when it was
     * not accepted (nothing was sent).
     */
    void send(Reminder reminder);

    /** The mail server did not accept a mail. */
    final class MailFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public MailFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

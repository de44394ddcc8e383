package io.cxmaturity.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import javax.mail.BodyPart;
import javax.mail.Message;
import javax.mail.Multipart;
import javax.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * A local SMTP server for tests (GreenMail on 127.0.0.1, a free port), and the mails it received as plain
 * values. Close it at the end of the test.
 */
public final class MailServer implements AutoCloseable {
    private final GreenMail greenMail;

    /** A received mail: recipient, subject, and its text/plain and text/html parts (null when missing). */
    public record Mail(String to, String subject, String text, String html, String contentType) {
    }

    public MailServer() {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        greenMail.start();
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    public List<Mail> received() {
        List<Mail> mails = new ArrayList<>();
        try {
            for (MimeMessage m : greenMail.getReceivedMessages()) {
                String text = null;
                String html = null;
                Object content = m.getContent();
                if (content instanceof Multipart multipart) {
                    for (int i = 0; i < multipart.getCount(); i++) {
                        BodyPart part = multipart.getBodyPart(i);
                        if (part.isMimeType("text/plain")) {
                            text = (String) part.getContent();
                        } else if (part.isMimeType("text/html")) {
                            html = (String) part.getContent();
                        }
                    }
                } else {
                    text = String.valueOf(content);
                }
                mails.add(new Mail(m.getRecipients(Message.RecipientType.TO)[0].toString(), m.getSubject(), text, html,
                        m.getContentType()));
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the received mail", e);
        }
        return mails;
    }

    public List<String> recipients() {
        return received().stream().map(Mail::to).sorted().toList();
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}

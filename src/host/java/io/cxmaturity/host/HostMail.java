package io.cxmaturity.host;

import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.mail.server.SMTPMailServer;

import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.Multipart;
import javax.mail.Session;
import javax.mail.Transport;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeBodyPart;
import javax.mail.internet.MimeMessage;
import java.util.Date;
import java.util.Properties;

/**
 * Confluence's mail server settings: one SMTP server on 127.0.0.1 at the port the host was given
 * ({@code CX_SMTP_PORT}), or none. Mail is handed over as atlassian-mail does it: the body becomes the first
 * part of the mail's multipart when it has one, and {@code send} returns once the server accepted the mail.
 */
final class HostMail implements MailServerManager {
    static final String FROM = "confluence@cx-demo.example";

    private final SMTPMailServer server;

    HostMail(int smtpPort) {
        this.server = smtpPort > 0 ? new Smtp(smtpPort) : null;
    }

    @Override
    public SMTPMailServer getDefaultSMTPMailServer() {
        return server;
    }

    @Override
    public boolean isDefaultSMTPMailServerDefined() {
        return server != null;
    }

    private static final class Smtp implements SMTPMailServer {
        private final Session session;

        Smtp(int port) {
            Properties props = new Properties();
            props.put("mail.transport.protocol", "smtp");
            props.put("mail.smtp.host", "127.0.0.1");
            props.put("mail.smtp.port", String.valueOf(port));
            props.put("mail.smtp.connectiontimeout", "10000");
            props.put("mail.smtp.timeout", "10000");
            props.put("mail.smtp.writetimeout", "10000");
            session = Session.getInstance(props);
        }

        @Override
        public String getDefaultFrom() {
            return FROM;
        }

        @Override
        public void send(Email email) throws MailException {
            try {
                MimeMessage message = new MimeMessage(session);
                message.setFrom(new InternetAddress(FROM, "Confluence", "UTF-8"));
                message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(email.getTo(), true));
                message.setSubject(email.getSubject(), email.getEncoding());
                message.setSentDate(new Date());
                String type = email.getMimeType() + "; charset=" + email.getEncoding();
                Multipart multipart = email.getMultipart();
                if (multipart != null) {
                    if (email.getBody() != null && !email.getBody().isBlank()) {
                        MimeBodyPart body = new MimeBodyPart();
                        body.setContent(email.getBody(), type);
                        body.setDisposition("inline");
                        multipart.addBodyPart(body, 0);
                    }
                    message.setContent(multipart);
                } else {
                    message.setContent(email.getBody(), type);
                }
                Transport.send(message);
            } catch (MessagingException | java.io.UnsupportedEncodingException e) {
                throw new MailException(e.getMessage(), e);
            }
        }
    }
}

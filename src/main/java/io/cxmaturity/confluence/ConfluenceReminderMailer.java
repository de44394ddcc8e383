package io.cxmaturity.confluence;

import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.mail.server.SMTPMailServer;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.soy.renderer.SoyTemplateRenderer;
import io.cxmaturity.domain.Reminder;
import io.cxmaturity.port.ReminderMailer;

import javax.mail.MessagingException;
import javax.mail.internet.MimeBodyPart;
import javax.mail.internet.MimeMultipart;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reminder mails through Confluence's default SMTP server, sent at once (not through the in-memory mail
 * queue of one node), so that the reminder log only says "sent" for mail the server accepted. Texts come
 * from the plugin's bundles in the recipient's language; the mail is plain text plus HTML rendered by Soy
 * (every value escaped). atlassian-mail puts the plain body first in the multipart/alternative.
 */
public class ConfluenceReminderMailer implements ReminderMailer {
    static final String TEMPLATES = "io.cxmaturity.cx-maturity:soy-templates";

    private final MailServerManager mailServers;
    private final I18nResolver i18n;
    private final SoyTemplateRenderer soy;
    private final ApplicationProperties application;

    public ConfluenceReminderMailer(MailServerManager mailServers, I18nResolver i18n, SoyTemplateRenderer soy,
                                    ApplicationProperties application) {
        this.mailServers = mailServers;
        this.i18n = i18n;
        this.soy = soy;
        this.application = application;
    }

    @Override
    public boolean isConfigured() {
        return mailServers.getDefaultSMTPMailServer() != null;
    }

    @Override
    public void send(Reminder reminder) {
        SMTPMailServer server = mailServers.getDefaultSMTPMailServer();
        if (server == null) {
            throw new MailFailure("no SMTP mail server is configured", null);
        }
        Email email;
        try {
            email = compose(reminder);
        } catch (RuntimeException | MessagingException e) {
            throw new MailFailure("the reminder could not be written: " + e, e);
        }
        try {
            server.send(email);
        } catch (MailException e) {
            throw new MailFailure(String.valueOf(e.getMessage()), e);
        }
    }

    Email compose(Reminder r) throws MessagingException {
        Locale locale = r.recipient().language().locale();
        String link = absolute(r.link());
        String closes = r.closesOn() == null ? null
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(r.closesOn());
        Map<String, Object> texts = new LinkedHashMap<>();
        texts.put("greeting", text(locale, "cx-maturity.reminder.greeting", r.recipient().displayName()));
        texts.put("intro", text(locale, "cx-maturity.reminder.intro", r.departmentName(), r.roundName()));
        texts.put("deadline", closes == null ? text(locale, "cx-maturity.reminder.open-ended")
                : text(locale, "cx-maturity.reminder.closes", closes));
        texts.put("privacy", text(locale, r.anonymous() ? "cx-maturity.reminder.anonymous" : "cx-maturity.reminder.named"));
        texts.put("action", text(locale, "cx-maturity.reminder.action"));
        texts.put("link", link);
        texts.put("footer", text(locale, "cx-maturity.reminder.footer"));
        texts.put("lang", locale.getLanguage());

        String plain = texts.get("greeting") + "\n\n" + texts.get("intro") + "\n" + texts.get("deadline") + "\n"
                + texts.get("privacy") + "\n\n" + texts.get("action") + ": " + link + "\n\n-- \n" + texts.get("footer")
                + "\n";
        String html = soy.render(TEMPLATES, "CxMaturity.Templates.Mail.reminder", texts);

        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart htmlPart = new MimeBodyPart();
        htmlPart.setContent(html, "text/html; charset=UTF-8");
        alternative.addBodyPart(htmlPart);
        return new Email(r.recipient().email())
                .setSubject(oneLine(text(locale, "cx-maturity.reminder.subject", r.roundName(), r.departmentName())))
                .setBody(plain)
                .setMimeType("text/plain")
                .setEncoding("UTF-8")
                .setMultipart(alternative);
    }

    private String text(Locale locale, String key, Serializable... arguments) {
        return i18n.getText(locale, key, arguments);
    }

    /** A path in Confluence becomes an address on its base URL; http(s) addresses stay as they are. */
    private String absolute(String link) {
        if (link.startsWith("/")) {
            String base = application.getBaseUrl(UrlMode.CANONICAL);
            return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + link;
        }
        return link;
    }

    /** A subject is one line: line breaks and other control characters in names become spaces. */
    static String oneLine(String text) {
        return text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").trim();
    }
}

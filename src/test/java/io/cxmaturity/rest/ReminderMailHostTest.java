package io.cxmaturity.rest;

import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.status.RunOutcome;
import com.fasterxml.jackson.databind.JsonNode;
import io.cxmaturity.domain.ReminderClaim;
import io.cxmaturity.domain.Round;
import io.cxmaturity.host.Host;
import io.cxmaturity.port.ReminderLog;
import io.cxmaturity.testing.AnswerSheets;
import io.cxmaturity.testing.Http;
import io.cxmaturity.testing.MailServer;
import io.cxmaturity.testing.TestHosts;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * The reminder job on one node, for real: the host's scheduler runs the plugin's job, the plugin's mailer
 * sends through the host's SMTP settings to a local SMTP server. The demo's Customer Service round reminds
 * its group (member, member2 … member6) weekly; member has answered. Run twice in a row, the job reminds each
 * of the five others once, each in their language, with the round's name escaped in the HTML.
 */
public class ReminderMailHostTest {
    static final JobId JOB = JobId.of("io.cxmaturity.cx-maturity:reminders-hourly");
    private static final String API = "/rest/cx-maturity/1.0";
    private static final String HOSTILE = "2026 H2 <script>alert(\"x\")</script> & «Q»";

    @Test
    public void theJobRunTwiceRemindsEveryMemberWithoutAnAnswerOnceInTheirLanguage() throws Exception {
        try (MailServer smtp = new MailServer();
             Host host = Host.start(Host.Config.forTest(null).withSmtp(smtp.port()))) {
            Round round = TestHosts.demoRound(host);
            host.users().setLocale("member2", Locale.forLanguageTag("ru"));
            host.users().setLocale("member3", Locale.forLanguageTag("uk"));
            LocalDate today = LocalDate.now();
            Http admin = Http.as(host.baseUrl(), "admin");
            Http.Reply put = admin.putJson(API + "/rounds/" + round.id(), Map.of("spaceKey", "CX", "name", HOSTILE,
                    "opensOn", today.minusDays(7).toString(), "closesOn", today.plusDays(14).toString(),
                    "reminders", Map.of("enabled", true, "everyDays", 7, "daysBeforeClose", 2)));
            assertEquals(put.body(), 200, put.status());
            assertEquals(201, Http.as(host.baseUrl(), "member").postJson(API + "/responses",
                    AnswerSheets.submission("CX", round.id(), AnswerSheets.answers("six-blocks", q -> 3))).status());

            JobRunnerResponse first = host.scheduler().runNow(JOB);
            JobRunnerResponse second = host.scheduler().runNow(JOB);

            assertEquals(RunOutcome.SUCCESS, first.getRunOutcome());
            assertTrue(first.getMessage(), first.getMessage().contains("5 sent"));
            assertTrue(second.getMessage(), second.getMessage().contains("0 sent"));
            assertEquals(List.of("member2@cx-demo.example", "member3@cx-demo.example", "member4@cx-demo.example",
                    "member5@cx-demo.example", "member6@cx-demo.example"), smtp.recipients());

            MailServer.Mail english = mailTo(smtp, "member4@cx-demo.example");
            assertEquals("Reminder: your answers for “" + HOSTILE + "” (Customer Service)", english.subject());
            assertTrue(english.contentType(), english.contentType().startsWith("multipart/alternative"));
            assertTrue(english.text(), english.text().startsWith("Hello Member 4,"));
            assertTrue(english.text(), english.text().contains("in the round “" + HOSTILE + "”"));
            String link = host.baseUrl() + "/display/CX/Six+building+blocks+assessment";
            assertTrue(english.text(), english.text().contains("Answer the assessment: " + link));
            assertTrue(english.html(), english.html().contains("href=\"" + link + "\""));
            assertFalse("the round's name is escaped in the HTML", english.html().contains("<script>"));
            assertTrue(english.html(), english.html().contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;"));
            assertTrue(english.html(), english.html().contains("Your answers are saved under your name."));

            MailServer.Mail russian = mailTo(smtp, "member2@cx-demo.example");
            assertTrue(russian.subject(), russian.subject().startsWith("Напоминание: ваши ответы для «"));
            assertTrue(russian.text(), russian.text().startsWith("Здравствуйте, Member 2!"));
            assertTrue(russian.html(), russian.html().contains("lang=\"ru\"") && russian.html().contains("Ответить на опрос"));
            MailServer.Mail ukrainian = mailTo(smtp, "member3@cx-demo.example");
            assertTrue(ukrainian.subject(), ukrainian.subject().startsWith("Нагадування: ваші відповіді для «"));
            assertTrue(ukrainian.text(), ukrainian.text().contains("Відповісти на опитування: " + link));

            List<ReminderClaim> log = host.component(ReminderLog.class).forRound(round.id());
            assertEquals(5, log.size());
            assertTrue(log.stream().allMatch(c -> c.status() == ReminderClaim.Status.SENT && c.occasion().equals(today)
                    && c.trigger().equals(ReminderClaim.SCHEDULE)));

            JsonNode status = admin.get(API + "/rounds/" + round.id() + "/reminders?spaceKey=CX").json();
            assertEquals(today.plusDays(7).toString(), status.path("nextOccasion").asText());
            assertEquals("customer-service", status.path("respondentGroup").asText());
            assertTrue(status.path("mailServerConfigured").asBoolean());
            assertEquals(1, status.path("occasions").size());
            assertEquals(today.toString(), status.path("occasions").get(0).path("occasion").asText());
            assertEquals(5, status.path("occasions").get(0).path("sent").asInt());
            assertNotNull(status.path("occasions").get(0).path("lastSentAt").textValue());

            Http.Reply now = admin.postJson(API + "/rounds/" + round.id() + "/reminders", Map.of("spaceKey", "CX"));
            assertEquals(now.body(), 200, now.status());
            assertEquals(0, now.json().path("sent").asInt());
            assertEquals(5, now.json().path("alreadyReminded").asInt());
            assertEquals(5, smtp.received().size());
        }
    }

    @Test
    public void sendNowRemindsAnAnonymousRoundsGroupExceptThoseWhoTookPartAndSaysSoInTheMail() throws Exception {
        try (MailServer smtp = new MailServer();
             Host host = Host.start(Host.Config.forTest(null).withSmtp(smtp.port()))) {
            Round round = TestHosts.freshRound(host, "six-blocks", true, 3);
            Http admin = Http.as(host.baseUrl(), "admin");
            String dept = host.component(io.cxmaturity.port.DepartmentRepository.class)
                    .find("CX", round.departmentId()).orElseThrow().key();
            assertEquals(200, admin.putJson(API + "/departments/" + dept, Map.of("spaceKey", "CX",
                    "respondentGroup", "customer-service")).status());
            for (String member : List.of("member", "member5")) {
                assertEquals(201, Http.as(host.baseUrl(), member).postJson(API + "/responses",
                        AnswerSheets.submission("CX", round.id(), AnswerSheets.answers("six-blocks", q -> 2))).status());
            }

            Http.Reply now = admin.postJson(API + "/rounds/" + round.id() + "/reminders", Map.of("spaceKey", "CX"));

            assertEquals(now.body(), 200, now.status());
            assertEquals(4, now.json().path("sent").asInt());
            assertEquals(2, now.json().path("answered").asInt());
            assertEquals(List.of("member2@cx-demo.example", "member3@cx-demo.example", "member4@cx-demo.example",
                    "member6@cx-demo.example"), smtp.recipients());
            MailServer.Mail mail = mailTo(smtp, "member2@cx-demo.example");
            assertTrue(mail.text(), mail.text().contains("Your answers are anonymous"));
            assertTrue(mail.text(), mail.text().contains("The round is open until the transformation office closes it."));
            assertTrue("no form page: the space", mail.text().matches("(?s).*: " + java.util.regex.Pattern.quote(
                    host.baseUrl() + "/display/CX") + "\\R.*"));
        }
    }

    @Test
    public void thePluginRegistersItsHourlyJobWhenItStartsAndItsRunnerGoesWhenItStops() throws Exception {
        Host host = Host.start(Host.Config.forTest(null));
        try {
            assertTrue(host.scheduler().isScheduled(JOB));
            JobRunnerResponse withoutMailServer = host.scheduler().runNow(JOB);
            assertEquals(RunOutcome.SUCCESS, withoutMailServer.getRunOutcome());
            assertTrue(withoutMailServer.getMessage(), withoutMailServer.getMessage().startsWith("0 round(s) due, 0 sent"));
        } finally {
            host.close();
        }
        assertEquals("the plugin's container is closed: no runner, so the job does not run", null,
                host.scheduler().runNow(JOB));
    }

    private static MailServer.Mail mailTo(MailServer smtp, String address) {
        return smtp.received().stream().filter(m -> m.to().equals(address)).findFirst().orElseThrow();
    }
}

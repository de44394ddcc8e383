package io.cxmaturity.rest;

import io.cxmaturity.host.Host;
import io.cxmaturity.testing.Http;
import io.cxmaturity.testing.TestHosts;
import org.junit.BeforeClass;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The host's pages: status, the demo space, the form rendered by the plugin's macro, permissions, languages. */
public class PageHostTest {
    private static Host host;

    @BeforeClass
    public static void startHost() {
        host = TestHosts.shared();
    }

    @Test
    public void statusAnswersRunning() {
        Http.Reply status = Http.anonymous(host.baseUrl()).get("/status");
        assertEquals(200, status.status());
        assertEquals("RUNNING", status.json().path("state").asText());
    }

    @Test
    public void spaceHomeLinksToTheFormPageWhichShowsEveryQuestion() {
        Http member = Http.as(host.baseUrl(), "member6");
        String home = member.get("/display/CX").body();
        assertTrue(home.contains("href=\"/display/CX/Six+building+blocks+assessment\""));
        Http.Reply page = member.get("/display/CX/Six+building+blocks+assessment");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("class=\"cx-maturity cx-assessment\""));
        assertEquals(19, count(page.body(), "class=\"group cx-question\""));
        assertEquals(19 * 6, count(page.body(), "type=\"radio\""));
        assertTrue(page.body().contains("/download/resources/io.cxmaturity.cx-maturity:assessment-resources/assessment.js"));
        assertTrue("no-JavaScript readers are told why they cannot submit: " + page.body(), page.body().contains("<noscript>"));
    }

    @Test
    public void pdfOutputHasTheQuestionsButNoScriptOrInputs() {
        String pdf = Http.as(host.baseUrl(), "member6").get("/display/CX/Six+building+blocks+assessment?output=pdf").body();
        assertTrue(pdf.contains("class=\"group cx-question\""));
        assertFalse(pdf.contains("assessment.js"));
        assertFalse(pdf.contains("cx-submit"));
    }

    @Test
    public void anonymousIsAskedToLogInAndAnotherSpacesAdminIsRefused() {
        Http.Reply anonymous = Http.anonymous(host.baseUrl()).get("/display/CX/Six+building+blocks+assessment");
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.body().contains("os_username"));
        assertEquals(403, Http.as(host.baseUrl(), "other").get("/display/CX").status());
        assertEquals(200, Http.as(host.baseUrl(), "other").get("/display/OTHER").status());
    }

    @Test
    public void formSpeaksRussianAndUkrainian() {
        String ru = Http.as(host.baseUrl(), "member6").get("/display/CX/Six+building+blocks+assessment?lang=ru").body();
        assertTrue(ru.contains("Шесть") || ru.contains("шесть"));
        assertTrue(ru.contains("Отправить ответы"));
        String uk = Http.as(host.baseUrl(), "member6").get("/display/CX/Six+building+blocks+assessment?lang=uk").body();
        assertTrue(uk.contains("Надіслати відповіді"));
    }

    @Test
    public void unknownPagesAndSpacesAreNotFound() {
        assertEquals(404, Http.as(host.baseUrl(), "member").get("/display/NOPE").status());
        assertEquals(404, Http.as(host.baseUrl(), "member").get("/display/CX/No+such+page").status());
        Http.Reply rest = Http.as(host.baseUrl(), "member").get("/rest/cx-maturity/1.0/no-such-resource");
        assertEquals(404, rest.status());
        assertEquals("http-404", rest.error());
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}

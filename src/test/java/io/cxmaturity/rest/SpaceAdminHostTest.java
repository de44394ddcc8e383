package io.cxmaturity.rest;

import io.cxmaturity.host.Host;
import io.cxmaturity.testing.Http;
import io.cxmaturity.testing.TestHosts;
import org.junit.BeforeClass;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The space admin screen over HTTP: the servlet module the descriptor declares, decorated by the host as
 * Confluence decorates it; only the space's admins get it, and only they see the Space tools link.
 */
public class SpaceAdminHostTest {
    private static final String SCREEN = "/plugins/servlet/cx-maturity/space-admin?key=CX";
    private static Host host;

    @BeforeClass
    public static void startHost() {
        host = TestHosts.shared();
    }

    @Test
    public void spaceAdminsGetTheScreenWithEveryTabAndItsScript() {
        Http.Reply page = Http.as(host.baseUrl(), "admin").get(SCREEN + "&tab=roadmap");
        assertEquals(200, page.status());
        String html = page.body();
        for (String tab : new String[]{"departments", "sets", "owners", "roadmap", "settings", "data", "audit"}) {
            assertTrue(tab, html.contains("id=\"cx-tab-" + tab + "\""));
        }
        assertTrue("the tab asked for opens first", html.contains("class=\"tabs-pane active-pane cx-admin-pane\" id=\"cx-tab-roadmap\""));
        assertTrue(html.contains("data-space-key=\"CX\""));
        assertTrue(html.contains("/download/resources/io.cxmaturity.cx-maturity:admin-resources/admin.js"));
        assertTrue("decorated with the host chrome", html.contains("id=\"header\""));
    }

    @Test
    public void othersAreTurnedAwayClearly() {
        Http.Reply member = Http.as(host.baseUrl(), "member").get(SCREEN);
        assertEquals(403, member.status());
        assertTrue(member.body().contains("Only the administrators of this space"));
        assertFalse(member.body().contains("admin.js"));

        Http.Reply otherAdmin = Http.as(host.baseUrl(), "other").get(SCREEN);
        assertEquals("a space one cannot see is not revealed", 404, otherAdmin.status());

        Http.Reply unknown = Http.as(host.baseUrl(), "admin").get("/plugins/servlet/cx-maturity/space-admin?key=NOPE");
        assertEquals(404, unknown.status());
        assertTrue(unknown.body().contains("NOPE"));

        Http.Reply anonymous = Http.anonymous(host.baseUrl()).get(SCREEN);
        assertEquals(302, anonymous.status());
    }

    @Test
    public void onlySpaceAdminsSeeTheSpaceToolsLink() {
        assertTrue(Http.as(host.baseUrl(), "admin").get("/display/CX").body()
                .contains("href=\"/plugins/servlet/cx-maturity/space-admin?key=CX\""));
        assertFalse(Http.as(host.baseUrl(), "member").get("/display/CX").body().contains("space-admin?key="));
        assertFalse(Http.as(host.baseUrl(), "other").get("/display/CX").body().contains("space-admin?key="));
    }

    @Test
    public void russianAndUkrainianReadersGetTheirLanguage() {
        assertTrue(Http.as(host.baseUrl(), "admin").get(SCREEN + "&lang=ru").body().contains("Подразделения и раунды"));
        assertTrue(Http.as(host.baseUrl(), "admin").get(SCREEN + "&lang=uk").body().contains("Підрозділи та раунди"));
    }
}

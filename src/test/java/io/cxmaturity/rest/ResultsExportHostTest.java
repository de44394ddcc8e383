package io.cxmaturity.rest;

import io.cxmaturity.domain.Round;
import io.cxmaturity.host.Host;
import io.cxmaturity.testing.AnswerSheets;
import io.cxmaturity.testing.Http;
import io.cxmaturity.testing.TestHosts;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * The results macro as Confluence's exporters ask for it (output type pdf, word, email): the charts as PNG
 * images made on the server, the numbers as tables, and no script and no inline SVG.
 */
public class ResultsExportHostTest {
    private static Host host;

    @BeforeClass
    public static void start() throws Exception {
        host = Host.start(Host.Config.forTest(null));
        Round round = TestHosts.demoRound(host);
        for (String user : List.of("member", "member2", "member3")) {
            Http.Reply r = Http.as(host.baseUrl(), user).postJson("/rest/cx-maturity/1.0/responses",
                    AnswerSheets.submission("CX", round.id(), AnswerSheets.answers("six-blocks", q -> user.length() % 6)));
            assertEquals(r.body(), 201, r.status());
        }
    }

    @AfterClass
    public static void stop() throws Exception {
        host.close();
    }

    /** The page body (macro output), without the host's own page chrome. */
    private static String body(String page, String output) {
        String html = Http.as(host.baseUrl(), "admin").get("/display/CX/" + page + "?output=" + output).body();
        int start = html.indexOf("<div class=\"wiki-content\">");
        int end = html.indexOf("</main>");
        assertTrue(start > 0 && end > start);
        return html.substring(start, end);
    }

    @Test
    public void pdfWordAndEmailGetAPngChartANumbersTableAndNoScript() throws Exception {
        for (String output : List.of("pdf", "word", "email")) {
            for (String page : List.of("Leadership+results", "Building+blocks", "Departments+side+by+side", "Trend")) {
                String body = body(page, output);
                String where = page + " as " + output;
                assertFalse(where + " has no script", body.toLowerCase().contains("<script"));
                assertFalse(where + " has no inline SVG", body.contains("<svg"));
                assertTrue(where + " has a table of the numbers", body.contains("<table class=\"aui cx-table"));
                Matcher image = Pattern.compile("<img class=\"cx-chart-image\" src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"")
                        .matcher(body);
                assertTrue(where + " has the chart as a PNG image", image.find());
                BufferedImage png = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(image.group(1))));
                assertNotNull(where + " image decodes", png);
                assertTrue(png.getWidth() >= 500 && png.getHeight() >= 200);
            }
        }
    }

    @Test
    public void theScreenGetsInlineSvgAndTheTooltipScript() {
        String html = Http.as(host.baseUrl(), "admin").get("/display/CX/Leadership+results").body();
        assertTrue(html.contains("<svg class=\"cx-chart\""));
        assertTrue(html.contains("results.js"));
        assertFalse(html.contains("data:image/png"));
        String form = body("Six+building+blocks+assessment", "pdf");
        assertFalse("the exported form has no script either", form.contains("<script"));
    }
}

package io.cxmaturity.browser;

import io.cxmaturity.domain.Question;
import io.cxmaturity.domain.Round;
import io.cxmaturity.host.Host;
import io.cxmaturity.testing.AnswerSheets;
import io.cxmaturity.testing.Browser;
import io.cxmaturity.testing.FormDriver;
import io.cxmaturity.testing.Http;
import io.cxmaturity.testing.TestHosts;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The whole loop in Chromium, in a round whose minimum group size is 3: a member answers with the keyboard
 * only and sees their result; with two answers leadership sees the suppression message, with three the
 * stage, the radar and the spread; a viewer without results permission sees a message; the pages in
 * Russian and Ukrainian; no serious or critical accessibility violations (axe-core).
 */
public class LeadershipBrowserTest {
    private static final String FORM = "/display/CX/Six+building+blocks+assessment";
    private static final String RESULTS = "/display/CX/Leadership+results";
    private static final String SPREAD = "/display/CX/Where+we+disagree";

    private Host host;
    private WebDriver driver;
    private WebDriverWait wait;

    @Before
    public void start() throws Exception {
        Browser.assumeInstalled();
        host = Host.start(Host.Config.forTest(null));
        driver = Browser.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @After
    public void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (host != null) {
            host.close();
        }
    }

    private void open(String user, String page) {
        driver.get(host.baseUrl() + "/host/switch?user=" + user + "&to=" + page);
    }

    private void submitByRest(String user, Round round, int value) {
        Http.Reply reply = Http.as(host.baseUrl(), user).postJson("/rest/cx-maturity/1.0/responses",
                AnswerSheets.submission("CX", round.id(), AnswerSheets.answers("six-blocks", q -> value)));
        assertEquals(reply.body(), 201, reply.status());
    }

    @Test
    public void memberAnswersWithTheKeyboardAndLeadershipSeesTheTeamOnceThreeHaveAnswered() {
        Round round = TestHosts.demoRound(host);
        assertEquals(3, round.minGroupSize());
        FormDriver form = new FormDriver(driver);

        open("member", FORM);
        form.waitReady();
        List<Map<String, Object>> formViolations = form.axe(".cx-assessment");
        assertEquals("axe on the form: " + formViolations, List.of(), formViolations);
        List<Question> questions = AnswerSheets.set("six-blocks").scoredQuestions();
        int presses = form.answerWithKeyboard(key -> {
            int index = questions.indexOf(questions.stream().filter(q -> q.key().equals(key)).findFirst().orElseThrow());
            return 1 + index % 4;
        });
        WebElement result = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cx-own-result")));
        assertTrue(presses > 19);
        assertTrue(result.getText().contains("Your result"));
        assertEquals(1, result.findElements(By.cssSelector("svg.cx-chart")).size());
        Browser.screenshot(driver, "keyboard-own-result");
        List<Map<String, Object>> resultViolations = form.axe(".cx-assessment");
        assertEquals("axe on the result: " + resultViolations, List.of(), resultViolations);

        submitByRest("member2", round, 0);
        open("admin", RESULTS);
        WebElement suppressed = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cx-suppressed")));
        assertTrue(suppressed.getText(), suppressed.getText().contains("at least 3 people"));
        assertTrue(driver.findElements(By.cssSelector(".cx-results svg.cx-chart")).isEmpty());
        Browser.screenshot(driver, "leadership-two-answers");

        submitByRest("member3", round, 5);
        open("admin", RESULTS);
        WebElement results = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cx-results-summary")));
        assertEquals("3", results.findElement(By.cssSelector(".cx-n")).getAttribute("data-n"));
        com.fasterxml.jackson.databind.JsonNode team = Http.as(host.baseUrl(), "admin")
                .get("/rest/cx-maturity/1.0/results?spaceKey=CX&roundId=" + round.id()).json();
        int stageNumber = team.path("stage").path("number").asInt();
        assertTrue("three answers give a stage", stageNumber >= 1);
        assertEquals(team.path("stage").path("name").asText(),
                results.findElement(By.cssSelector(".cx-stage-name")).getText());
        assertEquals(1, results.findElements(By.cssSelector("svg.cx-chart")).size());
        assertTrue("team, target and previous round on the radar",
                results.findElements(By.cssSelector("svg.cx-chart polygon[stroke-dasharray]")).size() >= 2);
        assertEquals(6, results.findElements(By.cssSelector(".cx-block-table tbody tr")).size());
        List<Map<String, Object>> leadershipViolations = form.axe(".cx-results");
        assertEquals("axe on the results: " + leadershipViolations, List.of(), leadershipViolations);
        Browser.screenshot(driver, "leadership-summary");

        open("admin", SPREAD);
        WebElement spread = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cx-heatmap")));
        assertEquals(19, spread.findElements(By.cssSelector("tbody tr")).size());
        assertTrue("answers 0 and 5 next to the keyboard answers split the team",
                !driver.findElements(By.cssSelector(".cx-heatmap tr.cx-disagreement")).isEmpty());
        Browser.screenshot(driver, "leadership-spread");

        driver.get(host.baseUrl() + RESULTS + "?lang=ru");
        WebElement ru = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cx-results-summary")));
        assertTrue(ru.getText(), ru.getText().toLowerCase(java.util.Locale.ROOT).contains("стадия " + stageNumber + " из 5"));
        assertTrue(ru.getText().contains("Медиана"));
        Browser.screenshot(driver, "leadership-summary-ru");
        driver.get(host.baseUrl() + RESULTS + "?lang=uk");
        WebElement uk = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cx-results-summary")));
        assertTrue(uk.getText(), uk.getText().contains("Медіана"));
        Browser.screenshot(driver, "leadership-summary-uk");
        driver.get(host.baseUrl() + FORM + "?lang=uk");
        assertTrue(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cx-assessment")))
                .getText().contains("Шість"));

        Http.Reply settings = Http.as(host.baseUrl(), "admin").putJson("/rest/cx-maturity/1.0/settings",
                Map.of("spaceKey", "CX", "visibility", "ADMINS_AND_OWNERS", "groups", List.of(), "minGroupSize", 5,
                        "defaultLanguage", "en"));
        assertEquals(settings.body(), 200, settings.status());
        open("viewer", RESULTS + "?lang=en");
        WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cx-notice")));
        assertTrue(notice.getText(), notice.getText().contains("shared with selected people"));
        assertTrue(driver.findElements(By.cssSelector(".cx-results")).isEmpty());
        Browser.screenshot(driver, "leadership-viewer-without-permission");
    }
}

package io.cxmaturity.browser;

import io.cxmaturity.domain.Question;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The form in Chromium: answering block by block, the draft restored after a reload, submitting, the own
 * result at once and after a reload, and changing the answers (a new revision).
 */
public class AssessmentBrowserTest {
    private static final String PAGE = "/display/CX/Six+building+blocks+assessment";

    private Host host;
    private WebDriver driver;

    @Before
    public void start() throws Exception {
        Browser.assumeInstalled();
        host = Host.start(Host.Config.forTest(null));
        driver = Browser.start();
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

    @Test
    public void draftIsRestoredSubmittedResultShownAndAnswersCanBeChanged() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        FormDriver form = new FormDriver(driver);
        driver.get(host.baseUrl() + "/host/switch?user=member&to=" + PAGE);
        form.waitReady();
        Browser.screenshot(driver, "assessment-form");

        List<Question> questions = AnswerSheets.set("six-blocks").scoredQuestions();
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            positions.put(questions.get(i).key(), (i % 5) + 1);
        }
        assertEquals("one block at a time", 4, driver.findElements(By.cssSelector(".cx-block:not([hidden]) .cx-question")).size());
        form.clickBlock(positions);
        form.next();
        form.clickBlock(positions);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".cx-draft-state"), "Draft saved"));

        driver.navigate().refresh();
        form.waitReady();
        assertEquals("7 of 19 answered", driver.findElement(By.cssSelector(".cx-progress")).getText());
        assertEquals("the draft came back", "2", driver.findElement(
                By.cssSelector(".cx-question[data-question='strategy-ambition'] input:checked")).getAttribute("value"));

        for (int block = 0; block < 6; block++) {
            form.clickBlock(positions);
            if (block < 5) {
                form.next();
            }
        }
        driver.findElement(By.cssSelector(".cx-submit")).click();
        WebElement result = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cx-own-result")));
        assertTrue(result.getText(), result.getText().contains("Your result"));
        java.util.List<io.cxmaturity.domain.Answer> given = new java.util.ArrayList<>();
        for (Question q : questions) {
            given.add(io.cxmaturity.domain.Answer.of(q.key(),
                    q.answerType().options().get(positions.get(q.key())).value()));
        }
        io.cxmaturity.domain.Stage expected = io.cxmaturity.domain.scoring.Scoring.score(
                AnswerSheets.set("six-blocks"), given).stage().orElseThrow();
        assertEquals("the stage the answers give", expected.name().in(io.cxmaturity.domain.Language.EN),
                result.findElement(By.cssSelector(".cx-stage-name")).getText());
        assertEquals(1, result.findElements(By.cssSelector("svg.cx-chart")).size());
        assertEquals(6, result.findElements(By.cssSelector(".cx-own-blocks tbody tr")).size());
        Browser.screenshot(driver, "assessment-own-result");

        driver.navigate().refresh();
        form.waitReady();
        WebElement submitted = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cx-submitted")));
        assertTrue(submitted.getText(), submitted.getText().startsWith("You submitted your answers on"));
        assertTrue("the result is shown again after a reload",
                driver.findElement(By.cssSelector(".cx-own-result")).isDisplayed());
        assertTrue("inputs are read-only after submitting",
                driver.findElements(By.cssSelector(".cx-question input")).stream().noneMatch(WebElement::isEnabled));

        driver.findElement(By.cssSelector(".cx-revise")).click();
        wait.until(d -> d.findElement(By.cssSelector(".cx-question input")).isEnabled());
        form.clickBlock(Map.of("strategy-leader", 5));
        for (int block = 0; block < 5; block++) {
            form.next();
        }
        driver.findElement(By.cssSelector(".cx-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".cx-feedback"), "changed answers are saved"));

        Http.Reply mine = Http.as(host.baseUrl(), "member").get("/rest/cx-maturity/1.0/responses/mine?spaceKey=CX&roundId="
                + TestHosts.demoRound(host).id());
        assertTrue(mine.json().path("submitted").asBoolean());
        assertEquals(2, mine.json().path("response").path("revision").asInt());
        assertEquals("5", mine.json().path("response").path("answers").get(0).path("value").asText());
        assertFalse(mine.json().path("result").isNull());
    }
}

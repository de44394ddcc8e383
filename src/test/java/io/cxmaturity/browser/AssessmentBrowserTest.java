package io.cxmaturity.browser;

import io.cxmaturity.host.Host;
import io.cxmaturity.testing.Browser;
import io.cxmaturity.testing.Http;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** A member opens the demo page in Chromium, answers every question, submits, reloads and sees it stored. */
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
    public void memberAnswersSubmitsAndSeesTheStoredStateAfterReload() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.get(host.baseUrl() + "/host/switch?user=member&to=" + PAGE);
        wait.until(d -> "true".equals(d.findElement(By.cssSelector(".cx-assessment")).getAttribute("data-cx-ready")));

        Browser.screenshot(driver, "assessment-form");
        List<WebElement> questions = driver.findElements(By.cssSelector(".cx-question"));
        assertEquals(19, questions.size());
        for (int i = 0; i < questions.size(); i++) {
            WebElement question = questions.get(i);
            String value = String.valueOf(i % 6);
            WebElement label = question.findElement(By.cssSelector("input[value='" + value + "'] ~ label"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", label);
            label.click();
        }
        assertEquals("19 of 19 answered", driver.findElement(By.cssSelector(".cx-progress")).getText());
        driver.findElement(By.cssSelector(".cx-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cx-feedback .aui-message-success")));
        Browser.screenshot(driver, "assessment-submitted");

        driver.navigate().refresh();
        WebElement submitted = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cx-submitted")));
        assertTrue(submitted.getText(), submitted.getText().startsWith("You submitted your answers on"));
        assertTrue("inputs are read-only after submitting",
                driver.findElements(By.cssSelector(".cx-question input")).stream().noneMatch(WebElement::isEnabled));
        assertEquals("the stored answers are shown", "1", driver.findElement(
                By.cssSelector(".cx-question[data-question='strategy-ambition'] input:checked")).getAttribute("value"));
        Browser.screenshot(driver, "assessment-after-reload");

        Http.Reply mine = Http.as(host.baseUrl(), "member").get("/rest/cx-maturity/1.0/responses/mine?spaceKey=CX&roundId=1");
        assertTrue(mine.json().path("submitted").asBoolean());
        assertEquals(19, mine.json().path("response").path("answers").size());
    }
}

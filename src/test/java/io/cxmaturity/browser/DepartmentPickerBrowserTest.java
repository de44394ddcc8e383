package io.cxmaturity.browser;

import io.cxmaturity.host.Host;
import io.cxmaturity.testing.AnswerSheets;
import io.cxmaturity.testing.Browser;
import io.cxmaturity.testing.FormDriver;
import io.cxmaturity.testing.Http;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** A page that names no department: the respondent picks theirs, answers, and the answer lands in its round. */
public class DepartmentPickerBrowserTest {
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
    public void respondentPicksTheirDepartmentThenAnswers() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        FormDriver form = new FormDriver(driver);
        driver.get(host.baseUrl() + "/host/switch?user=viewer&to=/display/CX/Assessment+for+every+department");
        form.waitReady();
        assertFalse("nothing can be answered before a department is picked",
                driver.findElement(By.cssSelector(".cx-question input")).isEnabled());
        new Select(driver.findElement(By.cssSelector(".cx-department-select"))).selectByVisibleText("Operations");
        wait.until(d -> d.findElement(By.cssSelector(".cx-question input")).isEnabled());
        Map<String, Integer> positions = new HashMap<>();
        AnswerSheets.set("six-blocks").scoredQuestions().forEach(q -> positions.put(q.key(), 3));
        for (int block = 0; block < 6; block++) {
            form.clickBlock(positions);
            if (block < 5) {
                form.next();
            }
        }
        driver.findElement(By.cssSelector(".cx-submit")).click();
        WebElement result = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cx-own-result")));
        assertTrue(result.getText().contains("Your result"));
        Browser.screenshot(driver, "department-picker-result");

        Http admin = Http.as(host.baseUrl(), "admin");
        long roundId = admin.get("/rest/cx-maturity/1.0/departments/operations/rounds?spaceKey=CX").json().get(0)
                .path("id").asLong();
        Http.Reply mine = Http.as(host.baseUrl(), "viewer").get("/rest/cx-maturity/1.0/responses/mine?spaceKey=CX&roundId="
                + roundId);
        assertTrue(mine.json().path("submitted").asBoolean());
        assertEquals("3", mine.json().path("response").path("answers").get(0).path("value").asText());
    }
}

package io.cxmaturity.browser;

import io.cxmaturity.host.Host;
import io.cxmaturity.testing.Browser;
import io.cxmaturity.testing.FormDriver;
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
 * The roadmap page in Chromium as a viewer reads it: the board with its styles applied (overdue work stands
 * out, statuses are coloured lozenges), in English and Russian, with no serious or critical accessibility
 * violations (axe-core). The admin's editing flow belongs to the space admin screen.
 */
public class RoadmapBrowserTest {
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
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cx-roadmap-board")));
    }

    @Test
    public void aViewerReadsTheBoardWithOverdueWorkMarkedAndNoAccessibilityViolations() {
        open("viewer", "/display/CX/Roadmap");

        List<WebElement> rows = driver.findElements(By.cssSelector(".cx-roadmap-board tbody tr"));
        assertEquals(6, rows.size());
        WebElement overdue = driver.findElement(By.cssSelector(".cx-roadmap-board .cx-initiative.cx-overdue"));
        assertTrue("overdue work has a red edge: " + overdue.getCssValue("border-left-color"),
                overdue.getCssValue("border-left-color").matches("rgba?\\(222, 53, 11(, 1)?\\)"));
        assertTrue(overdue.findElement(By.cssSelector(".cx-overdue-flag")).isDisplayed());
        WebElement inProgress = driver.findElement(By.cssSelector(".cx-roadmap-board [data-status='in-progress']"));
        assertTrue("AUI colours the lozenge", !inProgress.getCssValue("background-color").equals("rgba(0, 0, 0, 0)"));
        WebElement bar = overdue.findElement(By.cssSelector(".cx-progress-fill"));
        WebElement track = overdue.findElement(By.cssSelector(".cx-progress-bar"));
        assertEquals("the bar shows 60 %", 0.6, bar.getSize().getWidth() / (double) track.getSize().getWidth(), 0.05);
        Browser.screenshot(driver, "roadmap-board");

        List<Map<String, Object>> violations = new FormDriver(driver).axe(".cx-roadmap");
        assertEquals("axe on the roadmap: " + violations, List.of(), violations);

        open("viewer", "/display/CX/Roadmap?lang=ru");
        assertTrue(driver.findElement(By.cssSelector(".cx-roadmap-board thead")).getText().contains("6 мес."));
        Browser.screenshot(driver, "roadmap-board-ru");
    }
}

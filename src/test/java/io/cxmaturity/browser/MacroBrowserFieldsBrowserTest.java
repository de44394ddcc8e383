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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The macro browser's "Question set" and "Department" drop-downs, filled from the space over the real REST API.
 * Confluence's editor cannot run here: the host page stands in for the macro browser's field-override contract
 * (setMacroJsOverride, ParameterFields["enum"], beforeParamsSet) and says so; the plugin's script is the real one.
 */
public class MacroBrowserFieldsBrowserTest {
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

    private List<String> options(String id) {
        return new Select(driver.findElement(By.id(id))).getOptions().stream().map(WebElement::getText)
                .collect(Collectors.toList());
    }

    @Test
    public void authorsPickSetsAndDepartmentsOfTheSpaceAndKeepTheCurrentChoice() {
        assertEquals(200, Http.as(host.baseUrl(), "admin").putJson("/rest/cx-maturity/1.0/departments/marketing",
                Map.of("spaceKey", "CX", "archived", true)).status());
        driver.get(host.baseUrl() + "/host/switch?user=member&to=/host-static/macro-browser.html%3Fspace=CX");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(d -> ((JavascriptExecutor) d).executeScript("return !!(window.AJS && AJS.MacroBrowser.overrides['cx-assessment'])"));
        ((JavascriptExecutor) driver).executeScript("hostOpenMacro('cx-assessment', {set: 'cx-checklist', department: 'sales'})");
        wait.until(d -> options("macro-param-set").size() > 3 && options("macro-param-department").size() > 3);

        List<String> sets = options("macro-param-set");
        assertEquals("The department’s set", sets.get(0));
        assertTrue(sets.toString(), sets.contains("Six building blocks of customer-centricity"));
        assertEquals("the macro's current set stays chosen", "cx-checklist",
                new Select(driver.findElement(By.id("macro-param-set"))).getFirstSelectedOption().getAttribute("value"));
        List<String> departments = options("macro-param-department");
        assertEquals("Respondents choose their department", departments.get(0));
        assertTrue(departments.toString(), departments.containsAll(List.of("Customer Service", "Sales", "Operations")));
        assertFalse("archived departments are not offered", departments.contains("Marketing"));
        assertEquals("sales", new Select(driver.findElement(By.id("macro-param-department"))).getFirstSelectedOption()
                .getAttribute("value"));
        Browser.screenshot(driver, "macro-browser-fields");

        ((JavascriptExecutor) driver).executeScript("hostOpenMacro('cx-results', {})");
        wait.until(d -> options("macro-param-set").size() > 3);
        assertEquals("", new Select(driver.findElement(By.id("macro-param-set"))).getFirstSelectedOption()
                .getAttribute("value"));

        ((JavascriptExecutor) driver).executeScript("hostOpenMacro('cx-roadmap', {department: 'operations'})");
        wait.until(d -> options("macro-param-set").size() > 3 && options("macro-param-department").size() > 3);
        assertEquals("operations", new Select(driver.findElement(By.id("macro-param-department")))
                .getFirstSelectedOption().getAttribute("value"));
    }
}

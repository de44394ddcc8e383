package io.cxmaturity.browser;

import io.cxmaturity.host.Host;
import io.cxmaturity.testing.Browser;
import io.cxmaturity.testing.FormDriver;
import io.cxmaturity.testing.Http;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The transformation office's whole set-up in Chromium against the host (issue 5's acceptance): an admin creates
 * a department, copies the flagship set, edits a question in English, Russian and Ukrainian, publishes version 2,
 * points the department at it and opens a round, assigns block owners, puts initiatives on all three horizons
 * (one from a recommended key driver) and finds them in the roadmap macro on a page; a member gets neither the
 * screen nor its REST endpoints. Screenshots go to target/screenshots.
 */
public class AdminJourneyBrowserTest {
    private static final String API = "/rest/cx-maturity/1.0";
    private Host host;
    private WebDriver driver;
    private WebDriverWait wait;

    @Before
    public void start() throws Exception {
        Browser.assumeInstalled();
        host = Host.start(Host.Config.forTest(null));
        driver = Browser.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
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

    private WebElement visible(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private void openTab(String key) {
        driver.findElement(By.id("cx-tab-link-" + key)).sendKeys(Keys.ENTER);
        visible("#cx-tab-" + key + " .cx-admin-body > :not(.cx-admin-loading)");
    }

    private void press(String xpath) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(xpath)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", button);
        button.sendKeys(Keys.ENTER);
    }

    private void type(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }

    @Test
    public void adminSetsUpTheTransformationAndTheRoadmapShowsIt() {
        Http admin = Http.as(host.baseUrl(), "admin");
        driver.get(host.baseUrl() + "/host/switch?user=admin&to=/display/CX");
        driver.findElement(By.id("space-tools-link")).click();
        visible(".cx-dept");
        FormDriver axe = new FormDriver(driver);

        // 1. a department
        press("//button[normalize-space()='Add department']");
        type(visible(".cx-dept-add input[name='name']"), "Finance");
        visible(".cx-dept-add input[name='name']").sendKeys(Keys.ENTER);
        visible(".cx-dept[data-department='finance']");

        // 2. a copy of the flagship set, published as version 1
        openTab("sets");
        press("//button[normalize-space()='New question set']");
        type(visible("#cx-tab-sets input[name='key']"), "finance-cx");
        new Select(driver.findElement(By.cssSelector("#cx-tab-sets select[name='from']"))).selectByValue("six-blocks");
        press("//*[@id='cx-tab-sets']//button[normalize-space()='Start the draft']");
        visible(".cx-set-editor");
        press("//button[normalize-space()='Publish as the next version']");
        wait.until(d -> admin.get(API + "/question-sets/finance-cx?spaceKey=CX").status() == 200);
        assertEquals(1, admin.get(API + "/question-sets/finance-cx?spaceKey=CX").json().path("version").asInt());

        // 3. a question edited in three languages, published as version 2
        visible("#cx-tab-sets tr[data-set='finance-cx']");
        press("//tr[@data-set='finance-cx']//button[normalize-space()='Edit']");
        visible(".cx-set-editor");
        type(visible("textarea[data-path='$.questions[0].text.en']"), "A named executive owns our customer agenda.");
        type(driver.findElement(By.cssSelector("textarea[data-path='$.questions[0].text.ru']")),
                "За клиентскую повестку отвечает конкретный руководитель.");
        type(driver.findElement(By.cssSelector("textarea[data-path='$.questions[0].text.uk']")),
                "За клієнтський порядок денний відповідає конкретний керівник.");
        press("//button[normalize-space()='Check']");
        visible(".cx-comparability .aui-message");
        String report = driver.findElement(By.cssSelector(".cx-comparability")).getText();
        assertTrue("a reworded question stays comparable: " + report,
                report.contains("Every question stays comparable with earlier rounds.")
                        && report.contains("19 of 19 questions stay comparable with version 1."));
        press("//button[normalize-space()='Preview as a respondent']");
        assertTrue(visible(".cx-preview-form").getText().contains("A named executive owns our customer agenda."));
        Browser.screenshot(driver, "journey-set-editor");
        assertEquals("no serious accessibility problems in the set editor", List.of(), axe.axe("#cx-admin"));
        press("//button[normalize-space()='Publish as the next version']");
        wait.until(d -> admin.get(API + "/question-sets/finance-cx?spaceKey=CX").json().path("version").asInt() == 2);
        String ru = admin.get(API + "/question-sets/finance-cx?spaceKey=CX").json().path("definition").path("questions")
                .get(0).path("text").path("ru").asText();
        assertEquals("За клиентскую повестку отвечает конкретный руководитель.", ru);

        // 4. the department answers the new set in a round
        openTab("departments");
        WebElement finance = visible(".cx-dept[data-department='finance']");
        finance.findElement(By.xpath(".//button[normalize-space()='Edit']")).sendKeys(Keys.ENTER);
        new Select(visible(".cx-dept[data-department='finance'] select[name='setKey']")).selectByValue("finance-cx");
        visible(".cx-dept[data-department='finance'] input[name='name']").sendKeys(Keys.ENTER);
        wait.until(d -> admin.get(API + "/departments?spaceKey=CX").body().contains("\"setKey\":\"finance-cx\""));
        press("//section[@data-department='finance']//button[normalize-space()='Open a round']");
        type(visible(".cx-dept[data-department='finance'] input[name='name']"), "2027 H1");
        visible(".cx-dept[data-department='finance'] input[name='name']").sendKeys(Keys.ENTER);
        wait.until(d -> d.findElement(By.cssSelector(".cx-dept[data-department='finance'] tr[data-round]")).getText()
                .contains("2027 H1"));
        assertEquals("the round is on version 2", admin.get(API + "/question-sets/finance-cx?spaceKey=CX").json()
                .path("versionId").asLong(), admin.get(API + "/departments/finance/rounds?spaceKey=CX").json().get(0)
                .path("setVersionId").asLong());

        // 5. owners of the new set's blocks
        openTab("owners");
        Select chooser = new Select(visible("#cx-tab-owners select[name='ownersSet']"));
        if (!"finance-cx".equals(chooser.getFirstSelectedOption().getAttribute("value"))) {
            WebElement before = driver.findElement(By.cssSelector("#cx-tab-owners table"));
            chooser.selectByValue("finance-cx");
            wait.until(ExpectedConditions.stalenessOf(before));
        }
        WebElement picker = visible("#cx-tab-owners tr[data-block='strategy'] input[role='combobox']");
        picker.sendKeys("erin");
        visible("#cx-tab-owners tr[data-block='strategy'] [role='option']");
        picker.sendKeys(Keys.ENTER);
        wait.until(d -> d.findElement(By.cssSelector("#cx-tab-owners tr[data-block='strategy']")).getText()
                .contains("Erin Executive"));

        // 6. initiatives on the three horizons, one from a recommended key driver
        openTab("roadmap");
        new Select(visible("#cx-tab-roadmap select[name='roadmapDepartment']")).selectByValue("customer-service");
        visible(".cx-suggestion");
        WebElement driverSuggestion = driver.findElements(By.cssSelector(".cx-suggestion")).stream()
                .filter(s -> s.getAttribute("data-suggestion").startsWith("driver:")).findFirst()
                .orElseThrow(() -> new AssertionError("no key driver among the recommendations"));
        String suggested = driverSuggestion.findElement(By.cssSelector(".cx-suggestion-title")).getText();
        WebElement take = driverSuggestion.findElement(By.cssSelector("button"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", take);
        take.click();
        String fromDriver = suggested;
        wait.until(d -> d.findElement(By.cssSelector(".cx-board")).getText().contains(fromDriver));
        assertTrue("the initiative records that it came from a key driver", admin.get(API + "/initiatives?spaceKey=CX")
                .json().findParents("title").stream().anyMatch(i -> i.path("title").asText().equals(fromDriver)
                        && i.path("source").asText().equals("DRIVER")));
        Map<Integer, String> titles = Map.of(6, "Service blueprint for complaints", 12, "Journey maps for onboarding",
                24, "Customer academy for every team");
        for (Map.Entry<Integer, String> t : titles.entrySet()) {
            WebElement add = visible(".cx-board tr[data-block='processes'] td[data-horizon='" + t.getKey() + "'] > button");
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", add);
            add.click();
            type(visible(".cx-initiative-form input[name='title']"), t.getValue());
            WebElement owner = driver.findElement(By.cssSelector(".cx-initiative-form input[name='owner']"));
            owner.sendKeys("maria");
            visible(".cx-initiative-form [role='option']");
            owner.sendKeys(Keys.ENTER);
            new Select(driver.findElement(By.cssSelector(".cx-initiative-form select[name='status']")))
                    .selectByValue(t.getKey() == 6 ? "IN_PROGRESS" : "PLANNED");
            type(driver.findElement(By.cssSelector(".cx-initiative-form input[name='progress']")),
                    t.getKey() == 6 ? "40" : "0");
            WebElement save = driver.findElement(By.cssSelector(".cx-initiative-form button[type='submit']"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", save);
            save.click();
            wait.until(d -> d.findElement(By.cssSelector(".cx-board tr[data-block='processes'] td[data-horizon='"
                    + t.getKey() + "']")).getText().contains(t.getValue()));
        }
        Browser.screenshot(driver, "journey-roadmap-tab");
        assertEquals("no serious accessibility problems on the roadmap tab", List.of(), axe.axe("#cx-admin"));

        // 7. the roadmap macro on a page shows them
        driver.get(host.baseUrl() + "/display/CX/Roadmap");
        String page = visible(".cx-roadmap").getText();
        for (String title : titles.values()) {
            assertTrue(title + " on the page", page.contains(title));
        }
        assertTrue(page.contains(fromDriver));
        com.fasterxml.jackson.databind.JsonNode made = admin.get(API + "/initiatives?spaceKey=CX").json();
        for (String title : titles.values()) {
            assertTrue(title + " is owned by the person picked", made.findParents("title").stream().anyMatch(i ->
                    i.path("title").asText().equals(title) && "member".equals(i.path("owner").asText())));
        }
        Browser.screenshot(driver, "journey-roadmap-page");

        // 8. the audit trail tells the story
        driver.get(host.baseUrl() + "/plugins/servlet/cx-maturity/space-admin?key=CX&tab=audit");
        String trail = visible("#cx-tab-audit table").getText();
        for (String action : new String[]{"Department created", "Round opened", "Owner added"}) {
            assertTrue(action, trail.contains(action));
        }
    }

    @Test
    public void aMemberGetsNeitherTheScreenNorItsEndpoints() {
        driver.get(host.baseUrl() + "/host/switch?user=member&to=/plugins/servlet/cx-maturity/space-admin%3Fkey=CX");
        assertTrue(visible(".aui-message-error").getText().contains("Only the administrators"));
        Browser.screenshot(driver, "journey-member-refused");
        Http member = Http.as(host.baseUrl(), "member");
        assertEquals(403, member.postJson(API + "/departments", Map.of("spaceKey", "CX", "name", "Mine",
                "setKey", "six-blocks")).status());
        assertEquals(403, member.postJson(API + "/question-sets", Map.of("spaceKey", "CX", "key", "mine",
                "from", Map.of("setKey", "six-blocks"))).status());
        assertEquals(403, member.postJson(API + "/initiatives", Map.of("spaceKey", "CX", "setKey", "six-blocks",
                "blockKey", "strategy", "title", "Mine", "horizon", 6)).status());
        assertEquals(403, member.postJson(API + "/owners", Map.of("spaceKey", "CX", "setKey", "six-blocks",
                "blockKey", "strategy", "user", "member")).status());
        assertEquals(403, member.get(API + "/audit?spaceKey=CX").status());
        assertEquals(403, member.get(API + "/exports/space?spaceKey=CX").status());
    }
}

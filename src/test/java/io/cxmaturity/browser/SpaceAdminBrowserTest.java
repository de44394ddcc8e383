package io.cxmaturity.browser;

import io.cxmaturity.host.Host;
import io.cxmaturity.testing.Browser;
import io.cxmaturity.testing.FormDriver;
import io.cxmaturity.testing.Http;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
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
 * The space admin screen in Chromium against the host: an admin sets up a department, its round, a block
 * owner (with the keyboard in the user picker) and the results visibility, and sees each change in the audit
 * trail; an admin imports the whole demo space, roadmap included, into an empty space from a file; a member is
 * turned away. Screenshots go to target/screenshots.
 */
public class SpaceAdminBrowserTest {
    private static final String SCREEN = "/plugins/servlet/cx-maturity/space-admin?key=CX";
    private Host host;
    private WebDriver driver;
    private WebDriverWait wait;

    @Before
    public void start() throws Exception {
        Browser.assumeInstalled();
        host = Host.start(Host.Config.forTest(null));
        driver = Browser.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // tabs draw themselves again after each change: a lookup may meet an element just replaced
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
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

    private void as(String user, String path) {
        driver.get(host.baseUrl() + "/host/switch?user=" + user + "&to=" + path.replace("?", "%3F").replace("&", "%26"));
    }

    private WebElement visible(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private void openTab(String key) {
        driver.findElement(By.id("cx-tab-link-" + key)).sendKeys(Keys.ENTER);
        visible("#cx-tab-" + key + " .cx-admin-body > :not(.cx-admin-loading)");
    }

    @Test
    public void adminSetsUpADepartmentRoundOwnerAndVisibility() {
        as("admin", "/display/CX");
        driver.findElement(By.id("space-tools-link")).click();
        visible(".cx-dept");
        FormDriver axe = new FormDriver(driver);

        // a department and its first round
        driver.findElement(By.xpath("//button[normalize-space()='Add department']")).click();
        WebElement name = visible(".cx-dept-add input[name='name']");
        name.sendKeys("Finance & Risk");
        new Select(driver.findElement(By.cssSelector(".cx-dept-add select[name='setKey']"))).selectByValue("six-blocks");
        driver.findElement(By.cssSelector(".cx-dept-add input[name='headcount']")).sendKeys("12");
        driver.findElement(By.cssSelector(".cx-dept-add button[type='submit']")).click();
        WebElement finance = visible(".cx-dept[data-department='finance-risk']");
        assertTrue(finance.getText().contains("Finance & Risk"));
        finance.findElement(By.xpath(".//button[normalize-space()='Open a round']")).click();
        WebElement roundName = visible(".cx-dept[data-department='finance-risk'] input[name='name']");
        roundName.sendKeys("2027 H1");
        WebElement closes = driver.findElement(By.cssSelector(".cx-dept[data-department='finance-risk'] input[name='closesOn']"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].value = '2027-03-31'; arguments[1].value = '2027-01-10';", closes,
                driver.findElement(By.cssSelector(".cx-dept[data-department='finance-risk'] input[name='opensOn']")));
        driver.findElement(By.cssSelector(".cx-dept[data-department='finance-risk'] input[name='anonymous']")).sendKeys(Keys.SPACE);
        driver.findElement(By.cssSelector(".cx-dept[data-department='finance-risk'] button[type='submit']")).click();
        wait.until(d -> d.findElement(By.cssSelector(".cx-dept[data-department='finance-risk'] tr[data-round]"))
                .getText().contains("2027 H1"));
        WebElement roundRow = driver.findElement(By.cssSelector(".cx-dept[data-department='finance-risk'] tr[data-round]"));
        assertTrue(roundRow.getText(), roundRow.getText().contains("Anonymous"));
        assertTrue(roundRow.getText(), roundRow.getText().toLowerCase().contains("open"));
        Browser.screenshot(driver, "admin-departments");
        assertEquals("no serious accessibility problems on the departments tab", List.of(), axe.axe("#cx-admin"));

        // a wrong edit is shown next to its field and stores nothing
        finance = driver.findElement(By.cssSelector(".cx-dept[data-department='finance-risk']"));
        finance.findElement(By.xpath(".//button[normalize-space()='Edit']")).click();
        WebElement group = visible(".cx-dept[data-department='finance-risk'] input[name='respondentGroup']");
        group.sendKeys("no-such-group");
        group.sendKeys(Keys.ENTER);
        WebElement groupError = visible(".cx-dept[data-department='finance-risk'] input[name='respondentGroup'] ~ .cx-field-error");
        wait.until(d -> !groupError.getText().isEmpty());
        assertTrue(groupError.getText(), groupError.getText().contains("no-such-group"));
        assertEquals("the field with the problem has the focus", "respondentGroup",
                driver.switchTo().activeElement().getAttribute("name"));
        group.clear();
        group.sendKeys("confluence-users");
        group.sendKeys(Keys.ENTER);
        wait.until(d -> d.findElement(By.cssSelector(".cx-dept[data-department='finance-risk'] .cx-dept-facts"))
                .getText().contains("confluence-users"));

        // weekly reminders for the round, with the page that has the form
        WebElement roundEdit = visible(".cx-dept[data-department='finance-risk'] tr[data-round] .cx-admin-actions button");
        roundEdit.sendKeys(Keys.ENTER);
        WebElement reminders = visible(".cx-dept[data-department='finance-risk'] input[name='remindersEnabled']");
        reminders.sendKeys(Keys.SPACE);
        WebElement every = driver.findElement(By.cssSelector(".cx-dept[data-department='finance-risk'] input[name='everyDays']"));
        every.clear();
        every.sendKeys("7");
        WebElement page = driver.findElement(By.cssSelector(".cx-dept[data-department='finance-risk'] input[name='formPageUrl']"));
        page.sendKeys("/display/CX/Six+building+blocks+assessment");
        visible(".cx-reminders p");
        assertTrue(driver.findElement(By.cssSelector(".cx-reminders")).getText().contains("No reminder is planned"));
        page.sendKeys(Keys.ENTER);
        wait.until(d -> Http.as(host.baseUrl(), "admin").get("/rest/cx-maturity/1.0/departments/finance-risk/rounds?spaceKey=CX")
                .json().get(0).path("reminders").path("everyDays").asInt() == 7);
        assertTrue(Http.as(host.baseUrl(), "admin").get("/rest/cx-maturity/1.0/departments/finance-risk/rounds?spaceKey=CX")
                .json().get(0).path("reminders").path("enabled").asBoolean());

        // an owner, picked with the keyboard
        openTab("owners");
        Select chooser = new Select(visible("#cx-tab-owners select[name='ownersSet']"));
        if (!"six-blocks".equals(chooser.getFirstSelectedOption().getAttribute("value"))) {
            WebElement before = driver.findElement(By.cssSelector("#cx-tab-owners table"));
            chooser.selectByValue("six-blocks");
            wait.until(ExpectedConditions.stalenessOf(before));
        }
        WebElement picker = visible("#cx-tab-owners tr[data-block='metrics'] input[role='combobox']");
        picker.sendKeys("mari");
        visible("#cx-tab-owners tr[data-block='metrics'] [role='option']");
        picker.sendKeys(Keys.ARROW_DOWN);
        picker.sendKeys(Keys.ENTER);
        wait.until(d -> d.findElement(
                By.cssSelector("#cx-tab-owners tr[data-block='metrics']")).getText().contains("Maria Member"));
        Browser.screenshot(driver, "admin-owners");
        assertEquals(List.of(), axe.axe("#cx-admin"));
        Http.Reply owners = Http.as(host.baseUrl(), "viewer").get("/rest/cx-maturity/1.0/owners?spaceKey=CX&setKey=six-blocks");
        assertTrue(owners.body(), owners.json().findParents("blockKey").stream().anyMatch(o ->
                o.path("blockKey").asText().equals("metrics") && o.path("username").asText().equals("member")));

        // results only for a named group
        openTab("settings");
        visible("label[for='cx-r-visibility-GROUPS']").click();
        WebElement groups = visible("#cx-tab-settings textarea[name='groups']");
        groups.sendKeys("cx-leadership");
        driver.findElement(By.cssSelector("#cx-tab-settings button[type='submit']")).click();
        wait.until(d -> "GROUPS".equals(Http.as(host.baseUrl(), "admin").get("/rest/cx-maturity/1.0/settings?spaceKey=CX")
                .json().path("visibility").asText()));

        // every change is in the audit trail
        openTab("audit");
        String trail = visible("#cx-tab-audit table").getText();
        for (String change : new String[]{"Department created", "Round opened", "Department changed", "Round changed",
                "Owner added", "Settings changed"}) {
            assertTrue(change + " in " + trail, trail.contains(change));
        }
        assertTrue(trail.contains("Alex Admin"));
        Browser.screenshot(driver, "admin-audit");
        assertEquals(List.of(), axe.axe("#cx-admin"));
    }

    @Test
    public void adminImportsTheWholeDemoSpaceIntoAnEmptySpaceRoadmapIncluded() throws Exception {
        Http admin = Http.as(host.baseUrl(), "admin");
        String document = admin.download("/rest/cx-maturity/1.0/exports/space?spaceKey=CX").text();
        int initiatives = new Http.Reply(200, document, "application/json").json().path("initiatives").size();
        assertTrue("the demo has a roadmap", initiatives >= 8);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("cx-CX-space", ".json");
        try {
            java.nio.file.Files.writeString(file, document);
            as("admin", "/plugins/servlet/cx-maturity/space-admin?key=IMPORT");
            visible("#cx-admin");
            openTab("data");
            WebElement input = visible("input[name='spaceFile']");
            input.sendKeys(file.toAbsolutePath().toString());
            input.findElement(By.xpath("ancestor::form//button[@type='submit']")).click();
            wait.until(d -> d.findElement(By.xpath("//input[@name='spaceFile']/ancestor::form"))
                    .getText().contains("Imported:"));
            String said = driver.findElement(By.xpath("//input[@name='spaceFile']/ancestor::form")).getText();
            assertTrue(said, said.contains(", " + initiatives + " initiatives."));
            wait.until(d -> new Select(d.findElement(By.cssSelector("select[name='exportDepartment']"))).getOptions()
                    .size() >= 5 && new Select(d.findElement(By.cssSelector("select[name='exportRound']"))).getOptions()
                    .size() >= 1);
            assertTrue("the imported rounds can be exported at once", driver.findElements(
                    By.cssSelector(".cx-export-links a[href*='/exports/rounds/']")).size() == 4);
            Browser.screenshot(driver, "admin-space-imported");
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        assertEquals(initiatives, admin.get("/rest/cx-maturity/1.0/initiatives?spaceKey=IMPORT").json().size());
    }

    @Test
    public void membersAreTurnedAwayAndTheScreenSpeaksRussianAndUkrainian() {
        as("member", SCREEN);
        assertTrue(visible(".aui-message-error").getText().contains("Only the administrators of this space"));
        assertTrue(driver.findElements(By.cssSelector(".cx-admin-tabs")).isEmpty());

        as("admin", SCREEN + "&lang=ru");
        visible(".cx-dept");
        assertTrue(driver.findElement(By.id("cx-tab-link-departments")).getText().contains("Подразделения"));
        assertTrue(driver.findElement(By.cssSelector(".cx-admin-toolbar button")).getText().contains("Добавить"));
        Browser.screenshot(driver, "admin-ru");
        driver.get(host.baseUrl() + SCREEN + "&tab=settings&lang=uk");
        assertTrue(visible("#cx-tab-settings legend").getText().contains("Хто бачить"));
        Browser.screenshot(driver, "admin-uk");
    }
}

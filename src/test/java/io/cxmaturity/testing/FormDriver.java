package io.cxmaturity.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Drives the assessment form in the browser: with the keyboard only, or by clicking. */
public final class FormDriver {
    private final WebDriver driver;

    public FormDriver(WebDriver driver) {
        this.driver = driver;
    }

    public void waitReady() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "true".equals(
                d.findElement(By.cssSelector(".cx-assessment")).getAttribute("data-cx-ready")));
    }

    private WebElement active() {
        return driver.switchTo().activeElement();
    }

    private void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    /**
     * Answers every question and submits with the keyboard only: Tab to a question's radio group, Space to
     * pick its first answer, arrow keys to move to the wanted one, Tab on; Enter on "Next" and "Submit".
     *
     * @param position for each question key, the index of the answer option to choose
     * @return the number of key presses used
     */
    public int answerWithKeyboard(Function<String, Integer> position) {
        Set<String> done = new HashSet<>();
        int presses = 0;
        for (int guard = 0; guard < 2000; guard++) {
            WebElement focused = active();
            String tag = focused.getTagName();
            String type = focused.getAttribute("type");
            String classes = focused.getAttribute("class") == null ? "" : focused.getAttribute("class");
            if ("input".equals(tag) && "radio".equals(type)) {
                String question = (String) ((JavascriptExecutor) driver).executeScript(
                        "return arguments[0].closest('.cx-question').getAttribute('data-question');", focused);
                if (done.add(question)) {
                    press(Keys.SPACE);
                    presses++;
                    for (int i = 0; i < position.apply(question); i++) {
                        press(Keys.ARROW_DOWN);
                        presses++;
                    }
                }
                press(Keys.TAB);
                presses++;
            } else if (classes.contains("cx-next")) {
                press(Keys.ENTER);
                presses++;
            } else if (classes.contains("cx-submit")) {
                press(Keys.ENTER);
                return presses + 1;
            } else {
                press(Keys.TAB);
                presses++;
            }
        }
        throw new AssertionError("the form could not be completed with the keyboard; answered " + done.size());
    }

    /** Clicks the answer with the given index for each question of the visible block, then Next. */
    public void clickBlock(Map<String, Integer> positions) {
        List<WebElement> questions = driver.findElements(By.cssSelector(".cx-block:not([hidden]) .cx-question"));
        for (WebElement q : questions) {
            Integer index = positions.get(q.getAttribute("data-question"));
            if (index == null) {
                continue;
            }
            WebElement label = q.findElements(By.cssSelector(".cx-option label")).get(index);
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", label);
            label.click();
        }
    }

    public void next() {
        WebElement next = driver.findElement(By.cssSelector(".cx-next"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", next);
        next.click();
    }

    /** Runs axe-core (from the host's npm packages) on the elements matching the selector. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> axe(String selector) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "if (window.axe) { done(); return; }"
                + "var s = document.createElement('script'); s.src = '/axe/axe.min.js'; s.onload = function () { done(); };"
                + "s.onerror = function () { done(); }; document.head.appendChild(s);");
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document.querySelectorAll(arguments[0]), {resultTypes: ['violations']})"
                + ".then(function (r) { done(r.violations.filter(function (v) {"
                + "  return v.impact === 'serious' || v.impact === 'critical'; })"
                + "  .map(function (v) { return {id: v.id, impact: v.impact, help: v.help,"
                + "    nodes: v.nodes.map(function (n) { return n.html; }).slice(0, 3)}; })); })"
                + ".catch(function (e) { done([{id: 'axe-error', impact: 'critical', help: String(e)}]); });",
                selector);
        return (List<Map<String, Object>>) result;
    }
}

package io.cxmaturity.testing;

import org.junit.Assume;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Headless Chromium from Debian's packages, driven through Debian's chromedriver: nothing is downloaded.
 * Where either is missing the test is skipped with a notice, as the database tests are.
 */
public final class Browser {
    public static final File CHROMIUM = new File(System.getProperty("cx.chromium", "/usr/bin/chromium"));
    public static final File DRIVER = new File(System.getProperty("cx.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {
    }

    /** Skips the calling test, with a visible notice, when Chromium or its driver is not installed. */
    public static void assumeInstalled() {
        boolean present = CHROMIUM.canExecute() && DRIVER.canExecute();
        if (!present) {
            System.err.println("SKIPPED browser test: " + CHROMIUM + " or " + DRIVER
                    + " is missing (apt-get install chromium chromium-driver)");
        }
        Assume.assumeTrue("Chromium and chromedriver are installed", present);
    }

    public static WebDriver start() {
        assumeInstalled();
        try {
            Path profile = Files.createTempDirectory("cx-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-quic", "--window-size=1280,2000", "--lang=en-GB",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
                    .usingAnyFreePort().build();
            WebDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves a screenshot under target/screenshots (kept by CI as a build artefact). */
    public static Path screenshot(WebDriver driver, String name) {
        try {
            Path dir = Path.of(System.getProperty("cx.build.directory", "target"), "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package com.partygraph.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for one test (Debian's {@code chromium} and {@code chromium-driver}, which
 * {@code .ci/run} installs when missing), with a fresh profile and none of its background connections; register
 * it as a {@code @RegisterExtension} field. {@link #screenshot} keeps a picture under {@code target/screenshots/},
 * and every test leaves one of how it ended ({@code <class>-<method>.png}).
 */
public final class Chromium implements BeforeEachCallback, AfterEachCallback {

    private static final File BROWSER = new File("/usr/bin/chromium");

    private static final File DRIVER = new File("/usr/bin/chromedriver");

    private ChromeDriver driver;

    private Path profile;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        if (!BROWSER.canExecute() || !DRIVER.canExecute()) {
            throw new IllegalStateException("Console tests need Debian's chromium and chromium-driver"
                    + " (apt-get install chromium chromium-driver; .ci/run installs them)");
        }
        this.profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,900",
                "--user-data-dir=" + this.profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER)
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (this.driver != null) {
            // What the page showed at the end of every test, passed or failed.
            screenshot(context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName());
            this.driver.quit();
        }
        if (this.profile != null) {
            try (var files = Files.walk(this.profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    public WebDriver driver() {
        return this.driver;
    }

    /** Waits up to 10 s for what the page should show. */
    public WebDriverWait await() {
        return new WebDriverWait(this.driver, Duration.ofSeconds(10));
    }

    /** Keeps what the browser shows as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Path target = Path.of("target/screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(
                    this.driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}

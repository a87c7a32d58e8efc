package nl.signaalwijzer.browser;

import nl.signaalwijzer.web.ServerSettings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.TestServer;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real server with the real {@code flows/} and Debian's headless Chromium driven through Debian's
 * chromedriver (never a downloaded browser or driver; Selenium Manager never starts). One per test class.
 * A missing browser is a failure with a clear message, never a skip.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final TestServer server;
    final ChromeDriver driver;
    /** null when this only borrows another Browser's Chromium (see {@link #on}): then close() leaves it open */
    private final Path profile;
    /** What the window's frame takes around the page, learnt by {@link #viewport} (0 in headless Chromium so far) */
    private Dimension frame = new Dimension(0, 0);

    private Browser(TestServer server, ChromeDriver driver, Path profile) {
        this.server = server;
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * This Chromium, pointed at another server (e.g. one with the kiosk's flows). Starting a Chromium
     * costs seconds; a second server does not need a second browser. Closing the result stops only that server.
     */
    Browser on(TestServer other) {
        return new Browser(other, driver, null);
    }

    /** @param javascript false: Chromium runs with JavaScript switched off, like a locked-down ward PC */
    static Browser start(boolean javascript, String... extraArguments) {
        return start(javascript, NeutralSite.settings(), extraArguments);
    }

    /** With these server settings (e.g. the quick exit to a local stand-in for the neutral site). */
    static Browser start(boolean javascript, nl.signaalwijzer.web.ServerSettings settings, String... extraArguments) {
        return start(javascript, Fixtures.realCatalog(), settings, extraArguments);
    }

    /** With these flows (e.g. the real ones on a kiosk) and these server settings. */
    static Browser start(boolean javascript, nl.signaalwijzer.flow.FlowCatalog catalog,
                         nl.signaalwijzer.web.ServerSettings settings, String... extraArguments) {
        for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(binary)) {
                throw new IllegalStateException("The browser tests need Debian's Chromium and chromedriver, but "
                        + binary + " is missing. Install them with: apt-get install -y chromium chromium-driver "
                        + "(.ci/run does this). These tests are never skipped.");
            }
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("signaalwijzer-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--lang=nl", "--window-size=360,640",
                "--user-data-dir=" + profile);
        options.addArguments(extraArguments);
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        TestServer server = TestServer.start(catalog, settings);
        try {
            Browser browser = new Browser(server, new ChromeDriver(service, options), profile);
            browser.open("/");
            browser.viewport(360, 640);
            return browser;
        } catch (RuntimeException e) {
            server.close();
            delete(profile);
            throw e;
        }
    }

    String origin() {
        return "http://127.0.0.1:" + server.port();
    }

    void open(String path) {
        driver.get(origin() + path);
    }

    /** Sets the viewport (not the outer window) to exactly this size in CSS pixels. */
    void viewport(int width, int height) {
        Dimension asked = new Dimension(width + frame.width, height + frame.height);
        driver.manage().window().setSize(asked);
        // The window's frame may take some pixels, and on a busy machine a resize can land after setSize
        // returns: then the page still reports the old inner size (once that made the window 80 px wide,
        // another time a negative width). So the frame is learnt only from a window that has taken the
        // size asked for and reports a plausible frame; otherwise wait and look again.
        for (int attempt = 0; attempt < 100; attempt++) {
            List<?> inner = (List<?>) js("return [window.innerWidth, window.innerHeight]");
            int innerWidth = ((Number) inner.get(0)).intValue();
            int innerHeight = ((Number) inner.get(1)).intValue();
            if (innerWidth == width && innerHeight == height) {
                return;
            }
            Dimension outer = driver.manage().window().getSize();
            Dimension seenFrame = new Dimension(outer.width - innerWidth, outer.height - innerHeight);
            boolean plausible = seenFrame.width >= 0 && seenFrame.height >= 0 && seenFrame.width < 200
                    && seenFrame.height < 200;
            if (outer.equals(asked) && plausible && !seenFrame.equals(frame)) {
                frame = seenFrame;
                asked = new Dimension(width + frame.width, height + frame.height);
                driver.manage().window().setSize(asked);
            } else if (attempt % 10 == 9) {
                driver.manage().window().setSize(asked);
            }
            pause(20);
        }
        throw new IllegalStateException("the window did not take the size " + width + "x" + height);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * JavaScript off (false) or on again, like a locked-down ward PC has it, through Chromium's own
     * emulation: the same switch as the profile setting {@link #start} uses, without a second Chromium.
     * It holds for the page loads that follow (load a page after switching); WebDriver's own scripts
     * (measuring, as in {@link #js}) still run.
     */
    void javascript(boolean on) {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !on));
    }

    /** Media features through Chromium's own emulation (no Selenium devtools jars needed). */
    void emulate(boolean dark, boolean reducedMotion) {
        emulate("", dark, reducedMotion);
    }

    /** @param media "print" to see the page as it will be printed, "" for the screen */
    void emulate(String media, boolean dark, boolean reducedMotion) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media, "features", List.of(
                Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"),
                Map.of("name", "prefers-reduced-motion", "value", reducedMotion ? "reduce" : "no-preference"))));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    /** The flows the start page offers, by the id in each flow's form. */
    List<String> offeredFlows() {
        open("/");
        List<String> ids = new ArrayList<>();
        for (WebElement input : driver.findElements(By.cssSelector(".flow-choices input[name=flow]"))) {
            ids.add(input.getAttribute("value"));
        }
        return ids;
    }

    /** Opens the start page and presses the button of this flow. */
    void startFlow(String flowId) {
        startFlowFrom("/", flowId);
    }

    /** From the start page in {@code lang} (e.g. nl-x-easy: Makkelijk lezen). */
    void startFlow(String flowId, String lang) {
        startFlowFrom("/?lang=" + lang, flowId);
    }

    private void startFlowFrom(String startPage, String flowId) {
        open(startPage);
        driver.findElement(By.xpath("//form[input[@name='flow' and @value='" + flowId + "']]//button")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("current")));
    }

    WebElement current() {
        return driver.findElement(By.id("current"));
    }

    boolean atOutcome() {
        return "section".equals(current().getTagName());
    }

    List<WebElement> options() {
        return current().findElements(By.cssSelector("button.option"));
    }

    /** Presses an option and waits until the next question or the outcome is there (page load or fragment). */
    void choose(WebElement option) {
        WebElement before = current();
        option.click();
        waitForNext(before);
    }

    void waitForNext(WebElement before) {
        waiting().until(d -> gone(before));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("current")));
    }

    /** Replaced by a fragment, or its page unloaded (then Chromium may report it in other words than "stale"). */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException stale) {
            return true;
        } catch (WebDriverException navigating) {
            return navigating.getMessage() != null && navigating.getMessage().contains("does not belong to the document");
        }
    }

    /** Clicks like a person who first scrolls the element to the middle of the screen. */
    void click(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    static WebElement unsureOrFirst(List<WebElement> options) {
        return options.stream().filter(o -> o.getAttribute("value").endsWith(":unsure")).findFirst()
                .orElse(options.get(0));
    }

    void screenshot(String name) {
        // the mouse rests in the corner, so no hover effect from the last click shows
        new Actions(driver).moveToLocation(0, 0).perform();
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How tall the whole page is: the safety shell's bar plus everything in the page's own scrolling box
     * below it (the document itself does not scroll, see app.css).
     */
    long pageHeight() {
        return (Long) js("var bar = document.querySelector('.shell-bar'), page = document.getElementById('page');"
                + "return Math.ceil((bar ? bar.offsetHeight : 0) + (page ? page.scrollHeight"
                + " : document.documentElement.scrollHeight))");
    }

    /** Scrolls the page's own scrolling box (below the safety shell) to this offset from the top. */
    void scrollTo(long y) {
        js("document.getElementById('page').scrollTop = arguments[0]", y);
    }

    /** The whole page in one picture (the viewport made as tall as the page), then the viewport back. */
    void fullScreenshot(String name, int width, int height) {
        long pageHeight = pageHeight();
        viewport(width, (int) Math.min(Math.max(pageHeight, height), 8000));
        screenshot(name);
        viewport(width, height);
    }

    /** No horizontal scrolling at this width (WCAG 1.4.10 reflow). */
    void assertNoHorizontalScroll(String where) {
        long scrollWidth = (Long) js("return Math.max(document.documentElement.scrollWidth,"
                + " document.getElementById('page').scrollWidth)");
        long clientWidth = (Long) js("return document.documentElement.clientWidth");
        assertThat(scrollWidth).as("horizontal scrolling on %s (%s px content in %s px)", where, scrollWidth,
                clientWidth).isLessThanOrEqualTo(clientWidth);
    }

    @Override
    public void close() {
        if (profile == null) {
            server.close();
            return;
        }
        try {
            driver.quit();
        } finally {
            server.close();
            delete(profile);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp profile is harmless
        }
    }
}

package nl.signaalwijzer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * What a worried person on a small phone (and a kiosk) needs from every page, JavaScript on and off:
 * the quick exit never covers anything at any scroll position, "Bel 112" is always in view, the first
 * choice is on the first screen, and every outcome is one screen to act — heading, first action and
 * whom to call in view on arrival, at most two screens as first shown, the example-contacts note once.
 * Screenshots of every outcome at 360×640 go to target/screenshots/outcome-*.png for a person to look at.
 *
 * <p>All on the one shared Chromium: JavaScript is switched off and on through Chromium's emulation, not
 * by a second browser. A page is loaded once and then measured at every size by resizing the window, as
 * the page's layout follows the window alone (CSS; no script measures the screen). That is what keeps
 * this class's hundreds of checks at a fraction of the time one page load per check would take.
 */
@ExtendWith(SharedBrowser.class)
class OneScreenToActTest {
    static final int[][] PHONES_AND_KIOSK = {{320, 568}, {360, 640}, {390, 844}, {1080, 1920}};
    static final String EXAMPLE_NOTE = "heeft haar contactpersonen nog niet ingevuld";
    /** JavaScript on, then off (a locked-down ward PC). */
    static final List<Boolean> BOTH = List.of(true, false);

    private static Browser browser;

    @BeforeAll
    static void start(Browser shared) {
        browser = shared;
        browser.emulate(false, true);
    }

    @AfterEach
    void javascriptOnAgain() {
        browser.javascript(true);
    }

    @AfterAll
    static void stop() {
        browser.javascript(true);
        browser.emulate(false, false);
    }

    static String mode(boolean javascript) {
        return javascript ? "js" : "nojs";
    }

    static String size(int[] size) {
        return size[0] + "x" + size[1];
    }

    @Test
    void theFirstChoiceIsOnTheFirstScreenOfAPhone() {
        for (boolean js : BOTH) {
            browser.javascript(js);
            browser.open("/");
            for (int[] size : PHONES_AND_KIOSK) {
                browser.viewport(size[0], size[1]);
                double bottom = ((Number) browser.js(
                        "return document.querySelector('.flow-choices .choice').getBoundingClientRect().bottom")).doubleValue();
                assertThat(bottom).as("first choice at %sx%s (%s)", size[0], size[1], mode(js))
                        .isLessThanOrEqualTo(size[1]);
                assertThat(overlaps(browser)).as("start page at %sx%s", size[0], size[1]).isEmpty();
            }
        }
    }

    /**
     * Every flow walked with and without JavaScript, each question and the outcome checked at every size:
     * on every page, at every scroll position.
     */
    @Test
    void quickExitCoversNothingAnd112StaysInViewOnEveryPageAtEverySize() {
        Map<String, Integer> outcomesChecked = new LinkedHashMap<>();
        for (boolean js : BOTH) {
            browser.javascript(js);
            TalkThrough.everyFlow(browser, TalkThrough.Answering.UNSURE_WHERE_POSSIBLE, new TalkThrough.Checks() {
                @Override
                public void beforeAnswer(int step) {
                    for (int[] size : PHONES_AND_KIOSK) {
                        browser.viewport(size[0], size[1]);
                        String where = size(size) + " " + mode(js);
                        @SuppressWarnings("unchecked")
                        Map<String, Object> found = (Map<String, Object>) browser.js(
                                "return {overlaps: (" + OVERLAPS + ")(), shell: (" + SHELL + ")()};");
                        assertThat((List<?>) found.get("overlaps")).as("question %s at %s", step, where).isEmpty();
                        assertShellInView(found.get("shell"), "question " + step + " at " + where);
                    }
                }

                @Override
                public void atOutcome(String flow, List<String> answers) {
                    for (int[] size : PHONES_AND_KIOSK) {
                        assertOneScreenToAct(flow + " outcome", size, js);
                        outcomesChecked.merge(size(size), 1, Integer::sum);
                    }
                }
            });
            for (String page : List.of("/privacy", "/snel-weg", "/bestaat-niet", "/flows")) {
                browser.viewport(360, 640);
                browser.open(page);
                assertThat(overlaps(browser)).as(page).isEmpty();
            }
        }
        report("walked", outcomesChecked);
    }

    /**
     * Every outcome of every flow at 360×640, reached by the plain form post a page without JavaScript
     * makes: in view on arrival, at most two screens, the note once, each contact once. Outcome pages that
     * look the same (see {@link EveryOutcomePaths#distinct}) are checked once; the walk above checks its
     * outcomes at every size.
     */
    @Test
    void everyOutcomeIsAtMostTwoScreensAsFirstShownWithTheNoteOnceAndEachContactOnce() throws IOException {
        List<String> report = new ArrayList<>();
        Map<String, Integer> outcomesChecked = new LinkedHashMap<>();
        List<EveryOutcomePaths> pages = EveryOutcomePaths.distinct(EveryOutcomePaths.all(), browser.server, "nl");
        for (boolean js : BOTH) {
            browser.javascript(js);
            browser.viewport(360, 640);
            for (EveryOutcomePaths path : pages) {
                String name = path.flow() + "/" + path.outcome() + " (" + mode(js) + ")";
                path.post(browser, "nl");
                assertTwoScreensAtMost(name, report);
                outcomesChecked.merge("360x640", 1, Integer::sum);
                if (js) {
                    String shot = "outcome-" + path.flow() + "-" + path.outcome() + "-360x640";
                    browser.screenshot(shot);
                    browser.fullScreenshot(shot + "-full", 360, 640);
                }
            }
        }
        Files.createDirectories(Browser.SCREENSHOTS);
        Files.write(Browser.SCREENSHOTS.resolve("outcome-heights.txt"), report);
        System.out.println("OneScreenToActTest, every outcome: " + pages.size() + " distinct outcome pages of "
                + EveryOutcomePaths.all().size() + " outcomes; checked per size (js + nojs) " + outcomesChecked);
        assertThat(outcomesChecked.getOrDefault("360x640", 0)).as("outcome pages checked at 360x640").isPositive();
    }

    /**
     * As first shown at 360×640 (one round trip to the browser): heading, first action and first number in
     * view; at most two screens; the note once; no placeholder; each contact once; folded.
     */
    private static void assertTwoScreensAtMost(String name, List<String> report) {
        @SuppressWarnings("unchecked")
        Map<String, Object> found = (Map<String, Object>) browser.js("var outcome = document.querySelector('section.outcome');"
                + "return {arrival: (" + ARRIVAL + ")(), height: outcome.getBoundingClientRect().height,"
                + " text: outcome.textContent, open: outcome.querySelectorAll('details[open]').length,"
                + " contacts: Array.from(outcome.querySelectorAll('.contact-name')).map(function (e) { return e.textContent.trim(); })};");
        assertThat((List<?>) found.get("arrival")).as("out of view on arrival at %s", name).isEmpty();
        double height = ((Number) found.get("height")).doubleValue();
        report.add(String.format("%s %.2f screens", name, height / 640));
        assertThat(height).as("%s as first shown, in px (two screens: 1280)", name).isLessThanOrEqualTo(1280);
        String text = (String) found.get("text");
        assertThat(text.split(EXAMPLE_NOTE, -1)).as("example-contacts note once on %s", name).hasSize(2);
        assertThat(text).as(name).doesNotContain("vul in");
        assertThat((List<?>) found.get("contacts")).as("each contact once on %s", name).doesNotHaveDuplicates();
        assertThat(((Number) found.get("open")).intValue()).as("folded on arrival: %s", name).isZero();
    }

    /**
     * The outcome on screen, at this size, as on arrival: heading, first action and first number in view;
     * nothing under the quick exit at any scroll position; the shell's bar in view scrolled to the bottom.
     * One round trip to the browser for all three.
     */
    private static void assertOneScreenToAct(String name, int[] size, boolean js) {
        browser.viewport(size[0], size[1]);
        String where = size(size) + " " + mode(js);
        @SuppressWarnings("unchecked")
        Map<String, Object> found = (Map<String, Object>) browser.js(ARRIVE
                + "var found = {arrival: (" + ARRIVAL + ")(), overlaps: (" + OVERLAPS + ")()};"
                + "document.getElementById('page').scrollTop = 1000000;"
                + "found.shell = (" + SHELL + ")(); return found;");
        assertThat((List<?>) found.get("arrival")).as("out of view on arrival at %s at %s", name, where).isEmpty();
        assertThat((List<?>) found.get("overlaps")).as("%s at %s", name, where).isEmpty();
        assertShellInView(found.get("shell"), name + ", scrolled to the bottom, at " + where);
    }

    /** How many outcome pages were checked at each size; none at some size would mean the check checks nothing. */
    private static void report(String test, Map<String, Integer> outcomesChecked) {
        System.out.println("OneScreenToActTest, " + test + ": outcome pages checked per size (js + nojs) "
                + outcomesChecked);
        for (int[] size : PHONES_AND_KIOSK) {
            assertThat(outcomesChecked.getOrDefault(size(size), 0)).as("outcome pages checked at %s", size(size))
                    .isPositive();
        }
    }

    @Test
    void inEnglishTooTheNoteIsSaidOnceAndNoPlaceholderShows() {
        browser.viewport(360, 640);
        for (EveryOutcomePaths path : EveryOutcomePaths.distinct(EveryOutcomePaths.all(), browser.server, "en")) {
            path.post(browser, "en");
            String text = browser.driver.findElement(By.cssSelector("section.outcome")).getAttribute("textContent");
            assertThat(text.split("has not filled in its contact people yet", -1)).as(path.outcome()).hasSize(2);
            assertThat(text).as(path.outcome()).doesNotContain("fill in:", "vul in");
            if (path.flow().equals("client") || path.flow().equals("naaste")) {
                // a client or a relative has no manager or HR to ask who the contact people are
                String note = browser.driver.findElement(By.cssSelector(".example-note")).getText();
                assertThat(note).as(path.outcome()).doesNotContain("manager", "HR");
            }
        }
    }

    @Test
    void noAxeViolationsOnAnOutcomeFoldedAndUnfoldedLightAndDark() {
        List<String> problems = new ArrayList<>();
        EveryOutcomePaths longest = EveryOutcomePaths.all().stream()
                .filter(p -> p.outcome().equals("sexual-recent") && p.flow().equals("naaste")).findFirst().orElseThrow();
        // axe runs in the page, so only with JavaScript; without it the HTML is the same (only the outcome
        // is reached by a plain post, which the walk above does too)
        boolean js = true;
        for (boolean dark : new boolean[] {false, true}) {
            browser.emulate(dark, true);
            for (int[] size : new int[][] {{360, 640}, {1080, 1920}}) {
                browser.viewport(size[0], size[1]);
                longest.post(browser, "nl");
                String name = "outcome " + size[0] + "x" + size[1] + (dark ? " dark " : " light ") + mode(js);
                problems.addAll(AccessibilityAndLookTest.axe(browser, name + " folded"));
                browser.js("document.querySelectorAll('details').forEach(function (d) { d.open = true; })");
                problems.addAll(AccessibilityAndLookTest.axe(browser, name + " unfolded"));
                assertThat(overlaps(browser)).as(name + " unfolded").isEmpty();
                if (size[0] == 360) {
                    browser.fullScreenshot("outcome-unfolded-360x640-" + (dark ? "dark-" : "light-") + mode(js),
                            360, 640);
                }
            }
        }
        browser.emulate(false, true);
        assertThat(problems).as("accessibility problems").isEmpty();
    }

    @Test
    void withJavaScriptBackGoesOneQuestionBackThenToTheStartAsThePrivacyPageSays() {
        browser.viewport(360, 640);
        browser.open("/privacy");
        assertThat(browser.driver.findElement(By.tagName("main")).getText())
                .contains("De knop Terug van je browser brengt je één vraag terug in het gesprek.",
                        "Bij de eerste vraag brengt Terug je naar de startpagina.",
                        "Na Snel weg brengt Terug je naar de startpagina, niet naar je antwoorden.");

        browser.startFlow("medewerker");
        browser.choose(browser.options().get(1));
        String second = browser.current().findElement(By.cssSelector(".question-text")).getText();
        browser.choose(browser.options().get(0));
        assertThat(browser.driver.getTitle()).startsWith("Vraag 3 – ");

        browser.driver.navigate().back();
        browser.waiting().until(d -> d.getTitle().startsWith("Vraag 2 – "));
        assertThat(browser.driver.getCurrentUrl()).endsWith("/gesprek#current");
        assertThat(browser.current().findElement(By.cssSelector(".question-text")).getText()).isEqualTo(second);
        assertThat(browser.current().findElement(By.cssSelector(".option.before")).getText())
                .as("the answer given before is marked").contains("eerder gekozen");
        assertThat(browser.driver.findElements(By.cssSelector(".transcript > .turn"))).hasSize(1);

        browser.driver.navigate().back();
        browser.waiting().until(d -> d.getTitle().startsWith("Vraag 1 – "));
        assertThat(browser.driver.findElements(By.cssSelector(".transcript > .turn"))).isEmpty();

        browser.driver.navigate().back();
        browser.waiting().until(d -> d.getCurrentUrl().equals(browser.origin() + "/"));
        assertThat(browser.driver.findElements(By.cssSelector("#who + .flow-choices"))).as("the start page").hasSize(1);
    }

    @Test
    void afterQuickExitBackShowsNoAnswersWithOrWithoutJavaScript() {
        for (boolean js : BOTH) {
            browser.javascript(js);
            browser.viewport(360, 640);
            browser.startFlow("medewerker");
            browser.choose(browser.options().get(1));
            browser.choose(browser.options().get(0));
            String answer = browser.driver.findElements(By.cssSelector(".transcript .bubble-answer")).get(1)
                    .getAttribute("textContent").replace("Wijzig", "").replace("Jouw antwoord:", "").trim();
            browser.driver.findElement(By.cssSelector(".quick-exit")).click();
            browser.waiting().until(d -> d.getTitle().equals(NeutralSite.TITLE));
            browser.driver.navigate().back();
            browser.waiting().until(d -> !d.getTitle().equals(NeutralSite.TITLE)
                    && "complete".equals(browser.js("return document.readyState")));
            assertThat(browser.driver.getPageSource()).as(mode(js)).doesNotContain(answer)
                    .doesNotContain("name=\"a\" value=");
        }
    }

    /**
     * Without JavaScript every step is a form post, and Chromium's Back shows its own "send the form
     * again?" page: we cannot prevent that. The privacy page says exactly this; the answers do not show.
     */
    @Test
    void withoutJavaScriptBackShowsTheBrowsersResendQuestionAsThePrivacyPageSays() {
        browser.javascript(false);
        browser.viewport(360, 640);
        browser.open("/privacy");
        assertThat(browser.driver.findElement(By.tagName("main")).getText())
                .contains("Vanaf de tweede vraag toont de knop Terug van je browser dan een vraag:"
                        + " wil je het formulier opnieuw versturen?",
                        "Zonder JavaScript kunnen we dat niet voorkomen.",
                        "Verstuur je het opnieuw, dan komen je antwoorden terug.");
        browser.startFlow("medewerker");
        browser.choose(browser.options().get(1));
        browser.choose(browser.options().get(0));
        // Chromium draws its own pages with its own script. A ward PC's JavaScript setting is one for
        // sites and leaves that alone; the emulation switch this class uses would not. So it goes back on
        // here: every page of the conversation above was loaded without JavaScript, and Back shows
        // Chromium's page, not ours.
        browser.javascript(true);
        browser.driver.navigate().back();
        browser.waiting().until(d -> "complete".equals(browser.js("return document.readyState")));
        String page = browser.driver.findElement(By.tagName("body")).getText();
        assertThat(page).as("Chromium's own page").containsIgnoringCase("resubmission");
        assertThat(browser.driver.getPageSource()).doesNotContain("name=\"a\" value=");
        browser.screenshot("back-without-javascript-360x640");

        browser.driver.navigate().back(); // the first question, reached from the start page's form
        browser.waiting().until(d -> "complete".equals(browser.js("return document.readyState")));
        browser.driver.navigate().back(); // the start page is a plain page: Back shows it
        browser.waiting().until(d -> d.getCurrentUrl().equals(browser.origin() + "/"));
        assertThat(browser.driver.findElements(By.cssSelector("#who + .flow-choices"))).as("the start page").hasSize(1);
    }

    @Test
    void printingAnOutcomeWithoutJavaScriptShowsTheWholeAdviceUnfolded() {
        browser.javascript(false);
        browser.viewport(800, 1100);
        EveryOutcomePaths.all().get(0).post(browser, "nl");
        browser.emulate("print", false, true);
        try {
            Object hidden = browser.js("var missing = [];"
                    + "document.querySelectorAll('.outcome p, .outcome li, .outcome dd').forEach(function (e) {"
                    + "  if (!e.checkVisibility() && !e.closest('.visually-hidden')) { missing.push(e.textContent); } });"
                    + "return missing;");
            assertThat((List<?>) hidden).as("parts missing from the print").isEmpty();
        } finally {
            browser.emulate(false, true);
            browser.viewport(360, 640);
        }
    }

    /**
     * A portrait kiosk (1080×1920) in a hall: the bar with "Wis alles" wholly in view on every question,
     * the QR code to take the numbers home on the first screen of an outcome, and no tel: link anywhere
     * (a kiosk cannot call; the numbers are text).
     */
    @Test
    void onAKioskTheBarIsWhollyInViewTheQrCodeIsNearTheTopAndNumbersAreText() {
        try (Browser kiosk = browser.on(TestServer.start(Fixtures.realKioskCatalog(), NeutralSite.settings()))) {
            kiosk.emulate(false, true);
            kiosk.viewport(1080, 1920);
            List<String> numbersAsText = new ArrayList<>();
            TalkThrough.everyFlow(kiosk, TalkThrough.Answering.FIRST_OPTION, new TalkThrough.Checks() {
                @Override
                public void beforeAnswer(int step) {
                    Object bar = kiosk.js("var r = document.querySelector('.shell-bar').getBoundingClientRect();"
                            + "var c = document.querySelector('.kiosk-clear').getBoundingClientRect();"
                            + "return r.top >= 0 && r.bottom <= window.innerHeight && c.top >= r.top && c.bottom <= r.bottom;");
                    assertThat(bar).as("the bar with Wis alles wholly in view at question %s", step).isEqualTo(true);
                    assertThat(overlaps(kiosk)).as("kiosk question %s", step).isEmpty();
                }

                @Override
                public void atOutcome(String flow, List<String> answers) {
                    double qrBottom = ((Number) kiosk.js(
                            "return document.querySelector('.kiosk-qr svg').getBoundingClientRect().bottom")).doubleValue();
                    assertThat(qrBottom).as("QR code on the first screen of %s's outcome", flow).isLessThanOrEqualTo(1920);
                    assertThat(kiosk.driver.findElements(By.cssSelector("a[href^='tel:']"))).as("tel: links on a kiosk")
                            .isEmpty();
                    numbersAsText.addAll(kiosk.driver.findElements(By.cssSelector(".outcome .phone")).stream()
                            .map(e -> e.getAttribute("textContent")).toList());
                    kiosk.screenshot("kiosk-outcome-" + flow + "-1080x1920");
                }
            });
            assertThat(numbersAsText).as("numbers shown as text on the kiosk's outcomes").contains("112");
        }
    }

    /** As on arrival at an outcome: the page's own scroll to it (the browser's for #current, chat.js's the same). */
    static final String ARRIVE =
            "document.getElementById('current').scrollIntoView({block: 'start', behavior: 'instant'});";

    /** Where the shell's bar is, and whether quick exit and "Bel 112" are wholly in view. */
    private static final String SHELL = "function () {"
            + "var bar = document.querySelector('.shell-bar').getBoundingClientRect();"
            + "var exit = document.querySelector('.quick-exit').getBoundingClientRect();"
            + "var call = document.querySelector('.shell-bar .danger').getBoundingClientRect();"
            + "var h = window.innerHeight, w = window.innerWidth;"
            + "function inView(r) { return r.top >= 0 && r.left >= 0 && r.bottom <= h && r.right <= w && r.height > 0; }"
            + "return {bar: inView(bar), exit: inView(exit), call: inView(call),"
            + " tel: document.querySelector('.shell-bar a.danger') ? document.querySelector('.shell-bar a.danger').getAttribute('href') : 'kiosk'}; }";

    static void assertShellInView(Object found, String where) {
        @SuppressWarnings("unchecked")
        Map<String, Object> shell = (Map<String, Object>) found;
        assertThat(shell.get("bar")).as("the shell's bar in view on %s", where).isEqualTo(true);
        assertThat(shell.get("exit")).as("quick exit in view on %s", where).isEqualTo(true);
        assertThat(shell.get("call")).as("Bel 112 in view on %s", where).isEqualTo(true);
        assertThat(shell.get("tel")).as("Bel 112 is a tel: link on %s", where).isEqualTo("tel:112");
    }

    /** Out of view, as the page is scrolled now: the outcome's heading, the first action's heading and its first number. */
    static final String ARRIVAL = "function () {"
            + "var out = [], page = document.getElementById('page').getBoundingClientRect();"
            + "function check(name, e) { if (!e) { return; } var r = e.getBoundingClientRect();"
            + "  if (r.top < page.top || r.bottom > page.bottom) { out.push(name + ' ' + Math.round(r.top) + '-' + Math.round(r.bottom)); } }"
            + "check('heading', document.querySelector('.outcome h2'));"
            + "check('first action heading', document.querySelector('.first-action h3:not(.visually-hidden)'));"
            + "check('first number', document.querySelector('.first-action .tel, .first-action .phone'));"
            + "return out; }";

    /**
     * Every link, button, input and summary whose visible part (clipped to the page's scrolling box and
     * the window) intersects the quick exit's box, at every scroll position, one line each.
     */
    private static final String OVERLAPS = "function () {"
            + "var exit = document.querySelector('.quick-exit'), scroller = document.getElementById('page');"
            + "var found = [], start = scroller.scrollTop;"
            + "var max = scroller.scrollHeight - scroller.clientHeight, step = Math.max(40, scroller.clientHeight / 4);"
            + "for (var y = 0; ; y = Math.min(max, y + step)) {"
            + "  scroller.scrollTop = y;"
            + "  var e = exit.getBoundingClientRect(), box = scroller.getBoundingClientRect();"
            + "  document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary').forEach(function (el) {"
            + "    if (el === exit || exit.contains(el) || el.contains(exit)) { return; }"
            + "    var r = el.getBoundingClientRect(); if (r.width === 0 || r.height === 0) { return; }"
            + "    var inPage = scroller.contains(el);"
            + "    var top = Math.max(r.top, inPage ? box.top : 0), bottom = Math.min(r.bottom, inPage ? box.bottom : window.innerHeight);"
            + "    var left = Math.max(r.left, 0), right = Math.min(r.right, window.innerWidth);"
            + "    if (top < bottom && left < right && top < e.bottom && bottom > e.top && left < e.right && right > e.left) {"
            + "      found.push('at ' + y + ': ' + el.tagName + ' \"' + el.textContent.trim().slice(0, 30) + '\"'); } });"
            + "  if (y >= max) { break; } }"
            + "scroller.scrollTop = start;"
            + "return found; }";

    @SuppressWarnings("unchecked")
    static List<String> overlaps(Browser browser) {
        return (List<String>) browser.js("return (" + OVERLAPS + ")();");
    }
}

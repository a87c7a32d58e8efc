package nl.signaalwijzer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
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
 */
@ExtendWith(SharedBrowser.class)
class OneScreenToActTest {
    static final int[][] PHONES_AND_KIOSK = {{320, 568}, {360, 640}, {390, 844}, {1080, 1920}};
    static final String EXAMPLE_NOTE = "heeft haar contactpersonen nog niet ingevuld";

    private static Browser withJs;
    private static Browser withoutJs;

    @BeforeAll
    static void start(Browser shared) {
        withJs = shared;
        withJs.emulate(false, true);
        withoutJs = Browser.start(false);
    }

    @AfterAll
    static void stop() {
        withJs.emulate(false, false);
        withoutJs.close();
    }

    static List<Browser> both() {
        return List.of(withJs, withoutJs);
    }

    static String mode(Browser browser) {
        return browser == withJs ? "js" : "nojs";
    }

    @Test
    void theFirstChoiceIsOnTheFirstScreenOfAPhone() {
        for (Browser browser : both()) {
            for (int[] size : PHONES_AND_KIOSK) {
                browser.viewport(size[0], size[1]);
                browser.open("/");
                double bottom = ((Number) browser.js(
                        "return document.querySelector('.flow-choices .choice').getBoundingClientRect().bottom")).doubleValue();
                assertThat(bottom).as("first choice at %sx%s (%s)", size[0], size[1], mode(browser))
                        .isLessThanOrEqualTo(size[1]);
                assertThat(overlaps(browser)).as("start page at %sx%s", size[0], size[1]).isEmpty();
            }
        }
    }

    /** Every flow walked at every size, with and without JavaScript: on every page, at every scroll position. */
    @Test
    void quickExitCoversNothingAnd112StaysInViewOnEveryPageAtEverySize() {
        for (Browser browser : both()) {
            for (int[] size : PHONES_AND_KIOSK) {
                browser.viewport(size[0], size[1]);
                String where = size[0] + "x" + size[1] + " " + mode(browser);
                TalkThrough.everyFlow(browser, TalkThrough.Answering.UNSURE_WHERE_POSSIBLE, new TalkThrough.Checks() {
                    @Override
                    public void beforeAnswer(int step) {
                        assertThat(overlaps(browser)).as("question %s at %s", step, where).isEmpty();
                        assertShellInView(browser, "question " + step + " at " + where);
                    }

                    @Override
                    public void atOutcome(String flow, List<String> answers) {
                        assertArrivalShowsTheAction(browser, flow + " outcome at " + where);
                        assertThat(overlaps(browser)).as("%s outcome at %s", flow, where).isEmpty();
                        browser.scrollTo(1_000_000);
                        assertShellInView(browser, flow + " outcome, scrolled to the bottom, at " + where);
                    }
                });
            }
            for (String page : List.of("/privacy", "/snel-weg", "/bestaat-niet", "/flows")) {
                browser.viewport(360, 640);
                browser.open(page);
                assertThat(overlaps(browser)).as(page).isEmpty();
            }
        }
    }

    /** Every outcome of every flow, reached by the plain form post a page without JavaScript makes. */
    @Test
    void everyOutcomeIsAtMostTwoScreensAsFirstShownWithTheNoteOnceAndEachContactOnce() throws IOException {
        List<String> report = new ArrayList<>();
        for (Browser browser : both()) {
            browser.viewport(360, 640);
            for (EveryOutcomePaths path : EveryOutcomePaths.all()) {
                String name = path.flow() + "/" + path.outcome() + " (" + mode(browser) + ")";
                path.open(browser, "nl");
                assertArrivalShowsTheAction(browser, name);
                double height = ((Number) browser.js(
                        "return document.querySelector('section.outcome').getBoundingClientRect().height")).doubleValue();
                report.add(String.format("%s %.2f screens", name, height / 640));
                assertThat(height).as("%s as first shown, in px (two screens: 1280)", name).isLessThanOrEqualTo(1280);
                String text = browser.driver.findElement(By.cssSelector("section.outcome")).getAttribute("textContent");
                assertThat(text.split(EXAMPLE_NOTE, -1)).as("example-contacts note once on %s", name).hasSize(2);
                assertThat(text).as(name).doesNotContain("vul in");
                List<String> contacts = browser.driver.findElements(By.cssSelector("section.outcome .contact-name"))
                        .stream().map(e -> e.getAttribute("textContent").trim()).toList();
                assertThat(contacts).as("each contact once on %s", name).doesNotHaveDuplicates();
                assertThat(browser.driver.findElements(By.cssSelector("section.outcome details[open]")))
                        .as("folded on arrival: %s", name).isEmpty();
                if (browser == withJs) {
                    String shot = "outcome-" + path.flow() + "-" + path.outcome() + "-360x640";
                    browser.screenshot(shot);
                    browser.fullScreenshot(shot + "-full", 360, 640);
                }
            }
        }
        Files.createDirectories(Browser.SCREENSHOTS);
        Files.write(Browser.SCREENSHOTS.resolve("outcome-heights.txt"), report);
    }

    @Test
    void inEnglishTooTheNoteIsSaidOnceAndNoPlaceholderShows() {
        withJs.viewport(360, 640);
        for (EveryOutcomePaths path : EveryOutcomePaths.all()) {
            path.open(withJs, "en");
            String text = withJs.driver.findElement(By.cssSelector("section.outcome")).getAttribute("textContent");
            assertThat(text.split("has not filled in its contact people yet", -1)).as(path.outcome()).hasSize(2);
            assertThat(text).as(path.outcome()).doesNotContain("fill in:", "vul in");
            if (path.flow().equals("client") || path.flow().equals("naaste")) {
                // a client or a relative has no manager or HR to ask who the contact people are
                String note = withJs.driver.findElement(By.cssSelector(".example-note")).getText();
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
        for (Browser browser : List.of(withJs)) {
            for (boolean dark : new boolean[] {false, true}) {
                browser.emulate(dark, true);
                for (int[] size : new int[][] {{360, 640}, {1080, 1920}}) {
                    browser.viewport(size[0], size[1]);
                    longest.open(browser, "nl");
                    String name = "outcome " + size[0] + "x" + size[1] + (dark ? " dark " : " light ") + mode(browser);
                    problems.addAll(AccessibilityAndLookTest.axe(browser, name + " folded"));
                    browser.js("document.querySelectorAll('details').forEach(function (d) { d.open = true; })");
                    problems.addAll(AccessibilityAndLookTest.axe(browser, name + " unfolded"));
                    assertThat(overlaps(browser)).as(name + " unfolded").isEmpty();
                    if (size[0] == 360) {
                        browser.fullScreenshot("outcome-unfolded-360x640-" + (dark ? "dark-" : "light-") + mode(browser),
                                360, 640);
                    }
                }
            }
            browser.emulate(false, true);
        }
        assertThat(problems).as("accessibility problems").isEmpty();
    }

    @Test
    void withJavaScriptBackGoesOneQuestionBackThenToTheStartAsThePrivacyPageSays() {
        Browser browser = withJs;
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
        assertThat(browser.driver.findElements(By.cssSelector(".flow-choices"))).as("the start page").hasSize(1);
    }

    @Test
    void afterQuickExitBackShowsNoAnswersWithOrWithoutJavaScript() {
        for (Browser browser : both()) {
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
            assertThat(browser.driver.getPageSource()).as(mode(browser)).doesNotContain(answer)
                    .doesNotContain("name=\"a\" value=");
        }
    }

    /**
     * Without JavaScript every step is a form post, and Chromium's Back shows its own "send the form
     * again?" page: we cannot prevent that. The privacy page says exactly this; the answers do not show.
     */
    @Test
    void withoutJavaScriptBackShowsTheBrowsersResendQuestionAsThePrivacyPageSays() {
        Browser browser = withoutJs;
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
        assertThat(browser.driver.findElements(By.cssSelector(".flow-choices"))).hasSize(1);
    }

    @Test
    void printingAnOutcomeWithoutJavaScriptShowsTheWholeAdviceUnfolded() {
        Browser browser = withoutJs;
        browser.viewport(800, 1100);
        EveryOutcomePaths.all().get(0).open(browser, "nl");
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
        try (Browser kiosk = Browser.start(true, nl.signaalwijzer.Fixtures.realKioskCatalog(), NeutralSite.settings())) {
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

    /** Where the shell's bar is, and whether quick exit and "Bel 112" are wholly in view. */
    static void assertShellInView(Browser browser, String where) {
        @SuppressWarnings("unchecked")
        Map<String, Object> shell = (Map<String, Object>) browser.js(
                "var bar = document.querySelector('.shell-bar').getBoundingClientRect();"
                + "var exit = document.querySelector('.quick-exit').getBoundingClientRect();"
                + "var call = document.querySelector('.shell-bar .danger').getBoundingClientRect();"
                + "var h = window.innerHeight, w = window.innerWidth;"
                + "function inView(r) { return r.top >= 0 && r.left >= 0 && r.bottom <= h && r.right <= w && r.height > 0; }"
                + "return {bar: inView(bar), exit: inView(exit), call: inView(call),"
                + " tel: document.querySelector('.shell-bar a.danger') ? document.querySelector('.shell-bar a.danger').getAttribute('href') : 'kiosk'};");
        assertThat(shell.get("bar")).as("the shell's bar in view on %s", where).isEqualTo(true);
        assertThat(shell.get("exit")).as("quick exit in view on %s", where).isEqualTo(true);
        assertThat(shell.get("call")).as("Bel 112 in view on %s", where).isEqualTo(true);
        assertThat(shell.get("tel")).as("Bel 112 is a tel: link on %s", where).isEqualTo("tel:112");
    }

    /** On arrival at an outcome: its heading, the first action's heading and its first number in view. */
    static void assertArrivalShowsTheAction(Browser browser, String where) {
        @SuppressWarnings("unchecked")
        List<String> outOfView = (List<String>) browser.js(
                "var out = [], page = document.getElementById('page').getBoundingClientRect();"
                + "function check(name, e) { if (!e) { return; } var r = e.getBoundingClientRect();"
                + "  if (r.top < page.top || r.bottom > page.bottom) { out.push(name + ' ' + Math.round(r.top) + '-' + Math.round(r.bottom)); } }"
                + "check('heading', document.querySelector('.outcome h2'));"
                + "check('first action heading', document.querySelector('.first-action h3:not(.visually-hidden)'));"
                + "check('first number', document.querySelector('.first-action .tel, .first-action .phone'));"
                + "return out;");
        assertThat(outOfView).as("out of view on arrival at %s", where).isEmpty();
    }

    /**
     * Every link, button, input and summary whose visible part (clipped to the page's scrolling box and
     * the window) intersects the quick exit's box, at every scroll position, one line each.
     */
    @SuppressWarnings("unchecked")
    static List<String> overlaps(Browser browser) {
        return (List<String>) browser.js(
                "var exit = document.querySelector('.quick-exit'), scroller = document.getElementById('page');"
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
                + "return found;");
    }
}

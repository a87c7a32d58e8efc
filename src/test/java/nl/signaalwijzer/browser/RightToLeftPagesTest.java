package nl.signaalwijzer.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The right-to-left fixture language (src/test/resources/fixtures/rtl-language, added with data only) in
 * Chromium at 360×640: the start page, a question and an outcome are mirrored by computed positions against
 * the same pages in Dutch, nothing sticks out sideways, the quick exit and 112 are still the first two Tab
 * stops, and axe finds nothing, light and dark. Screenshots: target/screenshots/rtl-*.png.
 */
class RightToLeftPagesTest extends OnSharedBrowser {
    private static final String RTL = "ar-x-proef";
    private static final List<String> PAGES = List.of("start", "question", "outcome");
    private static final double PIXEL = 1.0;
    private static Browser pages;

    @BeforeAll
    static void onTheFixtureFolder() {
        browser.emulate(false, true);
        pages = browser.on(TestServer.start(Fixtures.asDeployed(Fixtures.RTL_LANGUAGE), NeutralSite.settings()));
    }

    @AfterAll
    static void stop() {
        pages.close();
        browser.emulate(false, false);
    }

    /** Opens one of the three pages in this language, the way a person gets there (JS on). */
    private static void open(String page, String lang) {
        pages.viewport(360, 640);
        pages.open("/?lang=" + lang);
        if (page.equals("start")) {
            return;
        }
        pages.driver.findElement(By.xpath("//form[input[@name='flow' and @value='tiny']]//button")).click();
        pages.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("current")));
        pages.choose(option("acute-danger:no"));
        if (page.equals("outcome")) {
            pages.choose(option("worried:yes"));
            assertThat(pages.atOutcome()).isTrue();
        }
    }

    private static WebElement option(String value) {
        return pages.current().findElement(By.cssSelector("button.option[value='" + value + "']"));
    }

    @Test
    void everyPageSaysArabicRightToLeft() {
        for (String page : PAGES) {
            open(page, RTL);
            WebElement html = pages.driver.findElement(By.tagName("html"));
            assertThat(html.getAttribute("lang")).as(page).isEqualTo("ar");
            assertThat(html.getAttribute("dir")).as(page).isEqualTo("rtl");
            assertThat(pages.js("return getComputedStyle(document.body).direction")).as(page).isEqualTo("rtl");
        }
    }

    /** The safety bar and the name: where Dutch has them on the right, Arabic has them on the left, and back. */
    @Test
    void theBarAndTheNameAreMirrored() {
        for (String page : PAGES) {
            open(page, "nl");
            Map<String, Rect> dutch = rects();
            open(page, RTL);
            Map<String, Rect> arabic = rects();
            double width = width();
            // Dutch: "Bel 112" at the start (left), "Snel weg" at the end (right)
            assertThat(dutch.get(".quick-exit").left).as(page).isGreaterThan(dutch.get(".danger").right);
            assertThat(arabic.get(".quick-exit").right).as(page).isLessThan(arabic.get(".danger").left);
            assertThat(arabic.get(".quick-exit").left).as("the quick exit's gap from the edge, %s", page)
                    .isCloseTo(width - dutch.get(".quick-exit").right, within(PIXEL));
            assertThat(width - arabic.get(".danger").right).as("112's gap from the edge, %s", page)
                    .isCloseTo(dutch.get(".danger").left, within(PIXEL));
            assertThat(width - arabic.get(".brand").right).as("the name at the right, %s", page)
                    .isCloseTo(dutch.get(".brand").left, within(PIXEL));
            if (page.equals("start")) {
                // the other languages sit in a row of their own, at its end: the right in Dutch, the left in Arabic
                assertThat(arabic.get(".lang-switch").left).as("the switch's gap from the edge")
                        .isCloseTo(width - dutch.get(".lang-switch").right, within(PIXEL));
            }
            assertThat(arabic.get("h1, legend").right).as("the heading starts at the right, %s", page)
                    .isCloseTo(width - dutch.get("h1, legend").left, within(PIXEL));
        }
    }

    @Test
    void theConversationIsMirrored() {
        open("question", "nl");
        Map<String, Rect> dutch = rects();
        open("question", RTL);
        Map<String, Rect> arabic = rects();
        double width = width();
        // the question on the start side, the answer on the end side
        assertThat(arabic.get(".bubble-question").right).isCloseTo(width - dutch.get(".bubble-question").left, within(PIXEL));
        assertThat(arabic.get(".bubble-answer").left).isCloseTo(width - dutch.get(".bubble-answer").right, within(PIXEL));
        // "change" sits at the end of the answer, as far into the bubble's padding on either side
        assertThat(arabic.get(".bubble-answer .change").left - arabic.get(".bubble-answer").left)
                .isCloseTo(dutch.get(".bubble-answer").right - dutch.get(".bubble-answer .change").right, within(PIXEL));
        assertThat(arabic.get(".bubble-answer .change").right).isLessThan(arabic.get(".bubble-answer").right);
        assertThat(arabic.get("button.option").right).isCloseTo(width - dutch.get("button.option").left, within(PIXEL));
    }

    /**
     * Each language's name is a link in its own direction (dir="ltr" for English on an Arabic page, dir="rtl"
     * for Arabic on a Dutch one); the space between the names must still fall between them.
     */
    @Test
    void theLanguageNamesKeepTheirSpaceInEitherDirection() {
        for (String lang : List.of("nl", RTL)) {
            open("start", lang);
            assertThat(gaps(".lang-switch a")).as("between the names on the %s start page", lang)
                    .isNotEmpty().allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(14.0));
            open("question", lang);
            assertThat(gaps(".conversation-nav .link-button")).as("between the names under a %s question", lang)
                    .isNotEmpty().allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(14.0));
        }
    }

    /** The space between neighbours on one line, in CSS pixels. */
    @SuppressWarnings("unchecked")
    private static List<Double> gaps(String selector) {
        List<Number> gaps = (List<Number>) pages.js("var r = Array.from(document.querySelectorAll(arguments[0]))"
                + ".map(function (e) { return e.getBoundingClientRect(); }).sort(function (a, b) { return a.top - b.top || a.left - b.left; });"
                + "var gaps = []; for (var i = 1; i < r.length; i++) { if (Math.abs(r[i].top - r[i - 1].top) < 1)"
                + " { gaps.push(r[i].left - r[i - 1].right); } } return gaps;",
                selector);
        return gaps.stream().map(Number::doubleValue).toList();
    }

    @Test
    void theFirstActionsBorderIsOnTheRight() {
        open("outcome", "nl");
        Map<String, Object> dutch = firstActionBorder();
        open("outcome", RTL);
        Map<String, Object> arabic = firstActionBorder();
        assertThat(dutch).containsEntry("left", "4px").containsEntry("right", "0px");
        assertThat(arabic).containsEntry("left", "0px").containsEntry("right", "4px");
        assertThat(arabic.get("rightColour")).isEqualTo(dutch.get("leftColour"));
        Map<String, Rect> rects = rects();
        assertThat(rects.get(".first-action h3").right).as("the title starts next to the border")
                .isLessThan(rects.get(".first-action").right).isGreaterThan(rects.get(".first-action").right - 20);
    }

    @Test
    void nothingSticksOutSideways() {
        for (String page : PAGES) {
            open(page, RTL);
            pages.assertNoHorizontalScroll("rtl " + page);
            assertThat(outside()).as("elements beyond the viewport's sides on %s", page).isEmpty();
            pages.viewport(320, 640);
            pages.assertNoHorizontalScroll("rtl " + page + " at 320 px");
            assertThat(outside()).as("elements beyond the sides at 320 px on %s", page).isEmpty();
        }
    }

    /** From the top of the page, as in Dutch: Tab 1 is the quick exit, Tab 2 calls 112. */
    @Test
    void theQuickExitAnd112AreTheFirstTwoTabStops() {
        for (String page : PAGES) {
            open(page, "nl");
            List<String> dutch = firstTabStops(2);
            open(page, RTL);
            List<String> arabic = firstTabStops(2);
            assertThat(dutch).as("Dutch, %s", page).containsExactly("quick-exit", "tel:112");
            assertThat(arabic).as("Arabic, %s", page).isEqualTo(dutch);
        }
        // a start page just loaded, without putting focus anywhere first
        pages.open("/?lang=" + RTL);
        new Actions(pages.driver).sendKeys(Keys.TAB).perform();
        assertThat(pages.driver.switchTo().activeElement().getAttribute("class")).contains("quick-exit");
    }

    @Test
    void axeFindsNothingLightAndDarkAndScreenshotsForReview() {
        List<String> problems = new ArrayList<>();
        for (boolean dark : new boolean[] {false, true}) {
            pages.emulate(dark, true);
            try {
                for (String page : PAGES) {
                    open(page, RTL);
                    String name = "rtl-" + page + "-360x640" + (dark ? "-dark" : "");
                    problems.addAll(axe(name));
                    pages.js("document.getElementById('page').scrollTop = 0");
                    pages.screenshot(name);
                }
            } finally {
                pages.emulate(false, true);
            }
        }
        assertThat(problems).as("accessibility problems").isEmpty();
    }

    /**
     * axe first opens an about:blank window of its own; on a machine this busy its renderer sometimes does
     * not answer in time (a TimeoutException before anything is checked). Then once more, from this page's window.
     */
    private static List<String> axe(String name) {
        String window = pages.driver.getWindowHandle();
        try {
            return AccessibilityAndLookTest.axe(pages, name);
        } catch (RuntimeException e) {
            if (!(e.getCause() instanceof TimeoutException)) {
                throw e;
            }
            for (String other : pages.driver.getWindowHandles()) {
                if (!other.equals(window)) {
                    pages.driver.switchTo().window(other).close();
                }
            }
            pages.driver.switchTo().window(window);
            return AccessibilityAndLookTest.axe(pages, name);
        }
    }

    private record Rect(double left, double right) {
    }

    /** Where the landmarks of the page are, by selector: the first element each selects. */
    @SuppressWarnings("unchecked")
    private static Map<String, Rect> rects() {
        Map<String, Map<String, Number>> raw = (Map<String, Map<String, Number>>) pages.js(
                "var out = {};"
                + "['.quick-exit', '.danger', '.brand', '.lang-switch', 'h1, legend', '.bubble-question', '.bubble-answer',"
                + " '.bubble-answer .change', 'button.option', '.first-action', '.first-action h3'].forEach(function (s) {"
                + "  var e = document.querySelector(s); if (!e) { return; }"
                + "  var r = e.getBoundingClientRect(); out[s] = {left: r.left, right: r.right}; });"
                + "return out;");
        Map<String, Rect> rects = new java.util.HashMap<>();
        raw.forEach((selector, r) -> rects.put(selector, new Rect(r.get("left").doubleValue(), r.get("right").doubleValue())));
        return rects;
    }

    private static double width() {
        return ((Number) pages.js("return document.documentElement.clientWidth")).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstActionBorder() {
        return (Map<String, Object>) pages.js("var s = getComputedStyle(document.querySelector('.first-action'));"
                + "return {left: s.borderLeftWidth, right: s.borderRightWidth,"
                + " leftColour: s.borderLeftColor, rightColour: s.borderRightColor};");
    }

    /** Visible elements that reach past the left or right side of the viewport (skip link and hidden text aside). */
    @SuppressWarnings("unchecked")
    private static List<String> outside() {
        return (List<String>) pages.js("var w = document.documentElement.clientWidth, out = [];"
                + "document.querySelectorAll('body *').forEach(function (e) {"
                + "  if (!e.checkVisibility() || e.closest('.visually-hidden, .skip-link')) { return; }"
                + "  var r = e.getBoundingClientRect();"
                + "  if (r.width > 0 && (r.left < -0.5 || r.right > w + 0.5)) {"
                + "    out.push(e.tagName + '.' + e.className + ' ' + Math.round(r.left) + '..' + Math.round(r.right)); } });"
                + "return out;");
    }

    /**
     * The first Tab stops from the very top of the page, each as its class or, for a link to call, its
     * href: focus is put on the document itself first, wherever the page's script had put it.
     */
    private static List<String> firstTabStops(int count) {
        pages.js("document.body.tabIndex = -1; document.body.focus(); document.body.removeAttribute('tabindex');");
        List<String> stops = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            new Actions(pages.driver).sendKeys(Keys.TAB).perform();
            WebElement focused = pages.driver.switchTo().activeElement();
            String href = focused.getAttribute("href");
            stops.add(href != null && href.startsWith("tel:") ? href
                    : focused.getAttribute("class").contains("quick-exit") ? "quick-exit"
                    : focused.getTagName() + "." + focused.getAttribute("class"));
        }
        return stops;
    }
}

package nl.signaalwijzer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * axe-core (WCAG 2.0/2.1/2.2 A and AA rules) finds nothing on the start page, a question, an outcome, a
 * checklist outcome with its dates, an error page and the privacy page, in Dutch and in Makkelijk lezen (with its pictograms), on a phone (360×640) and a kiosk (1080×1920); no horizontal scrolling
 * down to 320 px (200% zoom and more); touch targets of at least 44 px. Screenshots go to
 * target/screenshots/ for a person to look at: {@code <page>-<w>x<h>.png} and a {@code -full} page.
 */
class AccessibilityAndLookTest extends OnSharedBrowser {
    static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");
    static final int[][] SIZES = {{360, 640}, {1080, 1920}};

    @BeforeAll
    static void withoutMotion() {
        browser.emulate(false, true);
    }

    /** Each page type and how to reach it. */
    static Map<String, Runnable> pages() {
        return pages(browser);
    }

    static Map<String, Runnable> pages(Browser browser) {
        Map<String, Runnable> pages = new LinkedHashMap<>();
        pages.put("start", () -> browser.open("/"));
        pages.put("question", () -> {
            browser.startFlow("medewerker");
            browser.choose(browser.options().get(1));
        });
        pages.put("outcome", () -> {
            browser.startFlow("medewerker");
            while (!browser.atOutcome()) {
                browser.choose(browser.options().get(browser.options().size() > 1 ? 1 : 0));
            }
        });
        // a checklist (the receiver's flow): its time groups, who does what, and the day form with its dates
        pages.put("outcome-checklist", () -> ChecklistDatesTest.checklistWithItsDates(browser));
        pages.put("error", () -> browser.open("/bestaat-niet"));
        pages.put("privacy", () -> browser.open("/privacy"));
        pages.put("start-en", () -> browser.open("/?lang=en"));
        // Makkelijk lezen: the client's own words, with pictograms, steps past 3 behind one fold
        pages.put("start-easy", () -> browser.open("/?lang=nl-x-easy"));
        pages.put("question-easy", () -> {
            browser.startFlow("client", "nl-x-easy");
            browser.choose(browser.options().get(1));
        });
        pages.put("outcome-easy", () -> {
            browser.startFlow("client", "nl-x-easy");
            while (!browser.atOutcome()) {
                browser.choose(browser.options().get(browser.options().size() > 1 ? 1 : 0));
            }
        });
        pages.put("privacy-easy", () -> browser.open("/privacy?lang=nl-x-easy"));
        pages.put("quick-exit-easy", () -> browser.open("/snel-weg?lang=nl-x-easy"));
        pages.put("error-easy", () -> browser.open("/bestaat-niet?lang=nl-x-easy"));
        return pages;
    }

    @Test
    void noAxeViolationsAtPhoneAndKioskSizeAndScreenshotsForReview() {
        List<String> problems = new ArrayList<>();
        for (int[] size : SIZES) {
            browser.viewport(size[0], size[1]);
            for (Map.Entry<String, Runnable> page : pages().entrySet()) {
                page.getValue().run();
                String name = page.getKey() + "-" + size[0] + "x" + size[1];
                problems.addAll(axe(browser, name));
                browser.assertNoHorizontalScroll(name);
                problems.addAll(smallTargets(name));
                assertThat(browser.driver.findElements(By.tagName("h1"))).as("one h1 on %s", name).hasSize(1);
                browser.screenshot(name);
                long pageHeight = browser.pageHeight();
                if (pageHeight > size[1] * 1.2) {
                    browser.fullScreenshot(name + "-full", size[0], size[1]);
                }
                if (size[0] == 360) {
                    // 320 CSS pixels: a 1280 px screen at 400% zoom, WCAG 1.4.10 reflow
                    browser.viewport(320, 640);
                    browser.assertNoHorizontalScroll(page.getKey() + " at 320 px");
                    // 200% zoom of a 1280×720 laptop screen
                    browser.viewport(640, 360);
                    browser.assertNoHorizontalScroll(page.getKey() + " at 640×360");
                    browser.viewport(size[0], size[1]);
                }
            }
        }
        assertThat(problems).as("accessibility problems").isEmpty();
    }

    @Test
    void theQuestionIsTheLegendOfItsFieldsetAndNumberedInTheTitle() {
        browser.viewport(360, 640);
        pages().get("question").run();
        assertThat(browser.driver.getTitle()).startsWith("Vraag 2 – ");
        assertThat(browser.driver.findElements(By.tagName("h1"))).hasSize(1);
        assertThat(browser.current().getTagName()).isEqualTo("fieldset");
        assertThat(browser.current().findElement(By.tagName("legend")).getText())
                .startsWith("Vraag 2").contains(browser.current().findElement(By.cssSelector(".question-text")).getText());
        assertThat(browser.driver.findElements(By.cssSelector("header, main, footer"))).hasSize(3);
    }

    @Test
    void thePrintedOutcomeHasTheWholeAdviceUnfoldedButNeverTheAnswers() {
        browser.viewport(800, 1100);
        pages().get("outcome").run();
        assertThat(browser.driver.findElements(By.cssSelector(".outcome details[open]"))).as("folded on screen").isEmpty();
        assertThat(unprinted()).as("folded parts are hidden on screen").isNotEmpty();
        browser.emulate("print", false, true);
        try {
            assertThat(unprinted()).as("parts of the advice missing from the print").isEmpty();
            assertThat(browser.driver.findElements(By.cssSelector(".outcome .contact"))).isNotEmpty();
            assertThat(browser.driver.findElement(By.cssSelector(".outcome")).getAttribute("textContent"))
                    .as("the fact-recording checklist").contains("Schrijf de feiten op");
            for (String hidden : List.of(".transcript", ".quick-exit", ".topbar", ".conversation-nav")) {
                assertThat(browser.driver.findElement(By.cssSelector(hidden)).isDisplayed()).as(hidden).isFalse();
            }
            browser.fullScreenshot("outcome-print", 800, 1100);
        } finally {
            browser.emulate(false, true);
            browser.viewport(360, 640);
        }
    }

    /** Text in the outcome that takes no room on the page (folded away), one line each. */
    @SuppressWarnings("unchecked")
    private static List<String> unprinted() {
        return (List<String>) browser.js("var missing = [];"
                + "document.querySelectorAll('.outcome p, .outcome li, .outcome dd, .outcome .contact').forEach(function (e) {"
                + "  if (!e.checkVisibility() && !e.closest('.visually-hidden')) {"
                + "    missing.push(e.textContent.trim().slice(0, 40)); } });"
                + "return missing;");
    }

    /** The WCAG 2.x A/AA violations axe-core finds on the page now, one line each. */
    static List<String> axe(Browser browser, String name) {
        Results results = new AxeBuilder().withTags(WCAG).analyze(browser.driver);
        assertThat(results.getPasses()).as("axe ran on %s", name).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            problems.add(name + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " at "
                    + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")));
        }
        return problems;
    }

    /** Buttons and button-like links smaller than 44×44 CSS pixels (WCAG 2.5.8 asks 24; we promise 44). */
    @SuppressWarnings("unchecked")
    private static List<String> smallTargets(String page) {
        List<String> small = (List<String>) browser.js(
                "var bad = [];"
                + "document.querySelectorAll('button, .secondary, .primary, .quick-exit, .danger, .brand, .tel, .choice, .option')"
                + ".forEach(function (e) { var r = e.getBoundingClientRect();"
                + "  if (r.width > 0 && (r.height < 44 || r.width < 44)) {"
                + "    bad.push(e.className + ' \"' + e.textContent.trim().slice(0, 30) + '\" ' + Math.round(r.width) + 'x' + Math.round(r.height)); } });"
                + "return bad;");
        return small.stream().map(s -> page + ": small target " + s).toList();
    }
}

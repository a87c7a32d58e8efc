package nl.signaalwijzer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The day form of a checklist outcome, as a bestuurder uses it: the receiver's flow walked to its checklist
 * ("ik zag X een cliënt betasten", established), the time group with the form unfolded, a day typed into the
 * field and Enter pressed, with JavaScript on and off. Enter sends the days, never an answer: the page then
 * says "Uiterlijk op <date>" and the answers are those given before. The day is in no address the browser
 * keeps (the page's, or any entry of its history), and axe finds nothing on the page with the dates.
 */
class ChecklistDatesTest extends OnSharedBrowser {
    /** Thursday 3 December 2026: Friday 4, Monday 7 and Tuesday 8 are the three working days after it. */
    private static final int[] ESTABLISHED_ON = {2026, 12, 3};
    private static final String DUE = "Uiterlijk op dinsdag 8 december 2026";
    private static final List<String> TOUCHING = List.of("acute-danger:no", "perpetrator:staff",
            "conflict-of-interest:no", "behaviour:sexual", "recent:yes", "established:yes");

    @BeforeAll
    static void withoutMotion() {
        browser.emulate(false, true);
    }

    @AfterEach
    void javascriptOnAndLightAgain() {
        browser.javascript(true);
        browser.emulate(false, true);
        browser.viewport(360, 640);
    }

    @Test
    void enterInTheDayFieldShowsTheDateAndChangesNoAnswerWithAndWithoutJavaScript() {
        for (boolean js : List.of(true, false)) {
            String mode = js ? "with JavaScript" : "without JavaScript";
            browser.javascript(js);
            browser.viewport(1366, 768);
            toTheChecklist();
            List<String> answers = answers();
            List<String> transcript = transcript();
            Map<String, Object> before = currentEntry();

            typeTheDayAndPressEnter(ESTABLISHED_ON);
            browser.waiting().until(d -> !d.findElements(By.cssSelector("#termijnen .due-list")).isEmpty());

            WebElement outcome = browser.driver.findElement(By.cssSelector("section.outcome#current"));
            assertThat(outcome.getText()).as(mode).contains(DUE);
            assertThat(browser.driver.findElement(By.cssSelector("#termijnen .due-list")).getText()).as(mode)
                    .contains("Meld het bij de IGJ: uiterlijk op dinsdag 8 december 2026");
            assertThat(answers()).as("the answers, %s", mode).isEqualTo(answers).isEqualTo(TOUCHING);
            assertThat(transcript()).as("the conversation on the page, %s", mode).isEqualTo(transcript);
            assertThat(browser.driver.findElement(By.cssSelector("#termijnen input")).getAttribute("value"))
                    .as("the day, shown again").isEqualTo("2026-12-03");
            assertNoDayInAnyAddress(mode);
            // history.length stops counting at 50 in Chromium (a shared browser gets there): the entries themselves
            Map<String, Object> after = currentEntry();
            if (js) {
                assertThat(after.get("id")).as("with JavaScript the days are sent without a page load: the same entry")
                        .isEqualTo(before.get("id"));
            } else {
                assertThat(after.get("id")).as("without JavaScript, a new entry: the form post").isNotEqualTo(before.get("id"));
                assertThat((String) after.get("url")).endsWith("/gesprek#termijnen");
            }
            browser.screenshot("checklist-dates-1366x768-" + (js ? "js" : "nojs"));
        }
    }

    /** A day typed in part is nothing to a date field: sent like that, the page asks for a whole day. */
    @Test
    void withoutAWholeDayThePageAsksForOneWithAndWithoutJavaScript() {
        for (boolean js : List.of(true, false)) {
            browser.javascript(js);
            toTheChecklist();
            List<String> answers = answers();
            WebElement field = openTheGroupWithTheDays();
            field.sendKeys(Keys.ENTER);
            browser.waiting().until(d -> !d.findElements(By.cssSelector("#termijnen .day-error")).isEmpty());
            assertThat(browser.driver.findElement(By.cssSelector("#termijnen .day-error")).getText())
                    .isEqualTo("Vul een hele dag in: dag, maand en jaar.");
            assertThat(browser.driver.findElement(By.cssSelector("#termijnen input")).getAttribute("aria-invalid"))
                    .isEqualTo("true");
            assertThat(answers()).isEqualTo(answers);
            assertNoDayInAnyAddress(js ? "with JavaScript" : "without JavaScript");
        }
    }

    @Test
    void noAxeViolationsOnTheChecklistWithItsDatesOnAPhoneAndALaptopLightAndDark() {
        List<String> problems = new ArrayList<>();
        for (boolean dark : new boolean[] {false, true}) {
            browser.emulate(dark, true);
            for (int[] size : new int[][] {{360, 640}, {1366, 768}}) {
                browser.viewport(size[0], size[1]);
                checklistWithItsDates(browser);
                String name = "checklist with dates " + size[0] + "x" + size[1] + (dark ? " dark" : " light");
                problems.addAll(AccessibilityAndLookTest.axe(browser, name));
                browser.assertNoHorizontalScroll(name);
                browser.fullScreenshot("checklist-dates-" + size[0] + "x" + size[1] + (dark ? "-dark" : "-light"),
                        size[0], size[1]);
            }
        }
        assertThat(problems).as("accessibility problems").isEmpty();
    }

    private static void toTheChecklist() {
        toTheChecklist(browser);
    }

    /**
     * The receiver's checklist with its dates: the flow answered as below, the day typed in and sent.
     * Also a page of {@link AccessibilityAndLookTest} (and so of {@link DarkModeTest}).
     */
    static void checklistWithItsDates(Browser browser) {
        toTheChecklist(browser);
        typeTheDayAndPressEnter(browser, ESTABLISHED_ON);
        browser.waiting().until(d -> !d.findElements(By.cssSelector("#termijnen .due-list")).isEmpty());
    }

    /** The receiver's flow answered as the aandachtsfunctionaris called at night would, up to its checklist. */
    private static void toTheChecklist(Browser browser) {
        browser.startFlow("ontvanger");
        for (String answer : TOUCHING) {
            WebElement option = browser.options().stream().filter(o -> answer.equals(o.getAttribute("value")))
                    .findFirst().orElseThrow(() -> new AssertionError("no option " + answer + " on "
                            + browser.current().getText()));
            browser.choose(option);
        }
        assertThat(browser.atOutcome()).as("the checklist after " + TOUCHING).isTrue();
    }

    /** Unfolds the time group that holds the day fields, by its summary as a person does; returns the field. */
    private static WebElement openTheGroupWithTheDays() {
        return openTheGroupWithTheDays(browser);
    }

    private static WebElement openTheGroupWithTheDays(Browser browser) {
        WebElement group = browser.driver.findElement(By.xpath("//details[.//*[@id='termijnen']]"));
        if (group.getAttribute("open") == null) {
            browser.click(group.findElement(By.tagName("summary")));
        }
        WebElement field = browser.driver.findElement(By.cssSelector("#termijnen input[type=date]"));
        browser.js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", field);
        return field;
    }

    /** Types the day into the date field in the order the browser's own date format asks for, then Enter. */
    private static void typeTheDayAndPressEnter(int[] day) {
        typeTheDayAndPressEnter(browser, day);
    }

    private static void typeTheDayAndPressEnter(Browser browser, int[] day) {
        WebElement field = openTheGroupWithTheDays(browser);
        String order = (String) browser.js("return new Intl.DateTimeFormat(navigator.language)"
                + ".formatToParts(new Date(2026, 11, 3)).filter(function (p) { return p.type !== 'literal'; })"
                + ".map(function (p) { return p.type.charAt(0); }).join('')");
        StringBuilder keys = new StringBuilder();
        for (char part : order.toCharArray()) {
            keys.append(part == 'y' ? String.valueOf(day[0]) : String.format("%02d", part == 'm' ? day[1] : day[2]));
        }
        field.sendKeys(keys.toString());
        assertThat(field.getAttribute("value")).as("the day in the field").isEqualTo(
                String.format("%04d-%02d-%02d", day[0], day[1], day[2]));
        field.sendKeys(Keys.ENTER);
    }

    /** The answers the page carries (the chat form's hidden fields). */
    private static List<String> answers() {
        return browser.driver.findElements(By.cssSelector("#chat input[name=a]")).stream()
                .map(e -> e.getAttribute("value")).toList();
    }

    private static List<String> transcript() {
        return browser.driver.findElements(By.cssSelector(".transcript .bubble")).stream()
                .map(e -> e.getAttribute("textContent").strip()).toList();
    }

    /** The tab's current entry in its history (id, url), as Chromium keeps it. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> currentEntry() {
        Map<String, Object> history = browser.driver.executeCdpCommand("Page.getNavigationHistory", Map.of());
        List<Map<String, Object>> entries = (List<Map<String, Object>>) history.get("entries");
        return entries.get(((Number) history.get("currentIndex")).intValue());
    }

    /** Neither the page's address nor any address in the tab's history holds the day, in any way of writing it. */
    @SuppressWarnings("unchecked")
    private static void assertNoDayInAnyAddress(String mode) {
        List<String> addresses = new ArrayList<>();
        addresses.add(browser.driver.getCurrentUrl());
        Map<String, Object> history = browser.driver.executeCdpCommand("Page.getNavigationHistory", Map.of());
        for (Map<String, Object> entry : (List<Map<String, Object>>) history.get("entries")) {
            addresses.add((String) entry.get("url"));
        }
        assertThat(addresses).as("the addresses the browser keeps, %s", mode).isNotEmpty()
                .allSatisfy(url -> assertThat(url).doesNotContain("2026").doesNotContain("day-")
                        .doesNotContain("12-03").doesNotContain("3-12").doesNotContain("dates"));
    }
}

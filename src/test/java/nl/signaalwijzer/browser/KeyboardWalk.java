package nl.signaalwijzer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** Only the keyboard (Tab, Space, Enter) from the start page through the whole medewerker flow. */
final class KeyboardWalk {
    private KeyboardWalk() {
    }

    static void throughAWholeFlow(Browser browser) {
        browser.open("/");
        press(browser, Keys.TAB);
        assertThat(focused(browser).getAttribute("class")).as("first tab stop").contains("quick-exit");
        press(browser, Keys.TAB);
        assertThat(focused(browser).getAttribute("href")).as("second tab stop: call 112").isEqualTo("tel:112");
        press(browser, Keys.TAB);
        assertThat(focused(browser).getAttribute("class")).as("third tab stop").contains("skip-link");
        assertThat(focused(browser).getRect().getX()).as("the skip link shows when focused").isGreaterThanOrEqualTo(0);
        press(browser, Keys.ENTER);
        assertThat(focused(browser).getAttribute("id")).as("skip link moves focus to the content").isEqualTo("main");

        tabTo(browser, e -> "button".equals(e.getTagName()) && e.getAttribute("aria-describedby") != null
                && e.getAttribute("aria-describedby").equals("desc-medewerker"), 30);
        WebElement before = focused(browser);
        press(browser, Keys.ENTER);
        browser.waitForNext(before);

        for (int step = 1; !browser.atOutcome(); step++) {
            assertThat(step).isLessThan(40);
            // one Tab from where the page (or chat.js) put us reaches the first option; after a danger
            // answer the urgent actions come first, and each of their links (Bel 112) is one Tab before it
            int links = browser.current().findElements(By.cssSelector(".urgent-now a[href]")).size();
            int tabs = tabTo(browser, e -> e.getAttribute("class") != null
                    && e.getAttribute("class").contains("option"), 40);
            assertThat(tabs).as("Tabs to reach the options of question %s", step).isEqualTo(1 + links);
            if (step == 1) {
                browser.screenshot("keyboard-focus-" + (browser.driver.findElement(By.tagName("html"))
                        .getAttribute("class").contains("js") ? "js" : "nojs") + "-360x640");
            }
            before = browser.current();
            press(browser, step % 2 == 0 ? Keys.ENTER : Keys.SPACE);
            browser.waitForNext(before);
        }
        tabTo(browser, e -> e.getAttribute("href") != null && e.getAttribute("href").startsWith("tel:"), 20);
    }

    private static WebElement focused(Browser browser) {
        return browser.driver.switchTo().activeElement();
    }

    private static void press(Browser browser, CharSequence key) {
        new Actions(browser.driver).sendKeys(key).perform();
    }

    /** Presses Tab until the focused element matches; returns how many times. */
    private static int tabTo(Browser browser, Predicate<WebElement> wanted, int max) {
        for (int tabs = 1; tabs <= max; tabs++) {
            press(browser, Keys.TAB);
            if (wanted.test(focused(browser))) {
                return tabs;
            }
        }
        throw new AssertionError("not reached with " + max + " Tabs; focus is on "
                + focused(browser).getTagName() + " " + focused(browser).getText()
                + " " + browser.driver.findElement(By.tagName("title")).getAttribute("textContent"));
    }
}

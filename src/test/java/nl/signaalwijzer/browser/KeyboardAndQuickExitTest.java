package nl.signaalwijzer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** With JavaScript: keyboard only through a whole flow; quick exit leaves and "back" does not return. */
class KeyboardAndQuickExitTest extends OnSharedBrowser {

    @Test
    void keyboardOnlyThroughAWholeFlow() {
        KeyboardWalk.throughAWholeFlow(browser);
    }

    @Test
    void quickExitLeavesTheAppAndBackDoesNotReturnToTheConversation() {
        browser.startFlow("medewerker");
        browser.choose(browser.options().get(1));
        String question = browser.current().findElement(By.cssSelector(".question-text")).getText();

        browser.driver.findElement(By.cssSelector(".quick-exit")).click();
        browser.waiting().until(d -> !d.getCurrentUrl().startsWith(browser.origin()));

        browser.driver.navigate().back();
        browser.waiting().until(d -> "complete".equals(browser.js("return document.readyState")));
        assertThat(browser.driver.getCurrentUrl()).doesNotContain("/gesprek");
        assertThat(browser.driver.getPageSource()).doesNotContain(question);
    }
}

package nl.signaalwijzer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** JavaScript switched off in Chromium: every flow still works by plain form posts, and so does quick exit. */
class ChatWithoutJavaScriptTest {
    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.start(false);
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @Test
    void javaScriptIsReallyOff() {
        browser.startFlow("medewerker");
        // chat.js marks the page with class "js" as its first act
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("class")).doesNotContain("js");
    }

    @ParameterizedTest(name = "every flow, answering {0}")
    @EnumSource(TalkThrough.Answering.class)
    void everyFlowToItsOutcome(TalkThrough.Answering answering) {
        TalkThrough.everyFlow(browser, answering, new TalkThrough.Checks() {
            @Override
            public void beforeAnswer(int step) {
                assertThat(browser.driver.getCurrentUrl()).isEqualTo(browser.origin() + "/gesprek#current");
                assertThat(browser.driver.findElements(By.cssSelector(".transcript > .turn"))).hasSize(step - 1);
            }

            @Override
            public void atOutcome(String flow, List<String> answers) {
                assertThat(browser.current().findElement(By.tagName("h2")).getText()).isNotBlank();
                assertThat(browser.driver.findElements(By.cssSelector(".outcome .action"))).isNotEmpty();
            }
        });
    }

    @Test
    void changingAnAnswerAndThePreviousQuestionWork() {
        browser.startFlow("medewerker");
        browser.choose(browser.options().get(1));
        browser.choose(browser.options().get(0));
        WebElement before = browser.current();
        browser.click(browser.driver.findElement(By.cssSelector(".transcript button.change[value='0']")));
        browser.waitForNext(before);
        assertThat(browser.driver.getTitle()).startsWith("Vraag 1 – ");
        assertThat(browser.driver.findElements(By.cssSelector(".transcript > .turn"))).isEmpty();
    }

    @Test
    void keyboardOnlyThroughAWholeFlow() {
        KeyboardWalk.throughAWholeFlow(browser);
    }

    @Test
    void quickExitIsAPlainLinkAwayFromTheApp() {
        browser.startFlow("medewerker");
        browser.driver.findElement(By.cssSelector(".quick-exit")).click();
        browser.waiting().until(d -> !d.getCurrentUrl().startsWith(browser.origin()));
        assertThat(browser.driver.getCurrentUrl()).doesNotStartWith(browser.origin());
    }
}

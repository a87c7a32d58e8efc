package nl.signaalwijzer.browser;

import static nl.signaalwijzer.TestServer.answersForm;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * With JavaScript: every flow the start page offers, talked through to an outcome, each answer posted
 * with fetch and shown as new bubbles — no page load, no history entry, focus on the new question, the
 * new text in the polite live region — and the form still right for the plain posts that follow.
 */
class ChatWithJavaScriptTest extends OnSharedBrowser {

    @ParameterizedTest(name = "every flow, answering {0}")
    @EnumSource(TalkThrough.Answering.class)
    void everyFlowToItsOutcome(TalkThrough.Answering answering) {
        TalkThrough.everyFlow(browser, answering, new TalkThrough.Checks() {
            private long historyLength;

            @Override
            public void atStart(String flow) {
                assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("class")).contains("js");
                browser.js("window.__samePage = true");
                historyLength = (Long) browser.js("return history.length");
            }

            @Override
            public void afterAnswer(List<String> answers) {
                assertThat(browser.js("return window.__samePage === true")).as("no page load").isEqualTo(true);
                assertThat(browser.js("return history.length")).as("no history entry").isEqualTo(historyLength);
                WebElement current = browser.current();
                assertThat(browser.driver.switchTo().activeElement()).as("focus on the new question").isEqualTo(current);
                String heard = current.findElements(By.tagName("legend")).isEmpty()
                        ? current.findElement(By.tagName("h2")).getText()
                        : current.findElement(By.tagName("legend")).getText();
                // urgent actions after a danger answer are said first: "Doe dit eerst. Bel 112. <question>"
                List<String> urgent = current.findElements(By.cssSelector(".urgent-now h2, .urgent-now .action h3"))
                        .stream().map(WebElement::getText).toList();
                if (!urgent.isEmpty()) {
                    heard = String.join(". ", urgent) + ". " + heard;
                }
                browser.waiting().until(d -> !d.findElement(By.id("chat-status")).getAttribute("textContent").isEmpty());
                assertThat(browser.driver.findElement(By.id("chat-status")).getAttribute("textContent"))
                        .as("announced politely").isEqualToIgnoringWhitespace(heard);
                assertThat(hiddenAnswers()).as("the form carries every answer").isEqualTo(answers);
                assertThat(browser.driver.findElements(By.cssSelector(".transcript > .turn"))).hasSize(answers.size());
                assertThat(browser.driver.findElements(By.id("current"))).hasSize(1);
                assertThat(browser.driver.findElements(By.cssSelector(".typing"))).isEmpty();
            }

            @Override
            public void atOutcome(String flow, List<String> answers) {
                // a question page is titled "Vraag 3 – ..."; an outcome's own title may start with "Vraag advies"
                assertThat(browser.driver.getTitle()).doesNotMatch("Vraag \\d+ .*");
                // the same advice as a plain form post with these answers
                String title = browser.current().findElement(By.tagName("h2")).getText();
                assertThat(browser.server.postForm("/gesprek", answersForm(flow, answers)).body())
                        .contains(">" + title + "</h2>");
            }
        });
    }

    @Test
    void aShortTypingPauseOnlyWhenMotionIsWelcome() {
        browser.startFlow("medewerker");
        WebElement before = browser.current();
        browser.options().get(1).click();
        browser.waiting().until(d -> !d.findElements(By.cssSelector(".typing")).isEmpty());
        browser.screenshot("typing-360x640");
        browser.waitForNext(before);
        assertThat(browser.driver.findElements(By.cssSelector(".typing"))).isEmpty();

        browser.emulate(false, true);
        try {
            before = browser.current();
            browser.options().get(0).click();
            assertThat(browser.driver.findElements(By.cssSelector(".typing"))).as("no typing dots").isEmpty();
            browser.waitForNext(before);
            assertThat(browser.driver.getTitle()).startsWith("Vraag 3 – ");
        } finally {
            browser.emulate(false, false);
        }
    }

    @Test
    void whenTheServerRefusesTheAnswerThePlainPostShowsTheFriendlyErrorPage() {
        browser.startFlow("medewerker");
        browser.js("document.querySelector('#chat input[name=flow]').value = 'bestaat-niet'");
        WebElement before = browser.current();
        browser.options().get(1).click();
        browser.waiting().until(d -> {
            try {
                before.isEnabled();
                return false;
            } catch (RuntimeException gone) {
                return true;
            }
        });
        browser.waiting().until(d -> !d.findElements(By.tagName("h1")).isEmpty()
                && d.findElement(By.tagName("h1")).getText().equals("Dat lukte niet"));
        assertThat(browser.driver.getPageSource()).contains("Deze vragenlijst bestaat niet");
    }

    @Test
    void afterFragmentsThePlainPostsStillWork() {
        browser.startFlow("medewerker");
        browser.choose(browser.options().get(1));   // acute-danger: no
        String second = browser.current().findElement(By.cssSelector(".question-text")).getText();
        browser.choose(browser.options().get(0));   // perpetrator: staff
        assertThat(browser.driver.getTitle()).startsWith("Vraag 3 – ");

        // "Previous question" is a plain post of the form that fragments have filled in
        WebElement before = browser.current();
        browser.click(browser.driver.findElement(By.cssSelector(".conversation-nav button[name=edit]")));
        browser.waitForNext(before);
        assertThat(browser.driver.getTitle()).startsWith("Vraag 2 – ");
        assertThat(browser.current().findElement(By.cssSelector(".question-text")).getText()).isEqualTo(second);
        assertThat(hiddenAnswers()).containsExactly("acute-danger:no");

        // "Change" on the first answer, then on with fetch again
        before = browser.current();
        browser.click(browser.driver.findElement(By.cssSelector(".transcript button.change[value='0']")));
        browser.waitForNext(before);
        assertThat(browser.driver.getTitle()).startsWith("Vraag 1 – ");
        assertThat(hiddenAnswers()).isEmpty();
        browser.choose(browser.options().get(1));
        assertThat(browser.driver.getTitle()).startsWith("Vraag 2 – ");

        // switching language keeps the answers
        before = browser.current();
        browser.click(browser.driver.findElement(By.cssSelector("button[name=switch-lang]")));
        browser.waitForNext(before);
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.driver.getTitle()).startsWith("Question 2 – ");
        assertThat(hiddenAnswers()).containsExactly("acute-danger:no");
    }

    private static List<String> hiddenAnswers() {
        return browser.driver.findElements(By.cssSelector("#chat input[type=hidden][name=a]")).stream()
                .map(e -> e.getAttribute("value")).toList();
    }
}

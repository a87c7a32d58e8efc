package nl.signaalwijzer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.WebElement;

/**
 * The walk both chat tests (with and without JavaScript) take: every flow the start page offers,
 * answered question by question up to its outcome, with each test's own checks around every answer.
 * Every walk ends (fewer than 40 questions) and every question page says its number in the title.
 */
final class TalkThrough {

    /** How a walk answers each question. */
    enum Answering {
        FIRST_OPTION,
        UNSURE_WHERE_POSSIBLE;

        WebElement pick(List<WebElement> options) {
            return this == FIRST_OPTION ? options.get(0) : Browser.unsureOrFirst(options);
        }
    }

    /** One test's checks during a walk; each does nothing unless the test says otherwise. */
    interface Checks {
        /** The flow's first question is on screen; nothing answered yet. */
        default void atStart(String flow) {
        }

        /** Question {@code step} (1 for the first) is on screen, about to be answered. */
        default void beforeAnswer(int step) {
        }

        /** The next question or the outcome is on screen; {@code answers}: the option values chosen so far. */
        default void afterAnswer(List<String> answers) {
        }

        /** The outcome is on screen after {@code answers}. */
        default void atOutcome(String flow, List<String> answers) {
        }
    }

    private TalkThrough() {
    }

    static void everyFlow(Browser browser, Answering answering, Checks checks) {
        for (String flow : browser.offeredFlows()) {
            browser.startFlow(flow);
            checks.atStart(flow);
            List<String> answers = new ArrayList<>();
            for (int step = 1; !browser.atOutcome(); step++) {
                assertThat(step).as("%s ends in an outcome", flow).isLessThan(40);
                assertThat(browser.driver.getTitle()).startsWith("Vraag " + step + " – ");
                checks.beforeAnswer(step);
                WebElement option = answering.pick(browser.options());
                answers.add(option.getAttribute("value"));
                browser.choose(option);
                checks.afterAnswer(List.copyOf(answers));
            }
            checks.atOutcome(flow, List.copyOf(answers));
        }
    }
}

package nl.signaalwijzer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** prefers-color-scheme: dark (a phone at night): the same pages, the same zero axe violations. */
class DarkModeTest extends OnSharedBrowser {

    @BeforeAll
    static void darkModeWithoutMotion() {
        browser.emulate(true, true);
    }

    @Test
    void noAxeViolationsInDarkModeOnAPhone() {
        assertThat(browser.js("return matchMedia('(prefers-color-scheme: dark)').matches")).isEqualTo(true);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Runnable> page : AccessibilityAndLookTest.pages(browser).entrySet()) {
            page.getValue().run();
            String name = page.getKey() + "-360x640-dark";
            problems.addAll(AccessibilityAndLookTest.axe(browser, name));
            browser.screenshot(name);
            browser.fullScreenshot(name + "-full", 360, 640);
        }
        assertThat(problems).as("accessibility problems in dark mode").isEmpty();
    }
}

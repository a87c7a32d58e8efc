package nl.signaalwijzer.browser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A browser test class on the one shared Chromium with JavaScript ({@link SharedBrowser}): from the
 * class's first test on it is in {@link #browser}, at phone size (360×640) in light mode. A subclass's
 * own {@code @BeforeAll} runs after this one, e.g. to switch to dark mode.
 */
@ExtendWith(SharedBrowser.class)
abstract class OnSharedBrowser {
    static Browser browser;

    @BeforeAll
    static void shareTheBrowser(Browser shared) {
        browser = shared;
    }
}

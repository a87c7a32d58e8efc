package nl.signaalwijzer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * After whole conversations with JavaScript on, the browser holds nothing of them: no cookie, nothing in
 * localStorage, sessionStorage, IndexedDB or the Cache API, and no service worker that could keep pages.
 */
class NoTracesInTheBrowserTest extends OnSharedBrowser {

    @Test
    void conversationsLeaveNothingInBrowserStorage() {
        for (String flow : browser.offeredFlows()) {
            browser.startFlow(flow);
            while (!browser.atOutcome()) {
                browser.choose(Browser.unsureOrFirst(browser.options()));
            }
            assertNothingStored(flow);
        }
        browser.open("/privacy");
        assertNothingStored("privacy page");
    }

    @SuppressWarnings("unchecked")
    private static void assertNothingStored(String where) {
        assertThat(browser.js("return document.cookie")).as("cookies after %s", where).isEqualTo("");
        assertThat(browser.js("return localStorage.length")).as("localStorage after %s", where).isEqualTo(0L);
        assertThat(browser.js("return sessionStorage.length")).as("sessionStorage after %s", where).isEqualTo(0L);
        Object databases = browser.driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "indexedDB.databases().then(list => done(list.map(d => d.name))).catch(e => done(['error: ' + e]));");
        assertThat((List<Object>) databases).as("IndexedDB after %s", where).isEmpty();
        Object caches = browser.driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "(window.caches ? caches.keys() : Promise.resolve([])).then(done).catch(e => done(['error: ' + e]));");
        assertThat((List<Object>) caches).as("Cache API after %s", where).isEmpty();
        Object workers = browser.driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "(navigator.serviceWorker ? navigator.serviceWorker.getRegistrations() : Promise.resolve([]))"
                        + ".then(r => done(r.length)).catch(e => done(-1));");
        assertThat(workers).as("service workers after %s", where).isEqualTo(0L);
    }
}

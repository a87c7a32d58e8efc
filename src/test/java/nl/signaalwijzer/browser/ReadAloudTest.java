package nl.signaalwijzer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * "Lees voor" (static/js/voice.js) in real Chromium. Headless Chromium has no voices, so before the page's
 * own scripts run, {@code speechSynthesis} is replaced by a recording stand-in that offers the voices a
 * test chooses (announced late, with {@code voiceschanged}, as browsers do) and records every
 * {@code speak} (text and voice) and every {@code cancel}. What is asserted is what a listener would
 * hear, and through which voice: a network voice would send the advice to a speech service.
 */
class ReadAloudTest extends OnSharedBrowser {
    static final String NETWORK_NL = "{name: 'Netwerkstem NL', lang: 'nl-NL', localService: false, default: true}";
    static final String LOCAL_NL = "{name: 'Eigen stem NL', lang: 'nl_BE', localService: true, default: false}";
    static final String LOCAL_EN = "{name: 'Own voice EN', lang: 'en-GB', localService: true, default: false}";

    /**
     * The stand-in, for every document from now on (CDP: before any script of the page). Voices come
     * 50 ms after the page starts, with {@code voiceschanged}. A reading lasts until it is cancelled.
     * Cancels are also kept in this origin's localStorage (cleared after each test), so a page that has
     * been left can still tell whether it stopped reading on its way out, and in what state it was.
     */
    private static final String STAND_IN = """
            (function () {
              var voices = [%s];
              var announced = [], queue = [], listeners = [];
              var record = window.__speech = {spoken: [], cancels: []};
              window.SpeechSynthesisUtterance = function (text) {
                this.text = text; this.voice = null; this.lang = ''; this.onend = null; this.onerror = null;
              };
              var stub = {
                speaking: false, pending: false, paused: false, onvoiceschanged: null,
                getVoices: function () { return announced.slice(); },
                speak: function (u) {
                  record.spoken.push({text: u.text, voice: u.voice ? u.voice.name : null});
                  queue.push(u); stub.speaking = true;
                },
                cancel: function () {
                  // quick exit hides the page, cancels, then blanks the title: so a cancel seen between
                  // the first and the last is the quick exit's own, not one on the way out (pagehide)
                  var hidden = document.documentElement.style.display === 'none';
                  var when = !hidden ? 'page shown' : document.title === '\u200b' ? 'page hidden' : 'quick exit';
                  record.cancels.push(when);
                  try {
                    var kept = JSON.parse(localStorage.getItem('speech-cancels') || '[]');
                    kept.push(when);
                    localStorage.setItem('speech-cancels', JSON.stringify(kept));
                  } catch (e) { /* no storage: only the in-page record */ }
                  var stopped = queue; queue = []; stub.speaking = false;
                  stopped.forEach(function (u) { if (u.onerror) { u.onerror({error: 'interrupted'}); } });
                },
                pause: function () {}, resume: function () {},
                addEventListener: function (type, f) { if (type === 'voiceschanged') { listeners.push(f); } },
                removeEventListener: function () {}
              };
              Object.defineProperty(window, 'speechSynthesis', {value: stub, configurable: true});
              setTimeout(function () {
                announced = voices;
                record.voicesAnnounced = true;
                listeners.forEach(function (f) { f({type: 'voiceschanged'}); });
                if (stub.onvoiceschanged) { stub.onvoiceschanged({type: 'voiceschanged'}); }
              }, 50);
            })();
            """;

    private String standIn;

    /** The stand-in with these voices, for the pages this browser loads from now on. */
    private void voices(Browser on, String... voices) {
        @SuppressWarnings("unchecked")
        Map<String, Object> added = (Map<String, Object>) on.driver.executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument", Map.of("source", STAND_IN.formatted(String.join(", ", voices))));
        standIn = (String) added.get("identifier");
    }

    @AfterEach
    void noStandInForOtherTests() {
        if (standIn != null) {
            browser.driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", standIn));
            standIn = null;
        }
        browser.javascript(true);
        browser.open("/");
        browser.js("localStorage.clear()");
    }

    @Test
    void aQuestionIsReadWithItsHelpAndEveryOptionInTheLocalDutchVoiceAndPressingAgainStops() {
        voices(browser, NETWORK_NL, LOCAL_NL, LOCAL_EN);
        browser.startFlow("client");
        WebElement button = shownButton(browser);
        assertThat(button.getText()).isEqualTo("Lees voor");
        assertThat(button.getRect().getHeight()).as("the button's height in px").isGreaterThanOrEqualTo(44);
        // by keyboard: from the question, Tab reaches it first; Enter presses it
        browser.js("document.getElementById('current').focus()");
        new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        assertThat(browser.js("return document.activeElement.hasAttribute('data-read-aloud')")).isEqualTo(true);
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();

        assertThat(spoken(browser)).containsExactlyElementsOf(questionAndOptions(browser, "Eigen stem NL"));
        assertThat(spoken(browser).get(1)).as("the first question's help").startsWith("Bijvoorbeeld");
        assertThat(button.getText()).isEqualTo("Stop met voorlezen");
        browser.screenshot("read-aloud-question-reading-360x640");
        button.click();
        assertThat(button.getText()).isEqualTo("Lees voor");
        assertThat(cancels(browser)).isNotEmpty();
        assertThat(browser.js("return speechSynthesis.speaking")).as("still reading after Stop").isEqualTo(false);

        // the next question arrives as a fragment (chat.js): its own button, reading its own question
        browser.choose(browser.options().get(0));
        WebElement next = shownButton(browser);
        browser.js("window.__speech.spoken.length = 0");
        next.click();
        assertThat(spoken(browser)).containsExactlyElementsOf(questionAndOptions(browser, "Eigen stem NL"));
    }

    /** axe (WCAG 2.2 A/AA) with the button shown, on a question (while reading) and an outcome, light and dark. */
    @Test
    void noAxeViolationsWithTheButtonShown() {
        voices(browser, LOCAL_NL);
        List<String> problems = new ArrayList<>();
        try {
            for (boolean dark : new boolean[] {false, true}) {
                browser.emulate(dark, false);
                String mode = dark ? "dark" : "light";
                browser.startFlow("client");
                shownButton(browser).click();
                problems.addAll(AccessibilityAndLookTest.axe(browser, "question with read aloud, reading, " + mode));
                EveryOutcomePaths.all().get(0).post(browser, "nl");
                shownButton(browser);
                problems.addAll(AccessibilityAndLookTest.axe(browser, "outcome with read aloud, " + mode));
            }
        } finally {
            browser.emulate(false, false);
        }
        assertThat(problems).as("accessibility problems").isEmpty();
    }

    @Test
    void answeringWhileReadingStopsTheReading() {
        voices(browser, LOCAL_NL);
        browser.startFlow("client");
        shownButton(browser).click();
        browser.choose(browser.options().get(0));
        assertThat(cancels(browser)).as("cancels after answering while reading").isNotEmpty();
        assertThat(browser.js("return speechSynthesis.speaking")).isEqualTo(false);
    }

    @Test
    void anEnglishPageIsReadInTheLocalEnglishVoice() {
        voices(browser, NETWORK_NL, LOCAL_NL, LOCAL_EN);
        browser.open("/?lang=en");
        browser.driver.findElement(By.xpath("//form[input[@name='flow' and @value='client']]//button")).click();
        browser.waiting().until(d -> !d.findElements(By.cssSelector("fieldset#current, #current fieldset")).isEmpty());
        WebElement button = shownButton(browser);
        assertThat(button.getText()).isEqualTo("Read aloud");
        button.click();
        assertThat(spoken(browser)).containsExactlyElementsOf(questionAndOptions(browser, "Own voice EN"));
    }

    /**
     * On every outcome the first step is read (its heading, then its text), and with the button shown the
     * outcome is still one screen to act at 360×640: heading, first action and first number in view on
     * arrival, at most two screens as first shown (as {@link OneScreenToActTest} checks without voices).
     */
    @Test
    void anOutcomeReadsItsFirstStepAndStaysOneScreenToAct() {
        voices(browser, NETWORK_NL, LOCAL_NL);
        browser.viewport(360, 640);
        List<EveryOutcomePaths> pages = EveryOutcomePaths.distinct(EveryOutcomePaths.all(), browser.server, "nl");
        for (EveryOutcomePaths path : pages) {
            String name = path.flow() + "/" + path.outcome();
            path.post(browser, "nl");
            WebElement button = shownButton(browser);
            @SuppressWarnings("unchecked")
            Map<String, Object> found = (Map<String, Object>) browser.js(OneScreenToActTest.ARRIVE
                    + "var first = document.querySelector('.first-action');"
                    + "function words(e) { return e.textContent.replace(/\\s+/g, ' ').trim(); }"
                    + "return {arrival: (" + OneScreenToActTest.ARRIVAL + ")(),"
                    + " height: document.querySelector('section.outcome').getBoundingClientRect().height,"
                    + " step: [words(first.querySelector('h3')), words(first.querySelector(':scope > p'))]};");
            assertThat((List<?>) found.get("arrival")).as("out of view on arrival at %s", name).isEmpty();
            assertThat(((Number) found.get("height")).doubleValue()).as("%s as first shown, px", name)
                    .isLessThanOrEqualTo(1280);
            browser.click(button);
            if (path.flow().equals("client")) {
                browser.screenshot("read-aloud-outcome-" + path.flow() + "-" + path.outcome() + "-reading-360x640");
            }
            List<String> expected = new ArrayList<>();
            for (Object text : (List<?>) found.get("step")) {
                expected.add(text + " | Eigen stem NL");
            }
            assertThat(spoken(browser)).as(name).containsExactlyElementsOf(expected);
            assertThat(expected.get(0)).as(name).startsWith("Doe eerst");
        }
        System.out.println("ReadAloudTest: first step read on " + pages.size() + " distinct outcome pages");
    }

    @Test
    void withOnlyANetworkDutchVoiceThereIsNoButton() {
        voices(browser, NETWORK_NL, LOCAL_EN);
        browser.startFlow("client");
        browser.waiting().until(d -> Boolean.TRUE.equals(browser.js("return window.__speech.voicesAnnounced === true")));
        assertThat(shown(browser)).as("buttons shown with only a network voice for Dutch").isEmpty();
        // and nothing is ever spoken: not through the network voice, not through the default voice
        browser.js("document.querySelectorAll('[data-read-aloud]').forEach(function (b) { b.click(); })");
        assertThat(spoken(browser)).isEmpty();
    }

    @Test
    void withoutJavaScriptThereIsNoButton() {
        voices(browser, NETWORK_NL, LOCAL_NL);
        browser.javascript(false);
        browser.startFlow("client");
        assertThat(shown(browser)).as("buttons shown without JavaScript on a question").isEmpty();
        EveryOutcomePaths.all().get(0).post(browser, "nl");
        assertThat(shown(browser)).as("buttons shown without JavaScript on an outcome").isEmpty();
    }

    @Test
    void onAKioskThereIsNoButtonAndNoReadingAtAll() {
        try (Browser kiosk = browser.on(TestServer.start(Fixtures.realKioskCatalog(), NeutralSite.settings()))) {
            voices(kiosk, NETWORK_NL, LOCAL_NL, LOCAL_EN);
            kiosk.startFlow("client");
            kiosk.waiting().until(d -> Boolean.TRUE.equals(kiosk.js("return window.__speech.voicesAnnounced === true")));
            assertThat(kiosk.driver.findElements(By.cssSelector("[data-read-aloud]"))).as("kiosk question").isEmpty();
            EveryOutcomePaths.all().get(0).post(kiosk, "nl");
            kiosk.waiting().until(d -> Boolean.TRUE.equals(kiosk.js("return window.__speech.voicesAnnounced === true")));
            assertThat(kiosk.driver.findElements(By.cssSelector("[data-read-aloud]"))).as("kiosk outcome").isEmpty();
            assertThat(kiosk.driver.findElements(By.cssSelector("script[src*='voice']"))).as("voice.js on a kiosk").isEmpty();
            assertThat(spoken(kiosk)).isEmpty();
        }
    }

    /** Quick exit stops the reading before it leaves: the page is already hidden when it cancels. */
    @Test
    @SuppressWarnings("unchecked")
    void quickExitStopsTheReading() {
        voices(browser, LOCAL_NL);
        browser.startFlow("client");
        shownButton(browser).click();
        assertThat(spoken(browser)).isNotEmpty();
        browser.driver.findElement(By.cssSelector("[data-quick-exit]")).click();
        browser.waiting().until(d -> NeutralSite.TITLE.equals(d.getTitle()));
        browser.open("/privacy");
        Object cancels = browser.js("return JSON.parse(localStorage.getItem('speech-cancels') || '[]')");
        assertThat((List<Object>) cancels).as("cancels on the way out").contains("quick exit");
    }

    /** The read-aloud buttons on the page now that are shown, once the voices have been announced. */
    private static List<WebElement> shown(Browser on) {
        return on.driver.findElements(By.cssSelector("[data-read-aloud]")).stream().filter(WebElement::isDisplayed).toList();
    }

    /** The current question's or outcome's button, once the page has found a voice and shown it. */
    private static WebElement shownButton(Browser on) {
        on.waiting().until(d -> !shown(on).isEmpty());
        List<WebElement> buttons = shown(on);
        assertThat(buttons).as("read-aloud buttons shown").hasSize(1);
        return buttons.get(0);
    }

    /** What the stand-in was asked to say, each as "text | voice name". */
    private static List<String> spoken(Browser on) {
        List<String> said = new ArrayList<>();
        for (Object each : (List<?>) on.js("return window.__speech ? window.__speech.spoken : []")) {
            Map<?, ?> utterance = (Map<?, ?>) each;
            said.add(utterance.get("text") + " | " + utterance.get("voice"));
        }
        return said;
    }

    private static List<?> cancels(Browser on) {
        return (List<?>) on.js("return window.__speech.cancels");
    }

    /** The question on screen, its help and each of its options, as the page shows them, each spoken in this voice. */
    private static List<String> questionAndOptions(Browser on, String voice) {
        List<String> expected = new ArrayList<>();
        expected.add(on.current().findElement(By.cssSelector(".question-text")).getText().replaceAll("\\s+", " ").trim()
                + " | " + voice);
        for (WebElement help : on.current().findElements(By.cssSelector(".bubble-question .help"))) {
            expected.add(help.getText().replaceAll("\\s+", " ").trim() + " | " + voice);
        }
        for (WebElement option : on.options()) {
            expected.add(option.getText().replaceAll("\\s+", " ").trim() + " | " + voice);
        }
        assertThat(expected).as("question and options").hasSizeGreaterThan(2);
        return expected;
    }
}

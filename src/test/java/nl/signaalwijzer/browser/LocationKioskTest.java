package nl.signaalwijzer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.TestServer;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.organisation.Organisations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 21: the touch screen in the hall of location Zuid ({@code /o/zorggroep-rivierenland/zuid-hal}, a location of
 * its own inheriting Zuid's contacts) walked to an outcome in Chromium, JavaScript on and off: Zuid's on-call number
 * on the first screen, as text (a kiosk cannot call); clearing the screen comes back to the hall's own start page.
 * A carer's phone on {@code /o/zorggroep-rivierenland/zuid} gets the same number to call, and never the idle wipe.
 */
class LocationKioskTest extends OnSharedBrowser {
    private static final String HAL = "/o/zorggroep-rivierenland/zuid-hal/";
    private static final String ZUID = "/o/zorggroep-rivierenland/zuid/";
    private static final String ZUID_ON_CALL = "0344 100 008";
    private static Browser kiosk;

    @BeforeAll
    static void serveTheExampleOrganisations() throws Exception {
        Path dir = Fixtures.exampleOrganisationsFilledIn(Files.createTempDirectory("organisations-"));
        FlowCatalog flows = Fixtures.realCatalog();
        Organisations organisations = Fixtures.organisations(dir, flows);
        kiosk = browser.on(TestServer.start(() -> flows, () -> organisations, NeutralSite.settings()));
    }

    @AfterAll
    static void stop() {
        kiosk.javascript(true);
        kiosk.viewport(360, 640);
        kiosk.close();
    }

    /**
     * From a scope's start page through the medewerker flow, as a carer at night who is not sure there is danger
     * now: the first step is to go and see and make it stop, with the leidinggevende and the on-call service.
     */
    private static void walkToDanger(String scope) {
        kiosk.open(scope);
        kiosk.driver.findElement(By.xpath("//form[input[@name='flow' and @value='medewerker']]//button")).click();
        kiosk.waiting().until(d -> !d.findElements(By.id("current")).isEmpty());
        for (String answer : List.of("acute-danger:unsure", "perpetrator:staff", "conflict-of-interest:no",
                "behaviour:neglect")) {
            kiosk.choose(kiosk.current().findElement(By.cssSelector("button.option[value='" + answer + "']")));
        }
        assertThat(kiosk.atOutcome()).as(scope + ": at the outcome").isTrue();
    }

    /**
     * Where the on-call number is (its call button, or on a kiosk its text), in CSS pixels from the top of the
     * viewport, and whether it can be called.
     */
    private static Map<?, ?> onCallNumber() {
        return (Map<?, ?>) kiosk.js("var wanted = arguments[0]; var found = null;"
                + "document.querySelectorAll('#current .contact').forEach(function (c) {"
                + "  if (!found && c.textContent.indexOf(wanted) >= 0) {"
                + "    var r = c.querySelector('a.tel, .phone').getBoundingClientRect();"
                + "    found = {bottom: r.bottom, height: window.innerHeight, link: !!c.querySelector('a[href^=\"tel:\"]')};"
                + "  }"
                + "});"
                + "return found;", ZUID_ON_CALL);
    }

    /** Zuid's on-call number on the outcome, wholly on the first screen, as a call button or as text. */
    private static void assertOnCallNumberOnTheFirstScreen(String where, boolean callable) {
        Map<?, ?> number = onCallNumber();
        assertThat(number).as(where + ": Zuid's on-call number on the outcome").isNotNull();
        assertThat(((Number) number.get("bottom")).doubleValue()).as(where + ": on the first screen")
                .isLessThanOrEqualTo(((Number) number.get("height")).doubleValue());
        assertThat(number.get("link")).as(where + ": a tel: link").isEqualTo(callable);
    }

    @Test
    void theHallOfZuidWalksToAnOutcomeWithZuidsOnCallNumberOnTheFirstScreenWithJavaScriptOnAndOff() {
        kiosk.viewport(1080, 1920);
        for (boolean javascript : new boolean[] {true, false}) {
            kiosk.javascript(javascript);
            walkToDanger(HAL);
            String where = "the hall's kiosk, JavaScript " + (javascript ? "on" : "off");
            kiosk.screenshot("location-kiosk-zuid-hal-outcome-js-" + (javascript ? "on" : "off") + "-1080x1920");
            assertThat(kiosk.driver.getCurrentUrl()).as(where).contains(HAL + "gesprek");
            assertOnCallNumberOnTheFirstScreen(where, false); // a kiosk cannot call: the number is text
            assertThat(kiosk.driver.findElement(By.tagName("body")).getAttribute("class")).contains("kiosk");
            assertThat(kiosk.driver.findElements(By.cssSelector(".kiosk-qr svg"))).as(where + ": the QR code").hasSize(1);
            assertThat(kiosk.driver.getPageSource()).as(where).doesNotContain("0344 000 008", "0344 200 008");
        }
        kiosk.javascript(true);
        // "Wis alles" clears the screen back to this hall's start page, with its numbers, not the server's root
        walkToDanger(HAL);
        WebElement clear = kiosk.driver.findElement(By.cssSelector("[data-kiosk-clear]"));
        clear.click();
        kiosk.waiting().until(d -> d.findElements(By.id("current")).isEmpty());
        assertThat(kiosk.driver.getCurrentUrl()).endsWith(HAL);
    }

    @Test
    void aCarersPhoneInZuidCanCallZuidsOnCallNumberAndIsNeverAKiosk() {
        kiosk.viewport(360, 640);
        for (boolean javascript : new boolean[] {true, false}) {
            kiosk.javascript(javascript);
            walkToDanger(ZUID);
            String where = "a phone in Zuid, JavaScript " + (javascript ? "on" : "off");
            kiosk.screenshot("location-phone-zuid-outcome-js-" + (javascript ? "on" : "off") + "-360x640");
            assertOnCallNumberOnTheFirstScreen(where, true); // a call button
            assertThat(kiosk.driver.findElement(By.tagName("body")).getAttribute("class")).as(where).doesNotContain("kiosk");
            assertThat(kiosk.driver.findElements(By.cssSelector("[data-kiosk-dialog]"))).as(where).isEmpty();
        }
        kiosk.javascript(true);
    }
}

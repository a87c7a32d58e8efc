package nl.signaalwijzer.web;

import java.net.URI;
import nl.signaalwijzer.flow.Kiosk;

/**
 * What every page shows around its content: the quick exit and, on a shared touch screen, the
 * kiosk settings. {@link Views} puts it into every template as {@code shell}, so no page can forget it.
 *
 * @param exitHref where the "Snel weg" link goes without JavaScript: the neutral site, or on a
 *                 kiosk the start page (a kiosk must never leave for another site)
 * @param exitHost the neutral site's name, to say honestly on the help page where you end up
 */
record SafetyShell(String exitHref, String exitHost, boolean kiosk, int idleSeconds, int countdownSeconds) {

    static SafetyShell of(ServerSettings settings, Kiosk kiosk) {
        String host = URI.create(settings.quickExitUrl()).getHost();
        return kiosk.enabled()
                ? new SafetyShell("/", host, true, kiosk.idleSeconds(), kiosk.countdownSeconds())
                : new SafetyShell(settings.quickExitUrl(), host, false, 0, 0);
    }
}

package nl.signaalwijzer.web.rendering;

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
public record SafetyShell(String exitHref, String exitHost, boolean kiosk, int idleSeconds, int countdownSeconds) {

    public static SafetyShell of(String quickExitUrl, Kiosk kiosk) {
        String host = URI.create(quickExitUrl).getHost();
        return kiosk.enabled()
                ? new SafetyShell("/", host, true, kiosk.idleSeconds(), kiosk.countdownSeconds())
                : new SafetyShell(quickExitUrl, host, false, 0, 0);
    }
}

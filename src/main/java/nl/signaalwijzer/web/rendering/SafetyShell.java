package nl.signaalwijzer.web.rendering;

import java.net.URI;
import nl.signaalwijzer.flow.Kiosk;
import nl.signaalwijzer.flow.Organisation;

/**
 * What every page shows around its content: the quick exit and, on a shared touch screen, the
 * kiosk settings. {@link Views} puts it into every template as {@code shell}, so no page can forget it.
 *
 * @param root     what every link and form of the page starts with, so it stays in the organisation or location
 *                 it was asked in: {@link #HERE} for the pages served at the top of their scope ({@code /},
 *                 {@code /gesprek}, {@code /privacy}: the same bytes for every organisation, so a page can be
 *                 prepared once for all), else the scope's own path ({@code ""} or {@code /o/zorggroep/zuid})
 * @param exitHref where the "Snel weg" link goes without JavaScript: the neutral site, or on a
 *                 kiosk the start page (a kiosk must never leave for another site)
 * @param exitHost the neutral site's name, to say honestly on the help page where you end up
 */
public record SafetyShell(String root, String exitHref, String exitHost, boolean kiosk, int idleSeconds,
                          int countdownSeconds) {

    /** Links relative to the page's own place: {@code ./gesprek} from {@code /o/zorggroep/zuid/} stays in Zuid. */
    public static final String HERE = ".";

    public static SafetyShell of(String quickExitUrl, Kiosk kiosk) {
        String host = URI.create(quickExitUrl).getHost();
        return kiosk.enabled()
                ? new SafetyShell(HERE, HERE + "/", host, true, kiosk.idleSeconds(), kiosk.countdownSeconds())
                : new SafetyShell(HERE, quickExitUrl, host, false, 0, 0);
    }

    /** The shell of an organisation or location: its own quick exit if it has one, else the server's. */
    public static SafetyShell of(String serverQuickExitUrl, Organisation organisation) {
        String own = organisation.quickExitUrl();
        return of(own != null ? own : serverQuickExitUrl, organisation.kiosk());
    }

    /** This shell for a page at any depth (an error page, a diagram): links from {@code root}, the scope's path. */
    public SafetyShell at(String root) {
        return new SafetyShell(root, kiosk ? root + "/" : exitHref, exitHost, kiosk, idleSeconds, countdownSeconds);
    }
}

package nl.signaalwijzer.web.routes;

import nl.signaalwijzer.flow.FlowCatalog;
import org.jspecify.annotations.Nullable;

/**
 * The organisation or location one request is for, as the pages need it.
 *
 * @param path           what its addresses start with: {@code ""} for the default organisation,
 *                       {@code /o/zorggroep} or {@code /o/zorggroep/zuid}
 * @param organisationId the organisation's id; null for the default organisation (the flows' {@code organisation.yaml})
 * @param catalog        the flows with this organisation's (location's) contacts, name and settings
 * @param flows          the flows as loaded, which every organisation shares (their pages are prepared once for all)
 */
public record RequestScope(String path, @Nullable String organisationId, FlowCatalog catalog, FlowCatalog flows) {

    /** The default organisation: the one the flows folder (or {@code ORGANISATION_FILE}) gives, without a prefix. */
    public boolean isDefault() {
        return organisationId == null;
    }

    /** A kiosk: its pages carry its own QR codes and settings, so they are rendered, never prepared. */
    public boolean isKiosk() {
        return catalog.organisation().kiosk().enabled();
    }
}

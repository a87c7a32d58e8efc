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
 */
public record RequestScope(String path, @Nullable String organisationId, FlowCatalog catalog) {

    /** The default organisation: the one the flows folder (or {@code ORGANISATION_FILE}) gives, without a prefix. */
    public boolean isDefault() {
        return organisationId == null;
    }
}

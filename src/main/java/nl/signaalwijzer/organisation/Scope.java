package nl.signaalwijzer.organisation;

import nl.signaalwijzer.flow.Organisation;
import nl.signaalwijzer.flow.Text;
import org.jspecify.annotations.Nullable;

/**
 * One scope resolved: an organisation ({@code locationId} null) or one of its locations, as today's
 * {@link Organisation} (name, kiosk, contacts: a location's own merged over what it inherits, then the national
 * numbers), with what today's model does not carry yet.
 *
 * @param quickExitUrl where "Snel weg" goes in this scope; null: the server's setting ({@code QUICK_EXIT_URL})
 * @param hours        when this organisation or location can be reached, per language; null: not given
 */
public record Scope(String organisationId, @Nullable String locationId, Organisation organisation,
                    @Nullable String quickExitUrl, @Nullable Text hours) {

    /** {@code zorggroep} or {@code zorggroep/zuid}: the path after {@code /o/}. */
    public String path() {
        return locationId == null ? organisationId : organisationId + "/" + locationId;
    }
}

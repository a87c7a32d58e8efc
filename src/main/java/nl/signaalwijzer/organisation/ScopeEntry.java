package nl.signaalwijzer.organisation;

import java.util.List;
import nl.signaalwijzer.flow.Location;
import nl.signaalwijzer.flow.Text;
import org.jspecify.annotations.Nullable;

/**
 * An organisation or a location as its file writes it: every field null that it leaves to its parent.
 * {@code parent} (a location only) names the location it inherits from; null: the organisation.
 * {@code kiosk}: this location is a kiosk (never true for an organisation, nor for a parent).
 * {@code hosts}: the host names that serve exactly this entry (never inherited: a host names one scope).
 */
record ScopeEntry(String id, @Nullable String parent, @Nullable Text name, @Nullable Text hours,
                  @Nullable String quickExitUrl, boolean kiosk, @Nullable Integer idleSeconds,
                  @Nullable Integer countdownSeconds, List<ContactEntry> contacts, List<HostName> hosts,
                  Location location) {
}

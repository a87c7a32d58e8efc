package nl.signaalwijzer.organisation;

import nl.signaalwijzer.flow.Contact;
import nl.signaalwijzer.flow.Location;
import nl.signaalwijzer.flow.Text;
import org.jspecify.annotations.Nullable;

/**
 * A contact as one file writes it: in an organisation the whole contact, in a location only the fields that
 * differ (null: inherited), or {@code remove: true}. {@code example} is null when not written, so that a
 * location that gives only a phone keeps whatever its parent says.
 */
record ContactEntry(String id, @Nullable Text name, @Nullable String phone, @Nullable Text hours, @Nullable String url,
                    @Nullable Boolean example, boolean remove, Location location) {

    /** This entry's fields over {@code inherited}'s; where it was written is this entry's, the place to fix it. */
    Contact over(Contact inherited) {
        return new Contact(id, name != null ? name : inherited.name(), phone != null ? phone : inherited.phone(),
                hours != null ? hours : inherited.hours(), url != null ? url : inherited.url(),
                example != null ? example : inherited.example(), location);
    }

    /** A contact this entry adds; null when it has no name (reported as a problem where it is read). */
    @Nullable Contact added() {
        return name == null ? null : new Contact(id, name, phone, hours, url, Boolean.TRUE.equals(example), location);
    }
}

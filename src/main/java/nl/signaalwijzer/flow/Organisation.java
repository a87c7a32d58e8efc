package nl.signaalwijzer.flow;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * This organisation's (or one of its locations') name, contacts by id (in file order) and settings.
 *
 * @param quickExitUrl where "Snel weg" goes for it; null: the server's setting ({@code QUICK_EXIT_URL})
 */
public record Organisation(Text name, Kiosk kiosk, Map<String, Contact> contacts, @Nullable String quickExitUrl) {

    /** An organisation whose quick exit is the server's setting (as {@code organisation.yaml} has it). */
    public Organisation(Text name, Kiosk kiosk, Map<String, Contact> contacts) {
        this(name, kiosk, contacts, null);
    }
}

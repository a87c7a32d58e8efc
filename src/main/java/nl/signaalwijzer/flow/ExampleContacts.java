package nl.signaalwijzer.flow;

import java.util.List;

/**
 * The organisation's contacts still marked {@code example: true}: roles it has not filled in yet. Pages
 * say so once per outcome; here they are named for the people who can fill them in (start-up log, lint).
 */
public final class ExampleContacts {

    private ExampleContacts() {
    }

    /** The example contacts, in file order. */
    public static List<Contact> in(Organisation organisation) {
        return organisation.contacts().values().stream().filter(Contact::example).toList();
    }

    /** Their ids, for one log line: {@code aandachtsfunctionaris, meldteam}. */
    public static String ids(Organisation organisation) {
        return String.join(", ", in(organisation).stream().map(Contact::id).toList());
    }

    /** One line per example contact, as {@code lint} prints it: {@code file:line:column: note: ...}. */
    public static List<String> notes(Organisation organisation) {
        return in(organisation).stream()
                .map(c -> c.location() + ": note: contact '" + c.id() + "' is still an example; fill in its name,"
                        + " phone number and hours, then set example: false (until then outcomes say the"
                        + " contacts are not filled in yet)")
                .toList();
    }
}

package nl.signaalwijzer.web.rendering;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The days a user typed in on a checklist outcome ("on which day was it established?"), to show the actual
 * deadlines. Not an answer: never part of the conversation, the URL, the API or a log, and kept only for the
 * one response. {@code typed}: what was typed per day id, to show it again; {@code days}: those that could be
 * read; {@code unreadable}: ids of days that were typed but could not be read; {@code sent}: the form with the
 * days was sent (also with every field empty, as a browser sends a day typed only in part).
 */
public record TypedDays(Map<String, String> typed, Map<String, LocalDate> days, Set<String> unreadable, boolean sent) {
    public static final TypedDays NONE = new TypedDays(Map.of(), Map.of(), Set.of(), false);

    public TypedDays {
        typed = Map.copyOf(typed);
        days = Map.copyOf(days);
        unreadable = Set.copyOf(unreadable);
    }

    /** The form was sent without any day in it: the page asks for a whole day instead of showing nothing new. */
    boolean nothingTyped() {
        return sent && typed.isEmpty();
    }
}

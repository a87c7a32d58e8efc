package nl.signaalwijzer.flow;

import java.util.List;

/** A building block of advice, defined once in actions.yaml and used by id in outcomes. */
public record Action(
        String id,
        Text title,
        Text text,
        List<Text> steps,
        boolean urgent,
        List<String> contacts,
        Location location) {
}

package nl.signaalwijzer.flow;

import java.util.List;

/** An action as one page gives it: its wording resolved (outcome > flow > actions.yaml) and its steps for this path. */
public record ResolvedAction(String id, Text title, Text text, List<Text> steps, boolean urgent, List<Contact> contacts) {
}

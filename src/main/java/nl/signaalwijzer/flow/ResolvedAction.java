package nl.signaalwijzer.flow;

import java.util.List;

/** An action as one outcome gives it: the shared definition with this outcome's replacements applied. */
public record ResolvedAction(String id, Text title, Text text, List<Text> steps, boolean urgent, List<Contact> contacts) {

    static ResolvedAction of(ActionUse use, Action action, Organisation organisation) {
        List<String> contactIds = use.contacts() != null ? use.contacts() : action.contacts();
        return new ResolvedAction(action.id(), action.title(),
                use.text() != null ? use.text() : action.text(),
                use.steps() != null ? use.steps() : action.steps(),
                action.urgent(),
                contactIds.stream().map(organisation.contacts()::get).toList());
    }
}

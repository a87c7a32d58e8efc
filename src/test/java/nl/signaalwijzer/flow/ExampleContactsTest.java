package nl.signaalwijzer.flow;

import static org.assertj.core.api.Assertions.assertThat;

import nl.signaalwijzer.Fixtures;
import org.junit.jupiter.api.Test;

/** The bundled organisation.yaml is an example: its local roles are named as unfilled, the national ones not. */
class ExampleContactsTest {
    private final Organisation organisation = Fixtures.realCatalog().organisation();

    @Test
    void theUnfilledLocalRolesAreListedForTheStartUpWarning() {
        assertThat(ExampleContacts.ids(organisation).split(", "))
                .contains("aandachtsfunctionaris", "leidinggevende", "clientvertrouwenspersoon")
                .doesNotContain("alarm-112", "veilig-thuis", "politie");
    }

    @Test
    void lintNamesEachWhereItIsWritten() {
        assertThat(ExampleContacts.notes(organisation)).hasSize(ExampleContacts.in(organisation).size())
                .allMatch(line -> line.matches("organisation\\.yaml:\\d+:\\d+: note: contact '[a-z0-9-]+' is still an example;.*"));
    }
}

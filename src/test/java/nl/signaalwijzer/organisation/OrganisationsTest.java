package nl.signaalwijzer.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.flow.Contact;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.FlowFiles;
import nl.signaalwijzer.flow.Lang;
import nl.signaalwijzer.flow.Organisation;
import nl.signaalwijzer.flow.Problem;
import org.junit.jupiter.api.Test;

/** The organisations folder read by the real reader from real files: inheritance, kiosks, national numbers, lint. */
class OrganisationsTest {
    private static final FlowCatalog FLOWS = Fixtures.realCatalog();
    private static final Path EXAMPLE = Path.of("flows/organisations");

    private static OrganisationsReport read(Path dir) throws IOException {
        return OrganisationsLoader.read(FlowFiles.fromDirectory(dir), FLOWS.contactsNamed());
    }

    private static Scope scope(Path dir, String organisation, String location) throws IOException {
        return read(dir).organisations().scope(organisation, location).orElseThrow();
    }

    private static Contact contact(Scope scope, String id) {
        Contact contact = scope.organisation().contacts().get(id);
        assertThat(contact).as(scope.path() + " has " + id).isNotNull();
        return contact;
    }

    @Test
    void theExampleFolderHasNoProblemAndNoWarning() throws IOException {
        OrganisationsReport report = read(EXAMPLE);
        assertThat(report.problems()).isEmpty();
        assertThat(report.warnings()).isEmpty();
        assertThat(report.organisations().ids()).containsExactly("voorbeeldzorg", "zorggroep-rivierenland");
        assertThat(report.organisations().locationIds("zorggroep-rivierenland")).containsExactly("zuid", "noord", "zuid-hal");
    }

    @Test
    void aLocationGivesOnlyAPhoneAndInheritsTheRestOfTheContact() throws IOException {
        Scope organisation = scope(EXAMPLE, "zorggroep-rivierenland", null);
        Scope zuid = scope(EXAMPLE, "zorggroep-rivierenland", "zuid");
        Contact own = contact(zuid, "bereikbaarheidsdienst");
        Contact inherited = contact(organisation, "bereikbaarheidsdienst");
        assertThat(own.phone()).isEqualTo("0344 100 008");
        assertThat(inherited.phone()).isEqualTo("0344 000 008");
        assertThat(own.name()).isEqualTo(inherited.name());
        assertThat(own.hours()).isEqualTo(inherited.hours());
        assertThat(own.location().line()).as("where to fix it: the location's entry").isEqualTo(74);
        // what Zuid does not mention is its organisation's, in the same order
        assertThat(contact(zuid, "bestuurder")).isEqualTo(contact(organisation, "bestuurder"));
        assertThat(zuid.organisation().contacts().keySet()).containsExactlyElementsOf(organisation.organisation().contacts().keySet());
        assertThat(zuid.quickExitUrl()).isEqualTo("https://www.buienradar.nl/");
        assertThat(zuid.hours()).isEqualTo(organisation.hours());
    }

    /** 200 organisations write the same role names: one object each, however many files say it (memory, issue 21). */
    @Test
    void aRoleNameTwoOrganisationsWriteAlikeIsOneObject() throws IOException {
        Contact voorbeeld = contact(scope(EXAMPLE, "voorbeeldzorg", null), "aandachtsfunctionaris");
        Contact rivierenland = contact(scope(EXAMPLE, "zorggroep-rivierenland", "noord"), "aandachtsfunctionaris");
        assertThat(rivierenland.name()).isEqualTo(voorbeeld.name()).isSameAs(voorbeeld.name());
        assertThat(rivierenland.phone()).isNotEqualTo(voorbeeld.phone());
    }

    @Test
    void namesAndHoursAreGivenPerLanguageAndOverriddenWhole() throws IOException {
        Scope noord = scope(EXAMPLE, "zorggroep-rivierenland", "noord");
        assertThat(noord.organisation().name().in(Lang.NL)).isEqualTo("Zorggroep Rivierenland, locatie Noord (voorbeeld)");
        assertThat(noord.organisation().name().in(Lang.EN)).isEqualTo("Zorggroep Rivierenland, Noord location (example)");
        assertThat(noord.hours()).isNotNull();
        assertThat(noord.hours().in(Lang.EN)).isEqualTo("Reception: every day 7:00 to 22:00");
        assertThat(noord.hours().words().get("nl-x-easy")).isEqualTo("Receptie: elke dag van 7 tot 10 uur 's avonds");
        Scope zuid = scope(EXAMPLE, "zorggroep-rivierenland", "zuid");
        assertThat(zuid.hours().in(Lang.EN)).isEqualTo("Reception: working days 8:00 to 17:00");
    }

    @Test
    void aKioskIsALocationOfItsOwnInheritingFromTheLocationItStandsIn() throws IOException {
        Scope hall = scope(EXAMPLE, "zorggroep-rivierenland", "zuid-hal");
        assertThat(hall.organisation().kiosk().enabled()).isTrue();
        assertThat(hall.organisation().kiosk().idleSeconds()).isEqualTo(120);
        assertThat(contact(hall, "bereikbaarheidsdienst").phone()).as("Zuid's on-call number").isEqualTo("0344 100 008");
        assertThat(hall.path()).isEqualTo("zorggroep-rivierenland/zuid-hal");
        // the phones' scopes never get the idle wipe
        for (String location : new String[] {null, "zuid", "noord"}) {
            assertThat(scope(EXAMPLE, "zorggroep-rivierenland", location).organisation().kiosk().enabled()).isFalse();
        }
    }

    @Test
    void removingAnInheritedContactIsSaidExplicitlyAndRemovesItForThatLocationOnly() throws IOException {
        Path dir = Fixtures.FIXTURES.resolve("organisations-removal");
        OrganisationsReport report = read(dir);
        assertThat(report.problems()).isEmpty();
        assertThat(report.warnings()).extracting(Problem::toString).containsExactly("voorbeeldzorg.yaml:86:5: warning: contact"
                + " 'regio-hulplijn' is not a role the flows name (actions.yaml, the flows), so no page shows it; the roles: "
                + String.join(", ", FLOWS.contactsNamed()));
        assertThat(scope(dir, "voorbeeldzorg", null).organisation().contacts()).containsKey("regio-hulplijn");
        assertThat(scope(dir, "voorbeeldzorg", "buiten-de-regio").organisation().contacts()).doesNotContainKey("regio-hulplijn")
                .containsKey("bereikbaarheidsdienst");
    }

    @Test
    void anOrganisationWithoutLocationsIsTodaysOrganisationYaml() throws IOException {
        Organisation today = FLOWS.organisation();
        Organisation resolved = scope(EXAMPLE, "voorbeeldzorg", null).organisation();
        assertThat(resolved.name()).isEqualTo(today.name());
        assertThat(resolved.kiosk()).isEqualTo(today.kiosk());
        assertThat(fields(resolved.contacts())).isEqualTo(fields(today.contacts()));
    }

    @Test
    void theNationalNumbersAreTodaysAndNoOrganisationCanChangeThem() throws IOException {
        OrganisationsReport report = read(EXAMPLE);
        assertThat(fields(report.organisations().national()))
                .isEqualTo(fields(FLOWS.organisation().contacts()).stream().filter(c -> !(Boolean) c.get(5)).toList());
        // the broken fixture writes 112 as 113 in a location and its own Veilig Thuis: neither is served
        Scope zuid = scope(Fixtures.FIXTURES.resolve("organisations-broken"), "zorg", "zuid");
        assertThat(contact(zuid, "alarm-112").phone()).isEqualTo("112");
        assertThat(contact(zuid, "veilig-thuis").phone()).isEqualTo("0800-2000");
        assertThat(contact(zuid, "veilig-thuis")).isEqualTo(report.organisations().national().get("veilig-thuis"));
    }

    @Test
    void lintReportsEveryProblemAtOnceWithFileLineAndColumn() throws IOException {
        OrganisationsReport report = read(Fixtures.FIXTURES.resolve("organisations-broken"));
        String reserved = "(api, flows, gesprek, health, metrics, o, privacy, snel-weg, static); choose another";
        assertThat(report.problems()).extracting(Problem::toString).contains(
                "static.yaml:1:1: organisation (the file name) id 'static' is a word the server uses in its addresses " + reserved,
                "static.yaml:1:1: organisation 'static' has no contact 'leidinggevende', which the flows name; add it"
                        + " (with example: true until it is filled in)",
                "zorg.yaml:11:18: a kiosk is a location of its own, never switched on for an organisation that phones"
                        + " use: add a location with 'kiosk: true' (and 'parent:' the location it stands in)",
                "zorg.yaml:60:5: contact 'veilig-thuis' is a national number (_national.yaml:21:5); an organisation or"
                        + " location cannot change or remove it. Add a regional number under an id of its own",
                "zorg.yaml:66:5: duplicate contact id 'meldteam' (first at line 23)",
                "zorg.yaml:79:9: location 'zuid' removes contact 'leidinggevende', which the flows name, so every"
                        + " organisation and location needs it; give this location's own details instead",
                "zorg.yaml:81:9: contact 'nachtdienst' of location 'zuid' is new here (not inherited) and needs a 'name'",
                "zorg.yaml:83:9: contact 'alarm-112' is a national number (_national.yaml:8:5); an organisation or"
                        + " location cannot change or remove it. Add a regional number under an id of its own",
                "zorg.yaml:85:9: contact 'regio-hulplijn' says remove: true and gives fields too; removing stands alone"
                        + " (give fields to change a contact, remove: true to drop it)",
                "zorg.yaml:91:5: location 'zuid-hal-2' names parent 'zuid-hal', which is a kiosk; a kiosk is never a"
                        + " parent, so a location that phones use can never become one",
                "zorg.yaml:94:5: location 'api' names parent 'nergens', which is not a location of organisation 'zorg'"
                        + " (its locations: zuid, zuid-hal, zuid-hal-2, api, Noord, west, oost)",
                "zorg.yaml:94:9: location id 'api' is a word the server uses in its addresses " + reserved,
                "zorg.yaml:96:9: location id 'Noord' must be lowercase letters and digits, words joined by single"
                        + " hyphens (it is part of the address: /o/organisation/location)",
                "zorg.yaml:98:5: duplicate location id 'zuid' (first at line 74)",
                "zorg.yaml:103:9: location 'oost' removes contact 'onbekend', which it does not inherit");
        assertThat(report.problems()).hasSize(26); // and 11 more: each role static.yaml lacks
        assertThat(report.warnings()).extracting(Problem::toString).contains(
                "zorg.yaml:77:9: warning: contact 'bereikbaarheidsdienst' of location 'zuid' gets its own phone but is"
                        + " still an example (inherited); say example: false once the number is real, or example: true"
                        + " if it is a placeholder too",
                "zorg.yaml:100:5: warning: location 'west' changes nothing it inherits from its organisation; it would"
                        + " serve the same pages at an address of its own (give it its own name or contacts)")
                .anyMatch(w -> w.startsWith("zorg.yaml:63:5: warning: contact 'regio-hulplijn' is not a role the flows name"))
                .anyMatch(w -> w.startsWith("zorg.yaml:81:9: warning: contact 'nachtdienst' is not a role the flows name"))
                .hasSize(5);
        // an unfilled example is a note, once where it is written, never a problem
        assertThat(report.notes()).contains("zorg.yaml:77:9: note: contact 'bereikbaarheidsdienst' is still an example;"
                + " fill in its name, phone number and hours, then set example: false (until then outcomes say the"
                + " contacts are not filled in yet)").doesNotHaveDuplicates();
    }

    @Test
    void theReservedWordsAreTheFirstSegmentsOfEveryRoute() {
        List<String> routes = List.of(nl.signaalwijzer.web.operations.Health.LIVE, nl.signaalwijzer.web.operations.Health.READY,
                nl.signaalwijzer.web.operations.Metrics.PATH, nl.signaalwijzer.web.routes.PageRoutes.CONVERSATION,
                nl.signaalwijzer.web.routes.SafetyRoutes.PRIVACY, nl.signaalwijzer.web.routes.SafetyRoutes.QUICK_EXIT_HELP,
                nl.signaalwijzer.web.rendering.StaticAssets.URL_PREFIX, "/api/v1/flows", "/flows", "/o/");
        assertThat(routes).allSatisfy(route -> assertThat(ReservedWords.reserved(route.split("/")[1])).as(route).isTrue());
        assertThat(ReservedWords.PATH_SEGMENTS).hasSize(Set.copyOf(routes.stream().map(r -> r.split("/")[1]).toList()).size());
    }

    private static List<List<Object>> fields(Map<String, Contact> contacts) {
        return contacts.values().stream().map(c -> java.util.Arrays.<Object>asList(c.id(), c.name(), c.phone(), c.hours(),
                c.url(), c.example())).toList();
    }
}

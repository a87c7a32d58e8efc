package nl.signaalwijzer.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.flow.FlowFiles;
import nl.signaalwijzer.flow.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hosts:} in the organisations folder: a request's Host header chooses a scope; lint refuses doubles and typos. */
class HostNamesTest {
    private static final String ZUID_HOST = "meldpunt-zuid.zorggroep-rivierenland.example";
    private static final String VOORBEELD_NAME = "name: {nl: \"Voorbeeldzorg (voorbeeldorganisatie";

    @TempDir
    Path dir;

    private OrganisationsReport read(Map<String, String> files) throws IOException {
        ExampleFolder.write(dir, files);
        return OrganisationsLoader.read(FlowFiles.fromDirectory(dir), Fixtures.realCatalog().contactsNamed());
    }

    @Test
    void theHostHeaderChoosesTheLocationWhateverItsPortAndCase() throws IOException {
        Organisations organisations = read(ExampleFolder.files()).organisations();
        for (String header : new String[] {ZUID_HOST, "Meldpunt-Zuid.Zorggroep-Rivierenland.EXAMPLE", ZUID_HOST + ":8443",
                ZUID_HOST + ".", " " + ZUID_HOST + ":80 "}) {
            assertThat(organisations.scopeForHost(header)).as(header).map(Scope::path).contains("zorggroep-rivierenland/zuid");
        }
        assertThat(organisations.scopeForHost(ZUID_HOST).orElseThrow().organisation().contacts().get("bereikbaarheidsdienst").phone())
                .as("Zuid's own on-call number").isEqualTo("0344 100 008");
        for (String header : new String[] {"zorggroep-rivierenland.example", "localhost:7070", "[::1]:7070", "",
                "x." + ZUID_HOST}) {
            assertThat(organisations.scopeForHost(header)).as(header).isEmpty();
        }
    }

    @Test
    void aHostOnAnOrganisationChoosesTheOrganisationNotItsLocations() throws IOException {
        Map<String, String> files = ExampleFolder.files();
        files.computeIfPresent("voorbeeldzorg.yaml", (name, text) -> ExampleFolder.replace(text, VOORBEELD_NAME,
                "hosts: [signaalwijzer.voorbeeldzorg.example, voorbeeldzorg.example]\n" + VOORBEELD_NAME));
        OrganisationsReport report = read(files);
        assertThat(report.problems()).isEmpty();
        Scope scope = report.organisations().scopeForHost("voorbeeldzorg.example").orElseThrow();
        assertThat(scope.path()).isEqualTo("voorbeeldzorg");
        assertThat(scope.locationId()).isNull();
        assertThat(report.organisations().scopeForHost("signaalwijzer.voorbeeldzorg.example")).map(Scope::path).contains("voorbeeldzorg");
    }

    @Test
    void aHostNamedTwiceAnywhereInTheFolderIsAProblemAtBothPlaces() throws IOException {
        Map<String, String> files = ExampleFolder.files();
        files.computeIfPresent("voorbeeldzorg.yaml", (name, text) -> ExampleFolder.replace(text, VOORBEELD_NAME,
                "hosts: [" + ZUID_HOST + "]\n" + VOORBEELD_NAME));
        files.computeIfPresent("zorggroep-rivierenland.yaml", (name, text) -> ExampleFolder.replace(text,
                "  - id: noord\n", "  - id: noord\n    hosts: [noord.example, noord.example]\n"));
        OrganisationsReport report = read(files);
        String zuidAt = "zorggroep-rivierenland.yaml:71:13";
        String serves = "; a host name serves one organisation or location";
        assertThat(report.problems()).extracting(Problem::toString).containsExactly(
                "voorbeeldzorg.yaml:6:9: host '" + ZUID_HOST + "' is named twice, here and at " + zuidAt + serves,
                zuidAt + ": host '" + ZUID_HOST + "' is named twice, here and at voorbeeldzorg.yaml:6:9" + serves,
                "zorggroep-rivierenland.yaml:83:13: host 'noord.example' is named twice, here and at"
                        + " zorggroep-rivierenland.yaml:83:28" + serves,
                "zorggroep-rivierenland.yaml:83:28: host 'noord.example' is named twice, here and at"
                        + " zorggroep-rivierenland.yaml:83:13" + serves);
    }

    @Test
    void aMalformedHostNameIsAProblemThatSaysWhatToWrite() throws IOException {
        Map<String, String> files = ExampleFolder.files();
        files.computeIfPresent("voorbeeldzorg.yaml", (name, text) -> ExampleFolder.replace(text, VOORBEELD_NAME,
                "hosts: [Meldpunt.Voorbeeldzorg.example, \"meldpunt.example:8443\", \"https://meldpunt.example/\","
                        + " meldpunt..example, -meldpunt.example, {name: x}]\n" + VOORBEELD_NAME));
        OrganisationsReport report = read(files);
        assertThat(report.problems()).extracting(Problem::toString).containsExactly(
                "voorbeeldzorg.yaml:6:9: host 'Meldpunt.Voorbeeldzorg.example' is not a host name: write it in lowercase,"
                        + " e.g. meldpunt.zorggroep.nl",
                "voorbeeldzorg.yaml:6:41: host 'meldpunt.example:8443' is not a host name: the host name alone, without"
                        + " a port, e.g. meldpunt.zorggroep.nl",
                "voorbeeldzorg.yaml:6:66: host 'https://meldpunt.example/' is not a host name: the host name alone,"
                        + " without https:// or a path, e.g. meldpunt.zorggroep.nl",
                "voorbeeldzorg.yaml:6:95: host 'meldpunt..example' is not a host name: letters a-z, digits and hyphens,"
                        + " parts joined by dots (an international name in its xn-- form), e.g. meldpunt.zorggroep.nl",
                "voorbeeldzorg.yaml:6:114: host '-meldpunt.example' is not a host name: letters a-z, digits and hyphens,"
                        + " parts joined by dots (an international name in its xn-- form), e.g. meldpunt.zorggroep.nl",
                "voorbeeldzorg.yaml:6:133: each entry of 'hosts' must be one host name, e.g. meldpunt.zorggroep.nl");
        assertThat(report.organisations().scopeForHost("meldpunt.voorbeeldzorg.example")).as("a refused name serves nothing").isEmpty();
    }
}

package nl.signaalwijzer.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.flow.FlowFiles;
import nl.signaalwijzer.flow.Problem;
import org.junit.jupiter.api.Test;

/**
 * The file-by-file choice a reload makes, for problems that span files: the file that changed keeps its last good
 * version, the unchanged one keeps serving, and a new file that clashes stays out.
 */
class OrganisationsReloadTest {
    private static final Set<String> ROLES = Fixtures.realCatalog().contactsNamed();
    private static final String ZUID_HOST = "meldpunt-zuid.zorggroep-rivierenland.example";
    private static final String VOORBEELD_NAME = "name: {nl: \"Voorbeeldzorg (voorbeeldorganisatie";

    private static FlowFiles files(Map<String, String> texts) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        texts.forEach((name, text) -> files.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return new FlowFiles("organisations", files);
    }

    @Test
    void aChangedFileThatTakesAnotherFilesHostKeepsItsLastGoodVersionAndTheOtherKeepsServing() {
        OrganisationsReload reload = new OrganisationsReload();
        Map<String, String> texts = ExampleFolder.files();
        assertThat(reload.apply(files(texts), ROLES).problems()).isEmpty();

        texts.computeIfPresent("voorbeeldzorg.yaml", (name, text) -> ExampleFolder.replace(text, VOORBEELD_NAME,
                "hosts: [" + ZUID_HOST + ", voorbeeldzorg.example]\n" + VOORBEELD_NAME));
        texts.put("derde-zorg.yaml", ExampleFolder.replace(texts.get("voorbeeldzorg.yaml"), "voorbeeldzorg.example",
                "derde-zorg.example"));
        OrganisationsReload.Result result = reload.apply(files(texts), ROLES);

        assertThat(result.problems()).extracting(problem -> problem.location().toString()).containsExactlyInAnyOrder(
                "derde-zorg.yaml:6:9", "derde-zorg.yaml:6:9", "voorbeeldzorg.yaml:6:9", "zorggroep-rivierenland.yaml:71:13");
        assertThat(result.problems()).extracting(Problem::message).allMatch(message -> message.contains("named twice"));
        Organisations served = result.organisations();
        assertThat(served.scopeForHost(ZUID_HOST)).map(Scope::path).contains("zorggroep-rivierenland/zuid");
        assertThat(served.scopeForHost("voorbeeldzorg.example")).as("voorbeeldzorg's last good version has no hosts").isEmpty();
        assertThat(served.ids()).as("a new file that clashes stays out").containsExactly("voorbeeldzorg", "zorggroep-rivierenland");
        assertThat(result.notTaken()).containsExactly("derde-zorg.yaml", "voorbeeldzorg.yaml");

        // the clash resolved in voorbeeldzorg: both changed files are taken
        texts.computeIfPresent("voorbeeldzorg.yaml", (name, text) -> text.replace(ZUID_HOST + ", ", ""));
        texts.computeIfPresent("derde-zorg.yaml", (name, text) -> text.replace(ZUID_HOST + ", ", ""));
        result = reload.apply(files(texts), ROLES);
        assertThat(result.problems()).isEmpty();
        assertThat(result.notTaken()).isEmpty();
        assertThat(result.organisations().scopeForHost("voorbeeldzorg.example")).map(Scope::path).contains("voorbeeldzorg");
        assertThat(result.organisations().scopeForHost("derde-zorg.example")).map(Scope::path).contains("derde-zorg");
    }

    @Test
    void aFolderWithoutTheNationalFileKeepsTheLastGoodNationalNumbers() {
        OrganisationsReload reload = new OrganisationsReload();
        Map<String, String> texts = ExampleFolder.files();
        reload.apply(files(texts), ROLES);
        texts.remove(OrganisationsLoader.NATIONAL);
        OrganisationsReload.Result result = reload.apply(files(texts), ROLES);
        assertThat(result.problems()).extracting(Problem::toString).containsExactly("_national.yaml:1:1: the national"
                + " numbers are missing from organisations (every organisation shares them)");
        assertThat(result.organisations().national()).containsKeys("alarm-112", "veilig-thuis");
        assertThat(result.organisations().scope("voorbeeldzorg", null).orElseThrow().organisation().contacts().get("alarm-112")
                .phone()).isEqualTo("112");
    }

    @Test
    void aFolderWithNoOrganisationFileLeftKeepsServingTheLastGoodOnes() {
        OrganisationsReload reload = new OrganisationsReload();
        Map<String, String> texts = ExampleFolder.files();
        reload.apply(files(texts), ROLES);
        OrganisationsReload.Result result = reload.apply(files(Map.of(OrganisationsLoader.NATIONAL,
                texts.get(OrganisationsLoader.NATIONAL))), ROLES);
        assertThat(result.problems()).extracting(Problem::toString).containsExactly("organisations:1:1: there are no"
                + " organisation files; the last good ones keep serving");
        assertThat(result.organisations().ids()).containsExactly("voorbeeldzorg", "zorggroep-rivierenland");
    }
}

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

/**
 * lint-organisations warns where a page would show Dutch words for lack of a language: a contact's name or hours
 * in a language of a flow that shows it (the client flow offers Makkelijk lezen), an organisation's or location's name.
 */
class LanguageGapsTest {
    @TempDir
    Path dir;

    private OrganisationsReport read(Map<String, String> files) throws IOException {
        ExampleFolder.write(dir, files);
        return OrganisationsLoader.read(FlowFiles.fromDirectory(dir), Fixtures.realCatalog());
    }

    @Test
    void theExampleFolderHasEveryLanguageItsPagesAreIn() throws IOException {
        assertThat(read(ExampleFolder.files()).warnings()).isEmpty();
    }

    @Test
    void aNameOrHoursWithoutALanguageOfAPageThatShowsItIsAWarningWhereItIsWritten() throws IOException {
        Map<String, String> files = ExampleFolder.files();
        files.computeIfPresent("zorggroep-rivierenland.yaml", (name, text) -> ExampleFolder.replace(ExampleFolder.replace(
                text, ", nl-x-easy: \"Iemand die naar je luistert (vertrouwenspersoon)\"", ""),
                "    name: {nl: \"Zorggroep Rivierenland, locatie Noord (voorbeeld)\", en: \"Zorggroep Rivierenland, Noord location (example)\", nl-x-easy: \"Zorggroep Rivierenland, Noord (voorbeeld)\"}",
                "    name: {nl: \"Zorggroep Rivierenland, locatie Noord (voorbeeld)\", en: \"Zorggroep Rivierenland, Noord location (example)\"}"));
        OrganisationsReport report = read(files);
        assertThat(report.problems()).isEmpty();
        assertThat(report.warnings()).extracting(Problem::toString).containsExactly(
                "zorggroep-rivierenland.yaml:31:5: warning: the name of contact 'clientvertrouwenspersoon' has no"
                        + " 'nl-x-easy' version, which the pages of flow client showing it are in; they show the Dutch words",
                "zorggroep-rivierenland.yaml:82:5: warning: the name of location 'noord' has no 'nl-x-easy' version,"
                        + " which the pages of flow client showing it are in; they show the Dutch words");
    }
}

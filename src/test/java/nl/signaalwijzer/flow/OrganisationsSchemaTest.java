package nl.signaalwijzer.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The example organisations folder fits the schemas editors use for it; the schema underlines what lint refuses. */
class OrganisationsSchemaTest {
    private static final Path EXAMPLE = Path.of("flows/organisations");

    @Test
    void theExampleFilesFitTheirSchemas() throws IOException {
        assertThat(FlowSchemas.validateAgainst("national.schema.json", Files.readString(EXAMPLE.resolve("_national.yaml")))).isEmpty();
        for (String organisation : new String[] {"voorbeeldzorg.yaml", "zorggroep-rivierenland.yaml"}) {
            assertThat(FlowSchemas.validateAgainst("organisations.schema.json", Files.readString(EXAMPLE.resolve(organisation))))
                    .as(organisation).isEmpty();
        }
    }

    @Test
    void theSchemaUnderlinesAReservedLocationIdAndAKioskSwitchedOnForAnOrganisation() {
        String yaml = """
                name: {nl: "Zorg"}
                kiosk: {enabled: true}
                contacts: []
                locations:
                  - id: api
                """;
        assertThat(FlowSchemas.validateAgainst("organisations.schema.json", yaml)).hasSizeGreaterThanOrEqualTo(2);
    }
}

package nl.signaalwijzer.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.signaalwijzer.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The JSON Schemas in flows/schema, which an editor with the YAML language server checks while a policy
 * officer types: every bundled file and every valid fixture fits them, and they catch the mistakes an
 * editor should underline (an unquoted yes, a misspelt field).
 */
class FlowSchemaTest {
    private static final Path SCHEMAS = Fixtures.REAL_FLOWS.resolve("schema");
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
            builder -> builder.schemaMappers(m -> m.mapPrefix("https://signaalwijzer.nl/schema/",
                    SCHEMAS.toAbsolutePath().toUri().toString())));
    private static final Map<String, String> SCHEMA_OF = Map.of(
            "actions.yaml", "actions.schema.json",
            "organisation.yaml", "organisation.schema.json",
            "glossary.yaml", "glossary.schema.json",
            "sources.yaml", "sources.schema.json");

    static Stream<Path> validFiles() throws IOException {
        return Stream.of(Fixtures.REAL_FLOWS, Fixtures.FIXTURES.resolve("valid"), Fixtures.FIXTURES.resolve("v2"))
                .flatMap(dir -> {
                    try {
                        return Files.list(dir).filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
    }

    private static Set<ValidationMessage> validate(String fileName, String yaml) {
        String schemaFile = SCHEMA_OF.getOrDefault(fileName, "flow.schema.json");
        JsonSchema schema = FACTORY.getSchema(SchemaLocation.of("https://signaalwijzer.nl/schema/" + schemaFile));
        // SnakeYAML reads YAML 1.1 like common editors: an unquoted yes becomes true
        JsonNode node = new ObjectMapper().valueToTree(new Yaml().load(yaml));
        return schema.validate(node);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFiles")
    void everyValidFileFitsItsSchema(Path file) throws IOException {
        assertThat(validate(file.getFileName().toString(), Files.readString(file))).isEmpty();
    }

    @Test
    void everyBundledFileNamesItsSchemaOnItsFirstLine() throws IOException {
        for (Path file : validFiles().filter(f -> f.startsWith(Fixtures.REAL_FLOWS)).toList()) {
            String schema = SCHEMA_OF.getOrDefault(file.getFileName().toString(), "flow.schema.json");
            assertThat(Files.readAllLines(file).get(0)).as(file.toString())
                    .isEqualTo("# yaml-language-server: $schema=schema/" + schema);
        }
    }

    @Test
    void theSchemaCatchesAnUnquotedYesAndAMisspeltField() throws IOException {
        String tiny = Files.readString(Fixtures.FIXTURES.resolve("valid/tiny.yaml"))
                .replaceFirst("id: \"yes\"", "id: yes")
                .replaceFirst("next: worried", "nxt: worried");
        List<String> messages = validate("tiny.yaml", tiny).stream().map(ValidationMessage::getMessage).toList();
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("options[0].id").contains("boolean"));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("nxt"));
    }
}

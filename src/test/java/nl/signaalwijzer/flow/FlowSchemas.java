package nl.signaalwijzer.flow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.signaalwijzer.Fixtures;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Checks a flows file against its JSON Schema in flows/schema, as an editor with the YAML language server
 * does while a policy officer types. For tests: the schemas are for editors, the server uses its reader.
 */
final class FlowSchemas {
    private static final Path SCHEMAS = Fixtures.REAL_FLOWS.resolve("schema");
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
            builder -> builder.schemaMappers(m -> m.mapPrefix("https://signaalwijzer.nl/schema/",
                    SCHEMAS.toAbsolutePath().toUri().toString())));
    static final Map<String, String> SCHEMA_OF = Map.of(
            "actions.yaml", "actions.schema.json",
            "organisation.yaml", "organisation.schema.json",
            "glossary.yaml", "glossary.schema.json",
            "sources.yaml", "sources.schema.json");

    private FlowSchemas() {
    }

    /** The schema's file for a file in a flows folder: each shared file has its own, every other file is a flow. */
    static String schemaOf(String fileName) {
        return SCHEMA_OF.getOrDefault(fileName, "flow.schema.json");
    }

    /** What the schema says about the file; a file that is not UTF-8 YAML at all gets one message saying so. */
    static List<String> validate(String fileName, byte[] bytes) {
        String yaml;
        try {
            yaml = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return List.of("not UTF-8 text");
        }
        return validate(fileName, yaml);
    }

    static List<String> validate(String fileName, String yaml) {
        return validateAgainst(schemaOf(fileName), yaml);
    }

    /** What the schema {@code schemaFile} (in flows/schema) says about the YAML text. */
    static List<String> validateAgainst(String schemaFile, String yaml) {
        JsonSchema schema = FACTORY.getSchema(SchemaLocation.of("https://signaalwijzer.nl/schema/" + schemaFile));
        JsonNode node;
        try {
            // SnakeYAML reads YAML 1.1 like common editors: an unquoted yes becomes true; and like them it
            // refuses a key written twice (the YAML language server underlines it)
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            node = new ObjectMapper().valueToTree(new Yaml(options).load(yaml));
        } catch (YAMLException e) {
            return List.of("not YAML: " + e.getMessage());
        }
        return schema.validate(node).stream().map(ValidationMessage::getMessage).toList();
    }
}

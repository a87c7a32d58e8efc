package nl.signaalwijzer.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.signaalwijzer.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas in flows/schema, which an editor with the YAML language server checks while a policy
 * officer types: every bundled file and every valid fixture fits them, and they catch the mistakes an
 * editor should underline (an unquoted yes, a misspelt field).
 */
class FlowSchemaTest {

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

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFiles")
    void everyValidFileFitsItsSchema(Path file) throws IOException {
        assertThat(FlowSchemas.validate(file.getFileName().toString(), Files.readString(file))).isEmpty();
    }

    @Test
    void everyBundledFileNamesItsSchemaOnItsFirstLine() throws IOException {
        for (Path file : validFiles().filter(f -> f.startsWith(Fixtures.REAL_FLOWS)).toList()) {
            String schema = FlowSchemas.schemaOf(file.getFileName().toString());
            assertThat(Files.readAllLines(file).get(0)).as(file.toString())
                    .isEqualTo("# yaml-language-server: $schema=schema/" + schema);
        }
    }

    @Test
    void theSchemaCatchesAnUnquotedYesAndAMisspeltField() throws IOException {
        String tiny = Files.readString(Fixtures.FIXTURES.resolve("valid/tiny.yaml"))
                .replaceFirst("id: \"yes\"", "id: yes")
                .replaceFirst("next: worried", "nxt: worried");
        List<String> messages = FlowSchemas.validate("tiny.yaml", tiny);
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("options[0].id").contains("boolean"));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("nxt"));
    }
}

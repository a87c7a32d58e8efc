package nl.signaalwijzer.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.signaalwijzer.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas (what an editor underlines while a policy officer types) and the reader with its
 * checks (what stops the server) must agree on the shape of a file: a file one accepts, the other
 * accepts; a shape error both refuse. The server checks more than shape (references between nodes and
 * files, paths, the contract), which a schema cannot see: the table says why for each such fixture.
 */
class SchemaAndReaderAgreeTest {
    /** Both refuse it: a mistake in the shape of one file. */
    private static final String SHAPE = "shape";

    /** Every broken fixture: {@link #SHAPE}, or why only the reader refuses it. */
    static Stream<Arguments> brokenFixtures() {
        String references = "a reference to another part of the flow; a schema sees one value at a time";
        String otherFile = "a reference to another file (actions.yaml, organisation.yaml); a schema sees one file";
        String paths = "found by walking the paths through the flow";
        String contract = "the contract's ids live in the jar (contract.yaml), not in the schema";
        String unique = "the same id twice in a list; a schema can only forbid wholly equal items";
        return Stream.of(
                row("action-not-defined", otherFile),
                row("action-outside-vocabulary", contract),
                row("actions-file-outside-vocabulary", contract),
                row("bad-condition", SHAPE),
                row("bad-id", SHAPE),
                row("condition-not-answered", paths),
                row("condition-unknown-option", references),
                row("condition-unknown-question", references),
                row("contract-options", contract),
                row("cycle", paths),
                row("duplicate-id", unique),
                row("duplicate-key", SHAPE),
                row("empty-file", SHAPE),
                row("fallback-not-last", "which rule is last; draft-07 can say a list has a rule without 'when',"
                        + " not where it stands"),
                row("flow-wording", unique + "; and " + otherFile),
                row("glossary-unknown-flow", "the flows of the folder are file names; a schema sees one file"),
                row("id-not-file-name", "the file's name; a schema sees only its content"),
                row("missing-field", SHAPE),
                row("missing-translation", "which languages a text needs depends on the flow that shows it (its languages:); a schema sees one text"),
                row("next-without-fallback", SHAPE),
                row("no-outcome", SHAPE),
                row("no-unsure", SHAPE),
                row("not-utf8", SHAPE),
                row("outcome-shows-nothing", paths),
                row("pictogram-not-a-name", SHAPE),
                row("route-named-like-a-node", references),
                row("route-not-rules", SHAPE),
                row("route-unknown", references),
                row("route-unused", references),
                row("skip-answer-not-an-option", references),
                row("source-without-gloss", unique + "; and a source cited in a flow file"),
                row("start-not-question", references),
                row("steps-and-replace-steps", SHAPE),
                row("too-many-steps", SHAPE),
                row("too-many-steps-added", "the steps added count with those in actions.yaml; " + otherFile),
                row("unknown-contact", otherFile),
                row("unknown-field", SHAPE),
                row("unknown-pictogram", "the pictograms are files in the jar (static/pictograms), not in the schema"),
                row("unknown-reference", references),
                row("unreachable", paths),
                row("unreachable-through-rules", paths),
                row("urgent-after-calm", "which actions are urgent is written in actions.yaml; " + otherFile),
                row("urgent-not-urgent", otherFile),
                row("yaml-syntax", SHAPE));
    }

    private static Arguments row(String fixture, String why) {
        return Arguments.of(fixture, why);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("brokenFixtures")
    void theReaderRefusesEveryBrokenFixtureAndTheSchemaExactlyTheShapeErrors(String fixture, String why) {
        assertThatThrownBy(() -> FlowLoader.load(Fixtures.fixture(fixture))).isInstanceOf(FlowException.class);
        List<String> schema = schemaMessages(Fixtures.read(Fixtures.FIXTURES.resolve("broken").resolve(fixture)));
        if (why.equals(SHAPE)) {
            assertThat(schema).as("a shape error the reader refuses; the schema must refuse it too").isNotEmpty();
        } else {
            assertThat(schema).as("the table says only the reader can see this (" + why + ")").isEmpty();
        }
    }

    @Test
    void everyBrokenFixtureIsInTheTable() throws IOException {
        List<String> inTable = brokenFixtures().map(a -> (String) a.get()[0]).toList();
        try (Stream<Path> dirs = Files.list(Fixtures.FIXTURES.resolve("broken"))) {
            assertThat(dirs.map(d -> d.getFileName().toString())).containsExactlyInAnyOrderElementsOf(inTable);
        }
    }

    /** Flows folders both accept: the bundled flows and every fixture meant to load (some with warnings). */
    static Stream<Arguments> validFolders() throws IOException {
        List<Arguments> folders = new ArrayList<>();
        folders.add(Arguments.of("flows", FlowFiles.fromDirectory(Fixtures.REAL_FLOWS).files()));
        folders.add(Arguments.of("valid", Fixtures.read(Fixtures.FIXTURES.resolve("valid"))));
        folders.add(Arguments.of("v2", Fixtures.read(Fixtures.FIXTURES.resolve("v2"))));
        folders.add(Arguments.of("kiosk", over(Fixtures.FIXTURES.resolve("kiosk"))));
        for (String kind : List.of("lint", "readability")) {
            try (Stream<Path> dirs = Files.list(Fixtures.FIXTURES.resolve(kind))) {
                for (Path dir : dirs.sorted().toList()) {
                    folders.add(Arguments.of(kind + "/" + dir.getFileName(), over(dir)));
                }
            }
        }
        return folders.stream();
    }

    /** The valid fixture with the files of {@code dir} put over it, as the fixtures are loaded. */
    private static Map<String, byte[]> over(Path dir) {
        Map<String, byte[]> files = new HashMap<>(Fixtures.read(Fixtures.FIXTURES.resolve("valid")));
        files.putAll(Fixtures.read(dir));
        return files;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFolders")
    void bothAcceptEveryFolderThatLoads(String name, Map<String, byte[]> files) {
        FlowLoader.load(new FlowFiles(name, files));
        assertThat(schemaMessages(files)).isEmpty();
    }

    private static List<String> schemaMessages(Map<String, byte[]> files) {
        List<String> messages = new ArrayList<>();
        files.forEach((file, bytes) -> FlowSchemas.validate(file, bytes).forEach(m -> messages.add(file + ": " + m)));
        return messages;
    }
}

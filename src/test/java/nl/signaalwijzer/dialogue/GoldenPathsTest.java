package nl.signaalwijzer.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.FlowCatalog;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every path of every bundled flow, compared with its reviewed golden file next to the flow, so that
 * every change of advice shows up in a diff.
 */
class GoldenPathsTest {

    @TestFactory
    Stream<DynamicTest> everyFlowMatchesItsGoldenFile() {
        FlowCatalog catalog = Fixtures.realCatalog();
        return catalog.flows().values().stream().map(flow -> DynamicTest.dynamicTest(flow.id(), () -> check(flow)));
    }

    private static void check(Flow flow) throws IOException {
        Path golden = Fixtures.REAL_FLOWS.resolve(flow.id() + ".paths.txt");
        List<String> actual = FlowPath.all(flow).stream().map(FlowPath::line).toList();
        String refresh = "The advice of flow '" + flow.id() + "' changed. Review the difference, then refresh with:\n"
                + "  java -jar target/signaalwijzer.jar paths " + flow.id() + " > " + golden;
        assertThat(golden).as(refresh).exists();
        assertThat(Files.readAllLines(golden)).as(refresh).containsExactlyElementsOf(actual);
    }
}

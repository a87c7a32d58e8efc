package nl.signaalwijzer.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import nl.signaalwijzer.dialogue.Answer;
import nl.signaalwijzer.dialogue.Conversation;
import nl.signaalwijzer.dialogue.Dialogue;
import nl.signaalwijzer.dialogue.FlowPath;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.FlowFiles;
import nl.signaalwijzer.flow.FlowLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * A benchmark, not a test: {@link Dialogue#replay} of the deepest path (most answers) of one flow.
 * Run by {@code bench/run}, which passes every flow id as {@code -p flow=...}; flows come from
 * {@code FLOWS_DIR} (default {@code flows}).
 */
public class ReplayBenchmark extends SmallHeapBenchmark {

    @Param({"medewerker"})
    public String flow;

    private Flow loaded;
    private List<Answer> deepestPath;

    @Setup
    public void load() throws IOException {
        String dir = System.getenv().getOrDefault("FLOWS_DIR", "flows");
        loaded = FlowLoader.load(FlowFiles.fromDirectory(Path.of(dir))).flow(flow)
                .orElseThrow(() -> new IllegalArgumentException("no flow " + flow + " in " + dir));
        deepestPath = FlowPath.all(loaded).stream()
                .max(Comparator.comparingInt(path -> path.answers().size()))
                .orElseThrow()
                .answers();
    }

    @Benchmark
    public Conversation replayDeepestPath() throws Exception {
        return Dialogue.replay(loaded, deepestPath);
    }
}

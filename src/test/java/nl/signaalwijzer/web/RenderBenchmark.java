package nl.signaalwijzer.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.dialogue.Answer;
import nl.signaalwijzer.dialogue.Dialogue;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.Lang;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** A benchmark, not a test: the server-side work of the mid-conversation page (replay, view model, Mustache, UTF-8). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx64m", "-XX:+UseSerialGC"})
public class RenderBenchmark {
    private FlowCatalog catalog;
    private Flow flow;
    private PageRenderer renderer;
    private final List<Answer> answers = List.of(new Answer("acute-danger", "no"), new Answer("perpetrator", "staff"),
            new Answer("behaviour", "physical"), new Answer("signals-clear", "yes"), new Answer("serious-harm", "no"),
            new Answer("possibly-criminal", "no"));

    @Setup
    public void load() {
        catalog = Fixtures.realCatalog();
        flow = catalog.flow("medewerker").orElseThrow();
        renderer = PageRenderer.of(StaticAssets.fromClasspath(), ServerSettings.DEFAULTS);
    }

    @Benchmark
    public byte[] renderMidConversationPage() throws Exception {
        return renderer.conversation(Dialogue.replay(flow, answers), catalog, Lang.NL).getBytes(StandardCharsets.UTF_8);
    }
}

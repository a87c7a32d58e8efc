package nl.signaalwijzer.web.rendering;

import nl.signaalwijzer.web.ServerSettings;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.bench.SmallHeapBenchmark;
import nl.signaalwijzer.dialogue.Answer;
import nl.signaalwijzer.dialogue.Dialogue;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.Lang;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/** A benchmark, not a test: the server-side work of the mid-conversation page (replay, view model, Mustache, UTF-8). */
public class RenderBenchmark extends SmallHeapBenchmark {
    private FlowCatalog catalog;
    private Flow flow;
    private PageRenderer renderer;
    private final List<Answer> answers = List.of(new Answer("acute-danger", "no"), new Answer("perpetrator", "staff"),
            new Answer("conflict-of-interest", "no"), new Answer("behaviour", "neglect"), new Answer("signals-clear", "yes"),
            new Answer("serious-harm", "no"), new Answer("possibly-criminal", "no"));

    @Setup
    public void load() {
        catalog = Fixtures.realCatalog();
        flow = catalog.flow("medewerker").orElseThrow();
        renderer = PageRenderer.of(StaticAssets.fromClasspath(), ServerSettings.DEFAULTS.quickExitUrl());
    }

    @Benchmark
    public byte[] renderMidConversationPage() throws Exception {
        return renderer.conversation(Dialogue.replay(flow, answers), catalog, Lang.NL).getBytes(StandardCharsets.UTF_8);
    }
}

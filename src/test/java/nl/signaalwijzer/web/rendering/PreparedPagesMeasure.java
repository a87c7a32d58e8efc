package nl.signaalwijzer.web.rendering;

import nl.signaalwijzer.web.ServerSettings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.signaalwijzer.dialogue.Answer;
import nl.signaalwijzer.dialogue.Dialogue;
import nl.signaalwijzer.dialogue.FlowPath;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.FlowFiles;
import nl.signaalwijzer.flow.FlowLoader;
import nl.signaalwijzer.flow.Lang;

/**
 * A measurement, not a test (the numbers in {@link PreparedPages#MAX_BYTES}): how many states the flows
 * in a directory have, how many bytes preparing all of them takes (without the budget) and how long,
 * and what inflating a prepared outcome page (the largest) per request costs next to replaying and
 * rendering it. The heap is measured on the running server ({@code jcmd PID GC.run; jcmd PID GC.heap_info}). Run with the test
 * classpath: {@code java -Xmx64m -Xmn12m -XX:+UseSerialGC -cp ... nl.signaalwijzer.web.rendering.PreparedPagesMeasure flows}.
 */
public final class PreparedPagesMeasure {

    private PreparedPagesMeasure() {
    }

    public static void main(String[] args) throws Exception {
        FlowCatalog catalog = FlowLoader.load(FlowFiles.fromDirectory(Path.of(args.length > 0 ? args[0] : "flows")));
        PageRenderer renderer = PageRenderer.of(StaticAssets.fromClasspath(), ServerSettings.DEFAULTS.quickExitUrl());
        PreparedPages all = null;
        for (int round = 1; round <= 3; round++) {
            long start = System.nanoTime();
            all = PreparedPages.build(catalog, renderer, Long.MAX_VALUE, () -> true);
            System.out.printf("all states, round %d: %d (state, language) pairs, %.2f MiB, %d ms%n", round,
                    all.states(), all.bytes() / 1048576.0, (System.nanoTime() - start) / 1_000_000);
        }
        PreparedPages budgeted = PreparedPages.build(catalog, renderer);
        System.out.printf("within the budget of %d MiB: %d pairs, %.2f MiB%n", PreparedPages.MAX_BYTES >> 20,
                budgeted.states(), budgeted.bytes() / 1048576.0);

        List<PreparedPages.Body> pages = new ArrayList<>();
        List<Flow> flows = new ArrayList<>();
        List<List<Answer>> outcomes = new ArrayList<>();
        long plainBytes = 0;
        for (Flow flow : catalog.flows().values()) {
            for (FlowPath path : FlowPath.all(flow)) {
                flows.add(flow);
                outcomes.add(path.answers());
                for (Lang lang : flow.languages()) {
                    PreparedPages.Body page = all.html(flow.id(), lang, path.answers());
                    pages.add(page);
                    plainBytes += page.plain().length;
                }
            }
        }
        System.out.printf("outcome pages: %d, mean %d B, %d B gzipped%n", pages.size(), plainBytes / pages.size(),
                pages.stream().mapToLong(page -> page.gzip(catalog).length).sum() / pages.size());
        long sink = 0;
        for (int round = 1; round <= 3; round++) {
            long start = System.nanoTime();
            int n = 0;
            while (System.nanoTime() - start < 2_000_000_000L) {
                for (PreparedPages.Body page : pages) {
                    sink += page.plain().length;
                    n++;
                }
            }
            System.out.printf("inflate an outcome page, round %d: %.1f us%n", round, (System.nanoTime() - start) / 1000.0 / n);
        }
        for (int round = 1; round <= 3; round++) {
            long start = System.nanoTime();
            int n = 0;
            while (System.nanoTime() - start < 2_000_000_000L) {
                for (int i = 0; i < flows.size(); i++) {
                    Flow flow = flows.get(i);
                    sink += PageRenderer.utf8(renderer.conversation(Dialogue.replay(flow, outcomes.get(i)), catalog, Lang.NL)).length;
                    n++;
                }
            }
            System.out.printf("replay and render an outcome page, round %d: %.1f us%n", round, (System.nanoTime() - start) / 1000.0 / n);
        }
        System.out.println(sink == 0 ? "" : "(done)");
    }
}

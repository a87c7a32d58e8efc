package nl.signaalwijzer.web.splice;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.zip.GZIPOutputStream;
import nl.signaalwijzer.dialogue.Answer;
import nl.signaalwijzer.dialogue.Dialogue;
import nl.signaalwijzer.dialogue.FlowPath;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.FlowFiles;
import nl.signaalwijzer.flow.FlowLoader;
import nl.signaalwijzer.flow.Lang;
import nl.signaalwijzer.web.ServerSettings;
import nl.signaalwijzer.web.rendering.PageRenderer;
import nl.signaalwijzer.web.rendering.StaticAssets;

/**
 * A measurement, not a test (its numbers are in {@code /work/notes/splice.md}): for the real outcome pages
 * of a flow (Dutch), what one response costs and weighs when it is
 * <ol type="a">
 * <li>the whole page gzipped ahead (today's prepared pages),
 * <li>replayed, rendered and gzipped per request (levels 6 and 1),
 * <li>spliced from parts deflated ahead, with k slots (levels 6 and 9 for the fixed text),
 * <li>the plain body for a client without gzip: inflated per request, or joined from plain parts kept.
 * </ol>
 * The slots are the page's own per-location pieces first (the quick-exit address, then each
 * {@code <li class="contact ...">} block, in page order); past those, one tag at evenly spaced places
 * stands in for further slots ({@code -Dsplice.sizesOnly=true}: no timings). Run with the test classpath:
 * {@code java -Xmx256m -cp target/classes:target/test-classes:... nl.signaalwijzer.web.splice.SpliceMeasure flows medewerker ontvanger}.
 */
public final class SpliceMeasure {
    private static final int[] SLOTS = {1, 4, 10, 20, 40};
    private static final long ROUND_NANOS = 1_000_000_000L;
    private static final String QUICK_EXIT = ServerSettings.DEFAULTS.quickExitUrl();
    private static long sink;

    private SpliceMeasure() {
    }

    public static void main(String[] args) throws Exception {
        FlowCatalog catalog = FlowLoader.load(FlowFiles.fromDirectory(Path.of(args.length > 0 ? args[0] : "flows")));
        PageRenderer renderer = PageRenderer.of(StaticAssets.fromClasspath(), QUICK_EXIT);
        List<String> flowIds = args.length > 1 ? Arrays.asList(args).subList(1, args.length) : List.of("medewerker", "ontvanger");
        for (String flowId : flowIds) {
            measure(catalog, renderer, catalog.flows().get(flowId));
        }
        System.out.println(sink == 0 ? "" : "(done)");
    }

    private record Outcome(List<Answer> answers, String html, byte[] plain) {
    }

    private static void measure(FlowCatalog catalog, PageRenderer renderer, Flow flow) {
        List<Outcome> outcomes = new ArrayList<>();
        for (FlowPath path : FlowPath.all(flow)) {
            String html = renderer.conversation(replay(flow, path.answers()), catalog, Lang.NL);
            outcomes.add(new Outcome(path.answers(), html, html.getBytes(UTF_8)));
        }
        int n = outcomes.size();
        double plain = mean(outcomes, o -> o.plain().length);
        double natural = mean(outcomes, o -> naturalSlots(o.html()).size());
        System.out.printf("%n== %s: %d outcome pages (nl), plain mean %.0f B, largest %d B; own slots per page: mean %.1f "
                + "(quick exit + contact blocks)%n", flow.id(), n, plain, outcomes.stream().mapToInt(o -> o.plain().length).max()
                .orElse(0), natural);

        List<byte[]> whole6 = outcomes.stream().map(o -> gzip(o.plain(), 6)).toList();
        System.out.printf("%-44s %8s %9s %12s%n", "way", "bytes", "vs (a)", "us/response");
        row("(a) whole page gzipped ahead, level 6", meanLength(whole6), meanLength(whole6), "-");
        row("    (same, level 9)", mean(outcomes, o -> gzip(o.plain(), 9).length), meanLength(whole6), "-");
        row("(b) replay + render only", plain, meanLength(whole6),
                time(outcomes, o -> renderer.conversation(replay(flow, o.answers()), catalog, Lang.NL).length()));
        for (int level : new int[] {6, 1}) {
            row("(b) replay + render + gzip level " + level, mean(outcomes, o -> gzip(o.plain(), level).length),
                    meanLength(whole6), time(outcomes, o -> gzip(PageRenderer.utf8(
                            renderer.conversation(replay(flow, o.answers()), catalog, Lang.NL)), level).length));
        }
        row("(d) inflate the whole prepared gzip (today)", plain, meanLength(whole6),
                time(whole6, SpliceMeasure::inflateWhole));

        double whole = meanLength(whole6);
        System.out.printf("prepare all %d pages: whole gzip level 6 %s ms%n", n, millis(() -> outcomes.forEach(o -> gzip(o.plain(), 6))));
        for (int level : new int[] {6, 9}) {
            for (int k : SLOTS) {
                splice(outcomes, whole, "level " + level + ", " + k + " slots", html -> slots(html, k), level, k == 1 || k == 10 || k == 40);
            }
        }
        splice(outcomes, whole, "level 6, own: quick exit + each contact", SpliceMeasure::naturalSlots, 6, true);
        splice(outcomes, whole, "level 6, own: quick exit + each contact list", SpliceMeasure::listSlots, 6, true);
        System.out.printf("(c') bound, if each slot had a fixed width (padded) so the text could refer back past it: own slots "
                + "%.0f B (%+.1f%%), 10 slots %.0f B (%+.1f%%)%n", mean(outcomes, o -> fixedWidthBound(o.html(), naturalSlots(o.html()))),
                100 * (mean(outcomes, o -> fixedWidthBound(o.html(), naturalSlots(o.html()))) / whole - 1),
                mean(outcomes, o -> fixedWidthBound(o.html(), slots(o.html(), 10))),
                100 * (mean(outcomes, o -> fixedWidthBound(o.html(), slots(o.html(), 10))) / whole - 1));
        System.out.printf("distinct slot values (per location, nl): each contact %d, each contact list %d%n",
                distinct(outcomes, SpliceMeasure::naturalSlots), distinct(outcomes, SpliceMeasure::listSlots));
    }

    private static void splice(List<Outcome> outcomes, double whole, String what, Function<String, List<Cut>> cuts, int level,
                               boolean plainToo) {
        List<Spliced> spliced = outcomes.stream().map(o -> Spliced.of(o.html(), cuts.apply(o.html()), level)).toList();
        spliced.forEach(Spliced::check);
        String prepare = millis(() -> outcomes.forEach(o -> Spliced.of(o.html(), cuts.apply(o.html()), level)));
        row("(c) splice, " + what, mean(spliced, s -> s.page().gzip(s.values()::get).length), whole,
                time(spliced, s -> s.page().gzip(s.values()::get).length));
        if (plainToo) {
            row("(d)   plain: inflate the parts", mean(spliced, s -> s.joinPlain().length), whole,
                    time(spliced, s -> s.page().plain(s.values()::get).length));
            row("(d)   plain: join plain parts kept", mean(spliced, s -> s.joinPlain().length), whole,
                    time(spliced, s -> s.joinPlain().length));
        }
        System.out.printf("      heap per prepared page %.0f B (whole gzip %.0f B); plain parts kept: +%.0f B; slots %.1f, their "
                        + "values %.0f B heap/page; prepare all: %s ms%n", mean(spliced, s -> (int) s.page().heapBytes()),
                whole, mean(spliced, s -> s.fixedPlainBytes()), mean(spliced, s -> s.page().slots().size()),
                mean(spliced, s -> (int) s.valueHeap()), prepare);
    }

    /**
     * Size only, not served: the gzip a page would have if every slot had one width for all locations (padded),
     * so each text part could be deflated with everything before it as its dictionary, the slots' bytes blanked
     * to NUL (which no HTML holds, so no match can land in a slot). What splicing could win back at most.
     */
    private static int fixedWidthBound(String html, List<Cut> cuts) {
        byte[] window = html.getBytes(UTF_8);
        byte[] blanked = window.clone();
        List<int[]> ranges = new ArrayList<>(); // byte ranges of the slots
        for (Cut cut : cuts.stream().sorted((a, b) -> Integer.compare(a.start(), b.start())).toList()) {
            int start = html.substring(0, cut.start()).getBytes(UTF_8).length;
            int end = start + html.substring(cut.start(), cut.end()).getBytes(UTF_8).length;
            Arrays.fill(blanked, start, end, (byte) 0);
            ranges.add(new int[] {start, end});
        }
        int size = 10 + 2 + 8;
        int from = 0;
        for (int[] range : ranges) {
            size += deflatedWithDictionary(blanked, from, range[0]) + DeflatedPart.of(window, range[0], range[1], 9).heapBytes() - 48;
            from = range[1];
        }
        return size + deflatedWithDictionary(blanked, from, window.length);
    }

    private static int deflatedWithDictionary(byte[] blanked, int from, int to) {
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(6, true);
        try {
            int dictionary = Math.max(0, from - 32768);
            if (from > dictionary) {
                deflater.setDictionary(blanked, dictionary, from - dictionary);
            }
            deflater.setInput(blanked, from, to - from);
            byte[] out = new byte[to - from + 1024];
            return deflater.deflate(out, 0, out.length, java.util.zip.Deflater.SYNC_FLUSH);
        } finally {
            deflater.end();
        }
    }

    private static long distinct(List<Outcome> outcomes, Function<String, List<Cut>> cuts) {
        return outcomes.stream().flatMap(o -> cuts.apply(o.html()).stream().map(c -> o.html().substring(c.start(), c.end())))
                .distinct().count();
    }

    /** Milliseconds of a second run (the first warms up). */
    private static String millis(Runnable work) {
        work.run();
        long start = System.nanoTime();
        work.run();
        return String.format("%.0f", (System.nanoTime() - start) / 1e6);
    }

    private static nl.signaalwijzer.dialogue.Conversation replay(Flow flow, List<Answer> answers) {
        try {
            return Dialogue.replay(flow, answers);
        } catch (nl.signaalwijzer.dialogue.AnswerMismatch e) {
            throw new IllegalStateException("a path of the flow's own walk does not replay", e);
        }
    }

    private static void row(String way, double bytes, double whole, Object micros) {
        System.out.printf("%-44s %8.0f %+8.1f%% %12s%n", way, bytes, 100 * (bytes / whole - 1), micros);
    }

    private static <T> double mean(List<T> items, ToIntFunction<T> value) {
        return items.stream().mapToInt(value).average().orElse(0);
    }

    private static double meanLength(List<byte[]> bodies) {
        return mean(bodies, body -> body.length);
    }

    /**
     * Microseconds per response over all pages in turn (so caches see many pages, as with many users): three
     * rounds of a second after a warm-up round; the median round, with the other two in brackets.
     */
    private static <T> String time(List<T> items, ToIntFunction<T> response) {
        if (Boolean.getBoolean("splice.sizesOnly")) {
            return "-";
        }
        double[] rounds = new double[4];
        for (int round = 0; round < rounds.length; round++) {
            long start = System.nanoTime();
            long count = 0;
            while (System.nanoTime() - start < ROUND_NANOS) {
                for (T item : items) {
                    sink += response.applyAsInt(item);
                    count++;
                }
            }
            rounds[round] = (System.nanoTime() - start) / 1000.0 / count;
        }
        double[] measured = Arrays.copyOfRange(rounds, 1, rounds.length);
        Arrays.sort(measured);
        return String.format("%.1f (%.1f-%.1f)", measured[1], measured[0], measured[2]);
    }

    static byte[] gzip(byte[] plain, int level) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(level);
            }
        }) {
            gzip.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Today's way for a client without gzip ({@code Compression.gunzip}): one raw inflate into an array of the trailer's size. */
    private static int inflateWhole(byte[] gzip) {
        int size = (gzip[gzip.length - 4] & 0xff) | (gzip[gzip.length - 3] & 0xff) << 8 | (gzip[gzip.length - 2] & 0xff) << 16
                | (gzip[gzip.length - 1] & 0xff) << 24;
        byte[] plain = new byte[size];
        java.util.zip.Inflater inflater = new java.util.zip.Inflater(true);
        try {
            inflater.setInput(gzip, 10, gzip.length - 18);
            int done = 0;
            while (done < size) {
                done += inflater.inflate(plain, done, size - done);
            }
            return plain.length;
        } catch (java.util.zip.DataFormatException e) {
            throw new IllegalStateException(e);
        } finally {
            inflater.end();
        }
    }

    private static byte[] gunzip(byte[] gzip) {
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stretch of the page [start, end) that is a slot. */
    private record Cut(int start, int end) {
    }

    /** The page's own per-location pieces: the quick-exit address, then each contact block, in page order. */
    private static List<Cut> naturalSlots(String html) {
        List<Cut> cuts = new ArrayList<>();
        for (int at = html.indexOf(QUICK_EXIT); at >= 0; at = html.indexOf(QUICK_EXIT, at + 1)) {
            cuts.add(new Cut(at, at + QUICK_EXIT.length()));
        }
        for (int at = html.indexOf("<li class=\"contact"); at >= 0; at = html.indexOf("<li class=\"contact", at + 1)) {
            cuts.add(new Cut(at, html.indexOf("</li>", at) + "</li>".length()));
        }
        return cuts;
    }

    /** The quick-exit address, then each whole list of contacts ({@code <ul class="contacts">}) as one slot. */
    private static List<Cut> listSlots(String html) {
        List<Cut> cuts = new ArrayList<>();
        for (int at = html.indexOf(QUICK_EXIT); at >= 0; at = html.indexOf(QUICK_EXIT, at + 1)) {
            cuts.add(new Cut(at, at + QUICK_EXIT.length()));
        }
        for (int at = html.indexOf("<ul class=\"contacts\">"); at >= 0; at = html.indexOf("<ul class=\"contacts\">", at + 1)) {
            cuts.add(new Cut(at, html.indexOf("</ul>", at) + "</ul>".length()));
        }
        return cuts;
    }

    /** k slots: the natural ones first, then one tag at evenly spaced places that overlap none. */
    private static List<Cut> slots(String html, int k) {
        List<Cut> cuts = new ArrayList<>(naturalSlots(html).subList(0, Math.min(k, naturalSlots(html).size())));
        int extra = k - cuts.size();
        for (int j = 0; j < extra; j++) {
            int at = html.indexOf('<', (int) ((j + 1L) * html.length() / (extra + 1)));
            while (at >= 0 && overlaps(cuts, at, html.indexOf('>', at) + 1)) {
                at = html.indexOf('<', at + 1);
            }
            if (at >= 0) {
                cuts.add(new Cut(at, html.indexOf('>', at) + 1));
            }
        }
        cuts.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return cuts;
    }

    private static boolean overlaps(List<Cut> cuts, int start, int end) {
        return cuts.stream().anyMatch(c -> start < c.end() && c.start() < end);
    }

    /** One page cut into text and slots, with the slot values of "its location", and the plain parts for (d). */
    private record Spliced(String html, SplicedPage page, Map<String, DeflatedPart> values, List<byte[]> plainParts,
                           int fixedPlainBytes, long valueHeap) {

        static Spliced of(String html, List<Cut> cuts, int level) {
            SplicedPage.Builder builder = SplicedPage.builder(level);
            Map<String, DeflatedPart> values = new HashMap<>();
            List<byte[]> plainParts = new ArrayList<>();
            int fixed = 0;
            long valueHeap = 0;
            int from = 0;
            for (Cut cut : cuts.stream().sorted((a, b) -> Integer.compare(a.start(), b.start())).toList()) {
                byte[] text = html.substring(from, cut.start()).getBytes(UTF_8);
                byte[] value = html.substring(cut.start(), cut.end()).getBytes(UTF_8);
                String name = "slot-" + values.size();
                builder.text(html.substring(from, cut.start())).slot(name);
                DeflatedPart part = DeflatedPart.of(value, 9);
                values.put(name, part);
                valueHeap += part.heapBytes();
                plainParts.add(text);
                plainParts.add(value);
                fixed += text.length;
                from = cut.end();
            }
            byte[] last = html.substring(from).getBytes(UTF_8);
            plainParts.add(last);
            fixed += last.length;
            return new Spliced(html, builder.text(html.substring(from)).build(), values, plainParts, fixed, valueHeap);
        }

        /** The spliced body must be the page, or the numbers mean nothing. */
        void check() {
            byte[] expected = html.getBytes(UTF_8);
            if (!Arrays.equals(gunzip(page.gzip(values::get)), expected)
                    || !Arrays.equals(page.plain(values::get), expected) || !Arrays.equals(joinPlain(), expected)) {
                throw new IllegalStateException("a spliced page differs from its render");
            }
        }

        /** The plain body from plain parts kept beside the deflated ones: one array, one copy per part. */
        byte[] joinPlain() {
            int size = 0;
            for (byte[] part : plainParts) {
                size += part.length;
            }
            byte[] out = new byte[size];
            int at = 0;
            for (byte[] part : plainParts) {
                System.arraycopy(part, 0, out, at, part.length);
                at += part.length;
            }
            return out;
        }
    }
}

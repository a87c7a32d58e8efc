package nl.signaalwijzer.web.splice;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spliced bodies inflated by the JDK's own {@link GZIPInputStream} and {@link Inflater} and by the gzip
 * binary, and compared byte for byte with the plain text they were cut from.
 */
class GzipSpliceTest {

    /** Text like a page: repeated markup and words (so back references matter), with random bytes mixed in. */
    private static byte[] pageLikeText(Random random, int length) {
        String[] words = {"<li class=\"contact\">", "<span class=\"contact-name\">", "Huisarts", "Veilig Thuis ",
            "0800-2000", "</span>", "</li>\n", "Bel ", "meteen ", "Ben je er niet zelf? ", "é", "€", "\u00a0"};
        ByteArrayOutputStream out = new ByteArrayOutputStream(length + 64);
        while (out.size() < length) {
            if (random.nextInt(10) == 0) {
                byte[] noise = new byte[random.nextInt(40)];
                random.nextBytes(noise);
                out.writeBytes(noise);
            } else {
                out.writeBytes(words[random.nextInt(words.length)].getBytes(UTF_8));
            }
        }
        return Arrays.copyOf(out.toByteArray(), length);
    }

    private static byte[] gunzip(byte[] gzip) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        }
    }

    /** The parts of {@code text} cut at {@code cuts} (sorted, may repeat: empty parts), each deflated alone. */
    private static List<DeflatedPart> cut(byte[] text, int[] cuts, int level) {
        List<DeflatedPart> parts = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            parts.add(DeflatedPart.of(text, from, cut, level));
            from = cut;
        }
        parts.add(DeflatedPart.of(text, from, text.length, level));
        return parts;
    }

    private static int[] randomCuts(Random random, int length, int count) {
        int[] cuts = new int[count];
        for (int i = 0; i < count; i++) {
            cuts[i] = random.nextInt(length + 1);
        }
        Arrays.sort(cuts);
        return cuts;
    }

    @Test
    void randomCutsSplicedInflateToTheWholeText() throws IOException {
        Random random = new Random(2026);
        for (int round = 0; round < 60; round++) {
            int length = round % 10 == 0 ? 70_000 + random.nextInt(200_000) : random.nextInt(20_000);
            byte[] text = pageLikeText(random, length);
            int count = round % 3 == 0 ? 199 : random.nextInt(40);
            int level = new int[] {1, 6, 9}[round % 3];
            List<DeflatedPart> parts = cut(text, randomCuts(random, length, count), level);

            assertThat(gunzip(GzipSplice.gzip(parts))).as("round %d, %d parts", round, parts.size()).isEqualTo(text);
            assertThat(GzipSplice.plain(parts)).isEqualTo(text);
        }
    }

    @Test
    void emptyOneByteAndLongPartsTogether() throws IOException {
        Random random = new Random(64);
        byte[] text = pageLikeText(random, 300_000);
        // empty parts at the start, side by side and at the end; one-byte parts; a part of 200 KB (> 64 KB,
        // past the deflate window of 32 KB and a stored block's maximum of 65,535 bytes)
        int[] cuts = {0, 0, 1, 2, 3, 3, 10, 11, 50_000, 250_000, 250_001, 250_001, 300_000, 300_000};
        List<DeflatedPart> parts = cut(text, cuts, Deflater.DEFAULT_COMPRESSION);
        assertThat(parts).hasSize(15);
        assertThat(parts.stream().filter(part -> part.length() == 0).count()).isEqualTo(6);
        assertThat(parts.stream().filter(part -> part.length() == 1).count()).isEqualTo(5);

        assertThat(gunzip(GzipSplice.gzip(parts))).isEqualTo(text);
        assertThat(GzipSplice.plain(parts)).isEqualTo(text);
        // random bytes do not compress: stored blocks of at most 65,535 bytes each
        byte[] noise = new byte[150_000];
        random.nextBytes(noise);
        assertThat(gunzip(GzipSplice.gzip(cut(noise, new int[] {70_000}, 9)))).isEqualTo(noise);
    }

    @Test
    void nothingAtAllIsAnEmptyBody() throws IOException {
        assertThat(gunzip(GzipSplice.gzip(List.of()))).isEmpty();
        assertThat(gunzip(GzipSplice.gzip(List.of(DeflatedPart.EMPTY, DeflatedPart.EMPTY)))).isEmpty();
        assertThat(GzipSplice.plain(List.of())).isEmpty();
    }

    @Test
    void aRawInflaterEndsAtTheFinalBlockExactly() throws Exception {
        byte[] text = pageLikeText(new Random(3), 40_000);
        byte[] gzip = GzipSplice.gzip(cut(text, randomCuts(new Random(4), text.length, 30), 6));
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(gzip, 10, gzip.length - 10);
            byte[] out = new byte[text.length + 1];
            int n = 0;
            while (!inflater.finished()) {
                n += inflater.inflate(out, n, out.length - n);
            }
            assertThat(Arrays.copyOf(out, n)).isEqualTo(text);
            assertThat(inflater.getRemaining()).as("the 8-byte trailer follows the final block").isEqualTo(8);
        } finally {
            inflater.end();
        }
    }

    @Test
    void theGzipBinaryAcceptsASplicedBody(@TempDir Path dir) throws Exception {
        byte[] text = pageLikeText(new Random(5), 120_000);
        Path file = dir.resolve("page.html.gz");
        Files.write(file, GzipSplice.gzip(cut(text, randomCuts(new Random(6), text.length, 40), 9)));

        Process test = new ProcessBuilder("gzip", "-t", file.toString()).redirectErrorStream(true).start();
        String said = new String(test.getInputStream().readAllBytes(), UTF_8);
        assertThat(test.waitFor()).as("gzip -t: %s", said).isZero();
        Process unpack = new ProcessBuilder("gzip", "-dc", file.toString()).start();
        assertThat(unpack.getInputStream().readAllBytes()).isEqualTo(text);
        assertThat(unpack.waitFor()).isZero();
    }

    @Test
    void aPageServesTheValueOfItsOwnSlotAndNoOther() throws IOException {
        SplicedPage page = SplicedPage.builder(9).text("<ul class=\"contacts\">\n").slot("contact:leidinggevende")
                .slot("contact:huisarts").text("</ul>\n<a href=\"").slot("quick-exit").text("\">Snel weg</a>").build();
        Map<String, DeflatedPart> zuid = values("<li>Teamleider Zuid 0800-1111</li>", "<li>Huisarts Zuid 0800-2222</li>",
                "https://zuid.example/weg");
        Map<String, DeflatedPart> noord = values("<li>Teamleider Noord 0800-3333</li>", "<li>Huisarts Noord 0800-2222</li>",
                "https://noord.example/weg");
        String expectedZuid = "<ul class=\"contacts\">\n<li>Teamleider Zuid 0800-1111</li><li>Huisarts Zuid 0800-2222</li>"
                + "</ul>\n<a href=\"https://zuid.example/weg\">Snel weg</a>";

        assertThat(page.slots()).containsExactly("contact:leidinggevende", "contact:huisarts", "quick-exit");
        assertThat(new String(gunzip(page.gzip(zuid::get)), UTF_8)).isEqualTo(expectedZuid);
        assertThat(new String(page.plain(zuid::get), UTF_8)).isEqualTo(expectedZuid);
        // a fast path that put in another location's contact: the comparison with the plain render fails
        Map<String, DeflatedPart> mixed = new java.util.HashMap<>(zuid);
        mixed.put("contact:leidinggevende", noord.get("contact:leidinggevende"));
        String served = new String(gunzip(page.gzip(mixed::get)), UTF_8);
        assertThat(served).isNotEqualTo(expectedZuid).contains("Teamleider Noord").doesNotContain("Teamleider Zuid");
        assertThat(served).isEqualTo(expectedZuid.replace("Teamleider Zuid 0800-1111", "Teamleider Noord 0800-3333"));
    }

    @Test
    void markersInARenderedPageBecomeItsSlots() throws IOException {
        String marked = "<ul>" + SplicedPage.marker("contact:huisarts") + SplicedPage.marker("contact:112") + "</ul><a href=\""
                + SplicedPage.marker("quick-exit") + "\">";
        SplicedPage page = SplicedPage.fromMarked(marked, 6);
        Map<String, DeflatedPart> values = Map.of("contact:huisarts", DeflatedPart.of("<li>Huisarts</li>".getBytes(UTF_8), 9),
                "contact:112", DeflatedPart.of("<li>112</li>".getBytes(UTF_8), 9),
                "quick-exit", DeflatedPart.of("https://weg.example/".getBytes(UTF_8), 9));

        assertThat(page.slots()).containsExactly("contact:huisarts", "contact:112", "quick-exit");
        assertThat(new String(gunzip(page.gzip(values::get)), UTF_8))
                .isEqualTo("<ul><li>Huisarts</li><li>112</li></ul><a href=\"https://weg.example/\">");
        assertThat(SplicedPage.fromMarked("<p>no slots</p>", 6).slots()).isEmpty();
        assertThatThrownBy(() -> SplicedPage.fromMarked("<p><!--slot:half", 6)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSlotWithoutAValueIsNeverServed() {
        SplicedPage page = SplicedPage.builder(6).text("a").slot("contact:huisarts").text("b").build();
        assertThatThrownBy(() -> page.gzip(name -> null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("contact:huisarts");
    }

    @Test
    void equalPartsGiveEqualBytesAndTheHeaderHasNoNameOrTime() {
        byte[] text = "<p>Bel 112</p>".getBytes(UTF_8);
        byte[] one = GzipSplice.gzip(List.of(DeflatedPart.of(text, 6)));
        byte[] two = GzipSplice.gzip(List.of(DeflatedPart.of(text, 6)));
        assertThat(one).isEqualTo(two);
        assertThat(Arrays.copyOf(one, 10)).containsExactly(0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff);
    }

    private static Map<String, DeflatedPart> values(String manager, String doctor, String quickExit) {
        return Map.of("contact:leidinggevende", DeflatedPart.of(manager.getBytes(UTF_8), 9),
                "contact:huisarts", DeflatedPart.of(doctor.getBytes(UTF_8), 9),
                "quick-exit", DeflatedPart.of(quickExit.getBytes(UTF_8), 9));
    }
}

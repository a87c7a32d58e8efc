package nl.signaalwijzer.web.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Our gzip is standard gzip, and our own inflating of it gives back exactly the bytes put in. */
class CompressionTest {

    @Test
    void whatIsGzippedInflatesToTheSameBytesAlsoEmptyAndLarge() throws IOException {
        byte[] noisy = new byte[300_000];
        new Random(7).nextBytes(noisy);
        byte[] page = "<p>Praat er niet over met de persoon.</p>\n".repeat(2000).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (byte[] plain : new byte[][] {new byte[0], page, noisy}) {
            byte[] gzip = Compression.gzip(plain, Deflater.DEFAULT_COMPRESSION);
            try (GZIPInputStream standard = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
                assertThat(standard.readAllBytes()).isEqualTo(plain);
            }
        }
    }

    @Test
    void aSemicolonAloneIsNoCodingNotAnError() {
        // Error Prone's StringSplitter found it: ";".split(";") is an empty array, and [0] of it threw (a 500)
        assertThat(Compression.acceptsGzip(";")).isFalse();
        assertThat(Compression.acceptsGzip("br, ;, gzip")).isTrue();
    }
}

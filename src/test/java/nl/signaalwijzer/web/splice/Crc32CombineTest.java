package nl.signaalwijzer.web.splice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/** The combined CRC against {@link CRC32} of the whole, for random splits of random bytes. */
class Crc32CombineTest {

    private static int crc(byte[] bytes, int from, int to) {
        CRC32 crc = new CRC32();
        crc.update(bytes, from, to - from);
        return (int) crc.getValue();
    }

    @Test
    void twoCrcsCombineToTheCrcOfTheWhole() {
        Random random = new Random(21);
        for (int round = 0; round < 300; round++) {
            byte[] bytes = new byte[random.nextInt(round < 100 ? 16 : 200_000)];
            random.nextBytes(bytes);
            int cut = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
            int combined = Crc32Combine.combine(crc(bytes, 0, cut), crc(bytes, cut, bytes.length),
                    Crc32Combine.operator(bytes.length - cut));
            assertThat(combined).as("length %d cut at %d", bytes.length, cut).isEqualTo(crc(bytes, 0, bytes.length));
        }
    }

    @Test
    void emptyPiecesOnEitherSideChangeNothing() {
        byte[] bytes = "Bel de huisarts".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int whole = crc(bytes, 0, bytes.length);
        assertThat(Crc32Combine.combine(whole, 0, Crc32Combine.operator(0))).isEqualTo(whole);
        assertThat(Crc32Combine.combine(0, whole, Crc32Combine.operator(bytes.length))).isEqualTo(whole);
        assertThat(Crc32Combine.operator(0)).isEqualTo(Crc32Combine.ONE);
    }

    @Test
    void longPiecesPastTwoToTheTwentyFour() {
        Random random = new Random(24);
        byte[] bytes = new byte[(1 << 24) + 1_000_003];
        random.nextBytes(bytes);
        int whole = crc(bytes, 0, bytes.length);
        for (int cut : new int[] {0, 1, 5_000, 1_000_003, bytes.length - (1 << 24) - 1, bytes.length}) {
            assertThat(Crc32Combine.combine(crc(bytes, 0, cut), crc(bytes, cut, bytes.length),
                    Crc32Combine.operator(bytes.length - cut))).as("cut at %d", cut).isEqualTo(whole);
        }
    }

    @Test
    void operatorsMultiplyAsPowersDo() {
        // x^(8a) · x^(8b) = x^(8(a+b)), also for lengths past 2^32 that gzip only keeps mod 2^32
        Random random = new Random(32);
        for (int round = 0; round < 200; round++) {
            long a = random.nextLong() >>> 1 >>> random.nextInt(60);
            long b = random.nextLong() >>> 1 >>> random.nextInt(60);
            assertThat(Crc32Combine.multiply(Crc32Combine.operator(a), Crc32Combine.operator(b)))
                    .isEqualTo(Crc32Combine.operator(a + b));
        }
    }

    @Test
    void squaringXThirtyTwoTimesGivesXAgainSoTheTableHasThirtyTwoEntries() {
        int x = Crc32Combine.ONE >>> 1;
        int p = x;
        for (int k = 0; k < 32; k++) {
            p = Crc32Combine.multiply(p, p);
        }
        assertThat(p).isEqualTo(x);
        assertThat(Crc32Combine.xPowerTimesTwoToThe(1, 32)).isEqualTo(x);
    }
}

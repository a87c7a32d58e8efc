package nl.signaalwijzer.web.splice;

import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * One piece of a response body, compressed once, ahead of time, so that a request only copies it:
 * raw deflate (no zlib or gzip wrapper) of these bytes alone, ended with a sync flush. The flush ends
 * the last block on a byte boundary with an empty stored block and never sets the final-block bit, so
 * any part can follow any other and the joined bytes are one valid deflate stream. Compressed alone,
 * a part never refers back into what comes before it: that is the price in size (measured in
 * {@code /work/notes/splice.md}) of being free to put anything before it.
 *
 * <p>Beside the bytes it keeps what the gzip trailer needs without reading them again: the CRC-32 and
 * length of the plain bytes, and the CRC operator for its length ({@link Crc32Combine}).
 */
public final class DeflatedPart {
    /** No bytes at all: joins to nothing, and its operator x^0 = 1 leaves a CRC as it is. */
    public static final DeflatedPart EMPTY = new DeflatedPart(new byte[0], 0, 0, Crc32Combine.ONE);

    private final byte[] deflated;
    private final int crc;
    private final int length;
    private final int operator;

    private DeflatedPart(byte[] deflated, int crc, int length, int operator) {
        this.deflated = deflated;
        this.crc = crc;
        this.length = length;
        this.operator = operator;
    }

    /**
     * @param level a {@link Deflater} level: the work is done once per page, so a high one may pay
     *              (see splice.md for what 6 and 9 give)
     */
    public static DeflatedPart of(byte[] plain, int level) {
        return of(plain, 0, plain.length, level);
    }

    /** The part of {@code plain[from, to)}. */
    public static DeflatedPart of(byte[] plain, int from, int to, int level) {
        int length = to - from;
        if (length == 0) {
            return EMPTY; // a sync flush of nothing would still write 5 bytes
        }
        CRC32 crc = new CRC32();
        crc.update(plain, from, length);
        return new DeflatedPart(deflate(plain, from, length, level), (int) crc.getValue(), length,
                Crc32Combine.operator(length));
    }

    private static byte[] deflate(byte[] plain, int from, int length, int level) {
        Deflater deflater = new Deflater(level, true);
        try {
            deflater.setInput(plain, from, length);
            byte[] out = new byte[length / 2 + 64];
            int done = 0;
            // a sync flush is complete only once deflate leaves room in the buffer (Deflater's contract)
            do {
                if (done == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                done += deflater.deflate(out, done, out.length - done, Deflater.SYNC_FLUSH);
            } while (done == out.length);
            return Arrays.copyOf(out, done);
        } finally {
            deflater.end();
        }
    }

    /** Length of the plain bytes. */
    public int length() {
        return length;
    }

    /** Heap this part takes, roughly (its compressed bytes, the array and the object), for memory budgets. */
    public long heapBytes() {
        return deflated.length + 16L + 32L;
    }

    byte[] deflated() {
        return deflated;
    }

    int crc() {
        return crc;
    }

    int operator() {
        return operator;
    }
}

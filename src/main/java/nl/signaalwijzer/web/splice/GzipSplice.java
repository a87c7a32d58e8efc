package nl.signaalwijzer.web.splice;

import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A response body joined from {@link DeflatedPart}s at request time, without compressing anything: as
 * one gzip member (what a browser gets), or as the plain bytes (for the rare client that does not accept
 * gzip).
 */
public final class GzipSplice {
    /**
     * The gzip header as {@link java.util.zip.GZIPOutputStream} writes it: deflate, no flags (no name, no
     * comment), no modification time, so equal parts always give equal bytes; OS 255 = unknown.
     */
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};
    /**
     * An empty final block: bit 1 BFINAL, bits 2-3 type 01 (fixed Huffman), then end-of-block (code 256,
     * seven zero bits), padded to the byte. The parts never set BFINAL, so the stream needs this to end.
     */
    private static final byte[] LAST_BLOCK = {0x03, 0x00};
    private static final int TRAILER = 8;

    private GzipSplice() {
    }

    /** One gzip member whose content is the parts' plain bytes, in order. */
    public static byte[] gzip(List<DeflatedPart> parts) {
        int size = HEADER.length + LAST_BLOCK.length + TRAILER;
        for (DeflatedPart part : parts) {
            size += part.deflated().length;
        }
        byte[] out = new byte[size];
        System.arraycopy(HEADER, 0, out, 0, HEADER.length);
        int at = HEADER.length;
        int crc = 0; // the CRC of nothing
        int length = 0; // gzip keeps the length mod 2^32, which is what int addition gives
        for (DeflatedPart part : parts) {
            byte[] deflated = part.deflated();
            System.arraycopy(deflated, 0, out, at, deflated.length);
            at += deflated.length;
            crc = Crc32Combine.combine(crc, part.crc(), part.operator());
            length += part.length();
        }
        System.arraycopy(LAST_BLOCK, 0, out, at, LAST_BLOCK.length);
        at += LAST_BLOCK.length;
        littleEndian(out, at, crc);
        littleEndian(out, at + 4, length);
        return out;
    }

    /**
     * The parts' plain bytes, inflated into one array of the exact size: the parts keep only their
     * compressed bytes (a third to a quarter of the plain ones, see splice.md), and inflating is paid only
     * by clients that refuse gzip.
     */
    public static byte[] plain(List<DeflatedPart> parts) {
        long size = 0;
        for (DeflatedPart part : parts) {
            size += part.length();
        }
        byte[] out = new byte[Math.toIntExact(size)];
        Inflater inflater = new Inflater(true);
        try {
            int done = 0;
            // the joined parts are one deflate stream (without its final block), fed to one inflater in turn
            for (DeflatedPart part : parts) {
                inflater.setInput(part.deflated());
                while (!inflater.needsInput()) {
                    int more = inflater.inflate(out, done, out.length - done);
                    if (more == 0 && !inflater.needsInput()) {
                        throw new IllegalStateException("deflated parts longer than their lengths say");
                    }
                    done += more;
                }
            }
            if (done != out.length) {
                throw new IllegalStateException("deflated parts shorter than their lengths say");
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException("a deflated part is corrupt", e);
        } finally {
            inflater.end();
        }
        return out;
    }

    private static void littleEndian(byte[] out, int at, int value) {
        out[at] = (byte) value;
        out[at + 1] = (byte) (value >>> 8);
        out[at + 2] = (byte) (value >>> 16);
        out[at + 3] = (byte) (value >>> 24);
    }
}

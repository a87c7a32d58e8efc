package nl.signaalwijzer.web.rendering;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.DataFormatException;
import java.util.zip.GZIPOutputStream;
import java.util.zip.Inflater;
import org.jspecify.annotations.Nullable;

/**
 * The one home of gzip in the web layer: compressing a body once, ahead of time (prepared pages,
 * static files), and choosing per request whether the client gets that gzip form. Dynamic pages are
 * compressed by Javalin itself (see {@code WebServer}).
 */
final class Compression {

    private Compression() {
    }

    /** @param level a {@link java.util.zip.Deflater} level; the work is done once, so a high level may pay */
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

    /**
     * The plain bytes of a body made by {@link #gzip}: inflated straight into an array of the size the
     * gzip trailer gives, so a prepared page costs one inflate and one array per request (no stream
     * buffers). Only for our own gzip (a 10-byte header without optional fields, one member, under 4 GiB);
     * anything else is a bug, not bad input.
     */
    static byte[] gunzip(byte[] gzip) {
        int n = gzip.length;
        if (n < HEADER + TRAILER || gzip[0] != (byte) 0x1f || gzip[1] != (byte) 0x8b || gzip[3] != 0) {
            throw new IllegalArgumentException("not a gzip body of Compression.gzip");
        }
        int size = (gzip[n - 4] & 0xff) | (gzip[n - 3] & 0xff) << 8 | (gzip[n - 2] & 0xff) << 16 | (gzip[n - 1] & 0xff) << 24;
        if (size < 0 || size / MAX_RATIO > n) {
            throw new IllegalArgumentException("gzip trailer gives an impossible size");
        }
        byte[] plain = new byte[size];
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(gzip, HEADER, n - HEADER - TRAILER);
            int done = 0;
            while (done < size) {
                int more = inflater.inflate(plain, done, size - done);
                if (more == 0 && (inflater.finished() || inflater.needsInput())) {
                    throw new IllegalArgumentException("gzip body shorter than its trailer says");
                }
                done += more;
            }
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("corrupt gzip body", e);
        } finally {
            inflater.end();
        }
        return plain;
    }

    /** Deflate never inflates more than about 1032 times: a larger size in the trailer is corrupt. */
    private static final int MAX_RATIO = 1033;
    private static final int HEADER = 10;
    private static final int TRAILER = 8;

    /** Whether an {@code Accept-Encoding} header accepts gzip (and does not refuse it with {@code q=0}). */
    static boolean acceptsGzip(@Nullable String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.strip().split(";", -1); // -1: ";" alone gives [""], not an empty array
            if (parts[0].strip().equalsIgnoreCase("gzip")) {
                return parts.length < 2 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    /** Answers with the gzip form when there is one and the client accepts it, else with the plain bytes. */
    static void send(Context ctx, byte[] plain, byte @Nullable [] gzip) {
        if (gzip != null && acceptsGzip(ctx.header("Accept-Encoding"))) {
            ctx.header("Content-Encoding", "gzip");
            ctx.result(gzip);
        } else {
            ctx.result(plain);
        }
    }

    /**
     * Answers with a body kept only gzipped: as is when the client accepts gzip (every browser does),
     * else inflated for this request.
     */
    static void sendGzipped(Context ctx, byte[] gzip) {
        if (acceptsGzip(ctx.header("Accept-Encoding"))) {
            ctx.header("Content-Encoding", "gzip");
            ctx.result(gzip);
        } else {
            ctx.result(gunzip(gzip));
        }
    }
}

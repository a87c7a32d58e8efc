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
 * The one home of gzip for whole bodies in the web layer: compressing a body once, ahead of time (static
 * files), and choosing per request whether the client gets that gzip form. Prepared pages are joined from parts
 * deflated once ({@code web.splice}); dynamic pages are compressed by Javalin itself (see {@code WebServer}).
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
}

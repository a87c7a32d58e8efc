package nl.signaalwijzer.web.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nl.signaalwijzer.flow.Text;

/** Reads a request body with a hard size limit, and decodes text strictly (broken UTF-8 is a 400). */
public final class RequestBody {
    public static final int MAX_BYTES = 16 * 1024;
    /**
     * A body somewhat over the limit is read and thrown away before we answer 413: answering first
     * and closing would reset the connection while the client is still sending, and it would never
     * see the friendly answer. Anything larger than this is not worth reading; then the connection closes.
     */
    static final int DRAIN_BYTES = 1024 * 1024;

    private RequestBody() {
    }

    /** Refuses (415) a body that does not declare {@code mediaType}; parameters such as charset are allowed. */
    public static void requireType(Context ctx, String mediaType, Text whenWrong) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).split(";", -1)[0].strip().equals(mediaType)) {
            throw new HttpError(415, "unsupported-media-type", whenWrong);
        }
    }

    public static byte[] bytes(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        try (InputStream in = ctx.req().getInputStream()) {
            if (declared > MAX_BYTES) {
                throw tooLarge(in, declared);
            }
            byte[] body = in.readNBytes(MAX_BYTES + 1);
            if (body.length > MAX_BYTES) {
                throw tooLarge(in, declared);
            }
            return body;
        } catch (IOException e) {
            throw HttpError.badRequest("unreadable-body", "Het bericht kwam niet goed aan.", "The message did not arrive intact.");
        }
    }

    private static HttpError tooLarge(InputStream in, long declared) throws IOException {
        if (declared <= DRAIN_BYTES) {
            long skipped = 0;
            byte[] sink = new byte[8192];
            for (int n; skipped <= DRAIN_BYTES && (n = in.read(sink)) > 0; ) {
                skipped += n;
            }
        }
        return HttpError.tooLarge();
    }

    public static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw brokenText();
        }
    }

    static HttpError brokenText() {
        return HttpError.badRequest("invalid-utf8", "Het bericht bevat tekens die we niet kunnen lezen.",
                "The message contains characters we cannot read.");
    }
}

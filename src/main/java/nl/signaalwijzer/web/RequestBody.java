package nl.signaalwijzer.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reads a request body with a hard size limit, and decodes text strictly (broken UTF-8 is a 400). */
final class RequestBody {
    static final int MAX_BYTES = 16 * 1024;

    private RequestBody() {
    }

    static byte[] bytes(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_BYTES) {
            throw HttpError.tooLarge();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes(MAX_BYTES + 1);
            if (body.length > MAX_BYTES) {
                throw HttpError.tooLarge();
            }
            return body;
        } catch (IOException e) {
            throw HttpError.badRequest("unreadable-body", "Het bericht kwam niet goed aan.", "The message did not arrive intact.");
        }
    }

    static String utf8(byte[] bytes) {
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

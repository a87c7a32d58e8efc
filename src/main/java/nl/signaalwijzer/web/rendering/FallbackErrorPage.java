package nl.signaalwijzer.web.rendering;

import nl.signaalwijzer.web.http.SecurityHeaders;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty answers some broken requests itself, before Javalin sees them (a bad %-escape or broken
 * UTF-8 in the address, a malformed request line, headers that are far too large). This gives
 * those our own error page (the same template, with the safety shell) and the same headers, instead
 * of Jetty's technical one.
 */
public final class FallbackErrorPage extends ErrorHandler {
    private final IntFunction<String> page;

    /** @param page the error page for a status; it never repeats anything from the request */
    public FallbackErrorPage(IntFunction<String> page) {
        this.page = page;
        setShowStacks(false);
        setShowMessageInTitle(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        HttpFields.Mutable headers = response.getHeaders();
        SecurityHeaders.ALL.forEach(headers::put);
        headers.put(HttpHeader.CONTENT_TYPE, Pages.HTML_TYPE);
        response.write(true, ByteBuffer.wrap(body(code)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        SecurityHeaders.ALL.forEach(fields::put);
        fields.put(HttpHeader.CONTENT_TYPE, Pages.HTML_TYPE);
        return ByteBuffer.wrap(body(status));
    }

    private byte[] body(int status) {
        return page.apply(status).getBytes(StandardCharsets.UTF_8);
    }
}

package nl.signaalwijzer.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty answers some broken requests itself, before Javalin sees them (a bad %-escape or broken
 * UTF-8 in the address, a malformed request line, headers that are far too large). This gives
 * those the same calm page and the same headers as ours, instead of Jetty's technical one.
 */
final class FallbackErrorPage extends ErrorHandler {
    private final String quickExitUrl;
    private final java.util.function.UnaryOperator<String> staticUrls;

    /** @param staticUrls makes the page's {@code /static/...} URLs content-hashed ({@link StaticAssets#rewrite}) */
    FallbackErrorPage(String quickExitUrl, java.util.function.UnaryOperator<String> staticUrls) {
        this.quickExitUrl = quickExitUrl;
        this.staticUrls = staticUrls;
        setShowStacks(false);
        setShowMessageInTitle(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        HttpFields.Mutable headers = response.getHeaders();
        SecurityHeaders.ALL.forEach(headers::put);
        headers.put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        response.write(true, ByteBuffer.wrap(page(code)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        SecurityHeaders.ALL.forEach(fields::put);
        fields.put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        return ByteBuffer.wrap(page(status));
    }

    /** A fixed page: it never repeats anything from the request. */
    private byte[] page(int status) {
        String exit = quickExitUrl.replace("&", "&amp;").replace("\"", "&quot;");
        return ("<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + staticUrls.apply("<title>Dat lukte niet</title><link rel=\"stylesheet\" href=\"/static/css/app.css\">"
                + "<script src=\"/static/js/safety.js\" defer></script></head><body>")
                + "<a class=\"quick-exit\" href=\"" + exit + "\" rel=\"noreferrer\" data-quick-exit>Snel weg</a>"
                + "<header class=\"topbar\"><a class=\"brand\" href=\"/\">Signaalwijzer</a>"
                + "<a class=\"danger\" href=\"tel:112\">Direct gevaar? Bel 112</a></header>"
                + "<main id=\"main\"><h1>Dat lukte niet (" + status + ")</h1>"
                + "<p>Dit verzoek kwam niet goed aan. Er is niets bewaard.</p>"
                + "<p lang=\"en\">This request did not arrive intact. Nothing was kept.</p>"
                + "<p><a class=\"primary\" href=\"/\">Opnieuw beginnen / Start again</a></p></main></body></html>\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}

package nl.signaalwijzer.web.http;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.signaalwijzer.flow.Text;
import org.jspecify.annotations.Nullable;

/**
 * A request we answer with a 4xx (or, for our own faults, a 500): the status, a stable error code for
 * the API, and a calm message for people. Thrown anywhere in a handler; {@code WebServer} turns it into
 * the error page or the API's JSON error. Without a stack trace: it is an answer, not a fault.
 */
public final class HttpError extends RuntimeException {
    private final int status;
    private final String code;
    private final Text text;
    private final @Nullable Integer answer;
    private final @Nullable String detail;

    /**
     * @param answer the index of the offending answer in the request, or null
     * @param detail technical detail for API clients (English), or null; never shown on pages
     */
    public HttpError(int status, String code, Text text, @Nullable Integer answer, @Nullable String detail) {
        super(code, null, false, false);
        this.status = status;
        this.code = code;
        this.text = text;
        this.answer = answer;
        this.detail = detail;
    }

    public HttpError(int status, String code, Text text, @Nullable Integer answer) {
        this(status, code, text, answer, null);
    }

    public HttpError(int status, String code, Text text) {
        this(status, code, text, null);
    }

    public int status() {
        return status;
    }

    /** For people, on the error page. */
    public Text text() {
        return text;
    }

    /**
     * The error as the API's JSON says it (contract v1): {@code code} (stable, for API clients to act on,
     * e.g. {@code unknown-flow}; never translated), {@code message} (English: the human text, plus technical
     * detail when there is some), and {@code answer} (the index of the offending answer in the request) when
     * one answer is to blame.
     */
    public Map<String, Object> apiError() {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", detail == null ? text.en() : text.en() + " " + detail);
        if (answer != null) {
            error.put("answer", answer);
        }
        return error;
    }

    public static HttpError badRequest(String code, String nl, String en) {
        return new HttpError(400, code, new Text(nl, en));
    }

    public static HttpError notFound() {
        return new HttpError(404, "not-found", new Text(
                "Deze pagina bestaat niet.", "This page does not exist."));
    }

    /** An organisation or location this server does not know (contract v1.3); the message names none. */
    public static HttpError unknownOrganisation() {
        return new HttpError(404, "unknown-organisation", new Text(
                "Deze pagina bestaat niet. Kijk of het adres klopt.", "This page does not exist. Check the address."));
    }

    public static HttpError unknownFlow() {
        return new HttpError(404, "unknown-flow", new Text(
                "Deze vragenlijst bestaat niet (meer).", "This set of questions does not exist (any more)."));
    }

    static HttpError tooLarge() {
        return new HttpError(413, "body-too-large", new Text(
                "Er werd te veel tegelijk verstuurd.", "Too much was sent at once."));
    }
}

package nl.signaalwijzer.web;

import nl.signaalwijzer.flow.Text;

/**
 * A request we answer with a 4xx: the status, a stable error code for the API, and a calm message
 * for people. {@code answer} is the index of the offending answer, or null.
 */
public final class HttpError extends RuntimeException {
    private final int status;
    private final String code;
    private final Text text;
    private final Integer answer;
    private final String detail;

    /** @param detail technical detail for API clients (English), or null; never shown on pages */
    public HttpError(int status, String code, Text text, Integer answer, String detail) {
        super(code, null, false, false);
        this.status = status;
        this.code = code;
        this.text = text;
        this.answer = answer;
        this.detail = detail;
    }

    public HttpError(int status, String code, Text text, Integer answer) {
        this(status, code, text, answer, null);
    }

    public HttpError(int status, String code, Text text) {
        this(status, code, text, null);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Text text() {
        return text;
    }

    public Integer answer() {
        return answer;
    }

    /** The English message for the API: the human text plus technical detail when there is some. */
    public String apiMessage() {
        return detail == null ? text.en() : text.en() + " " + detail;
    }

    static HttpError badRequest(String code, String nl, String en) {
        return new HttpError(400, code, new Text(nl, en));
    }

    static HttpError notFound() {
        return new HttpError(404, "not-found", new Text(
                "Deze pagina bestaat niet.", "This page does not exist."));
    }

    static HttpError unknownFlow() {
        return new HttpError(404, "unknown-flow", new Text(
                "Deze vragenlijst bestaat niet (meer).", "This set of questions does not exist (any more)."));
    }

    static HttpError tooLarge() {
        return new HttpError(413, "body-too-large", new Text(
                "Er werd te veel tegelijk verstuurd.", "Too much was sent at once."));
    }
}

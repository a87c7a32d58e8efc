package nl.signaalwijzer.web.rendering;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import nl.signaalwijzer.flow.Lang;

/** What every page template needs: language, page words, title, and the way to the other language. */
public final class Pages {

    private Pages() {
    }

    public static void html(Context ctx, String page) {
        ctx.contentType(HTML_TYPE).result(page);
    }

    public static final String HTML_TYPE = "text/html; charset=utf-8";

    /** A prepared body: gzipped when the client accepts it, so no compression happens per request (inflated when not). */
    public static void send(Context ctx, String contentType, PreparedPages.Body body) {
        ctx.contentType(contentType);
        if (ctx.res().getHeader("Vary") == null) {
            ctx.header("Vary", "Accept-Encoding");
        }
        Compression.sendGzipped(ctx, body.gzip());
    }

    static Map<String, Object> base(Lang lang, String title, Map<String, Object> content) {
        Map<String, Object> model = new HashMap<>(content);
        model.put("lang", lang.code());
        model.put("otherLang", lang == Lang.NL ? Lang.EN.code() : Lang.NL.code());
        model.put("ui", UiText.in(lang));
        model.put("title", title);
        return model;
    }
}

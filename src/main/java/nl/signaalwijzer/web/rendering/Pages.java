package nl.signaalwijzer.web.rendering;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import nl.signaalwijzer.flow.FlowCatalog;

/** What every page template needs: language and direction, page words, title, and the switch to the other languages. */
public final class Pages {

    private Pages() {
    }

    public static void html(Context ctx, String page) {
        ctx.contentType(HTML_TYPE).result(page);
    }

    public static final String HTML_TYPE = "text/html; charset=utf-8";

    /**
     * A prepared body with the parts of the organisation or location whose flows are {@code scope}: gzipped when the
     * client accepts it, so no compression happens per request (inflated when not).
     */
    public static void send(Context ctx, String contentType, PreparedPages.Body body, FlowCatalog scope) {
        ctx.contentType(contentType);
        if (ctx.res().getHeader("Vary") == null) {
            ctx.header("Vary", "Accept-Encoding");
        }
        if (Compression.acceptsGzip(ctx.header("Accept-Encoding"))) {
            ctx.header("Content-Encoding", "gzip");
            ctx.result(body.gzip(scope));
        } else {
            ctx.result(body.plain(scope));
        }
    }

    static Map<String, Object> base(PageLanguage language, String title, Map<String, Object> content) {
        Map<String, Object> model = new HashMap<>(content);
        model.put("lang", language.lang().tag());
        model.put("htmlLang", language.language().htmlLang());
        model.put("dir", language.language().direction());
        model.put("languages", language.others());
        model.put("ui", language.ui());
        model.put("title", title);
        return model;
    }
}

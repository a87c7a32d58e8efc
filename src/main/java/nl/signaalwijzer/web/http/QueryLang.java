package nl.signaalwijzer.web.http;

import io.javalin.http.Context;
import nl.signaalwijzer.flow.Lang;

/**
 * The language a GET asks for ({@code ?lang=en}): Dutch when none or an unknown one is given, so a
 * page or the API always answers. (A form post carries its language in the form; see {@code PageRoutes}.)
 */
public final class QueryLang {

    private QueryLang() {
    }

    public static Lang of(Context ctx) {
        return Lang.parse(ctx.queryParam("lang")).orElse(Lang.NL);
    }
}

package nl.signaalwijzer.web;

import io.javalin.http.Context;
import java.util.Map;
import java.util.function.Supplier;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.Lang;

/**
 * The pages of the safety shell: privacy, how "Snel weg" works, and the kiosk's QR codes.
 *
 * @param catalog the flows in use now
 */
record SafetyRoutes(Supplier<FlowCatalog> catalog, Views views, OutcomeQr qr) {
    static final String PRIVACY = "/privacy";
    static final String QUICK_EXIT_HELP = "/snel-weg";
    static final String QR = "/qr/{flowId}/{outcomeId}";

    SafetyRoutes(Supplier<FlowCatalog> catalog, Views views) {
        this(catalog, views, new OutcomeQr());
    }

    void privacy(Context ctx) {
        Lang lang = QueryLang.of(ctx);
        Pages.html(ctx, views.page("privacy", lang, "privacyTitle",
                Map.of("organisation", catalog.get().organisation().name().in(lang))));
    }

    void quickExitHelp(Context ctx) {
        Pages.html(ctx, views.page("quick-exit", QueryLang.of(ctx), "exitHelpTitle", Map.of()));
    }

    void qrCode(Context ctx) {
        FlowCatalog current = catalog.get();
        Flow flow = current.flow(ctx.pathParam("flowId")).orElseThrow(HttpError::notFound);
        String svg = qr.svg(current, flow, ctx.pathParam("outcomeId"), QueryLang.of(ctx));
        if (svg == null) {
            throw HttpError.notFound();
        }
        // no-store stays (set for every response): a cached image named after an outcome would be a trace.
        ctx.contentType("image/svg+xml; charset=utf-8").result(svg);
    }
}

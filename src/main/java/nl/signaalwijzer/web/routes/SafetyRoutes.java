package nl.signaalwijzer.web.routes;

import nl.signaalwijzer.web.http.QueryLang;
import nl.signaalwijzer.web.rendering.Pages;
import nl.signaalwijzer.web.rendering.Views;

import io.javalin.http.Context;
import java.util.Map;
import java.util.function.Supplier;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.Lang;

/**
 * The pages of the safety shell: privacy and how "Snel weg" works. (The kiosk's QR code is drawn into the
 * outcome page, {@code OutcomeQr}: it differs per path, and an address for it would carry the path.)
 *
 * @param catalog the flows in use now
 */
public record SafetyRoutes(Supplier<FlowCatalog> catalog, Views views) {
    public static final String PRIVACY = "/privacy";
    public static final String QUICK_EXIT_HELP = "/snel-weg";

    public void privacy(Context ctx) {
        Lang lang = QueryLang.of(ctx);
        Pages.html(ctx, views.page("privacy", lang, "privacyTitle",
                Map.of("organisation", catalog.get().organisation().name().in(lang))));
    }

    public void quickExitHelp(Context ctx) {
        Pages.html(ctx, views.page("quick-exit", QueryLang.of(ctx), "exitHelpTitle", Map.of()));
    }
}

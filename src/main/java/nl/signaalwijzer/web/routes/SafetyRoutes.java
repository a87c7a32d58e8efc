package nl.signaalwijzer.web.routes;

import nl.signaalwijzer.web.http.QueryLang;
import nl.signaalwijzer.web.rendering.PageLanguage;
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
        FlowCatalog current = catalog.get();
        Lang lang = current.pageLanguage(QueryLang.of(ctx));
        Pages.html(ctx, views.page("privacy", PageLanguage.of(current, lang), "privacyTitle",
                Map.of("organisation", current.organisation().name().in(lang), "here", PRIVACY)));
    }

    public void quickExitHelp(Context ctx) {
        FlowCatalog current = catalog.get();
        Pages.html(ctx, views.page("quick-exit", PageLanguage.of(current, current.pageLanguage(QueryLang.of(ctx))),
                "exitHelpTitle", Map.of("here", QUICK_EXIT_HELP)));
    }
}

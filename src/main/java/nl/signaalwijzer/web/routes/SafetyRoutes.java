package nl.signaalwijzer.web.routes;

import nl.signaalwijzer.web.http.QueryLang;
import nl.signaalwijzer.web.rendering.PageLanguage;
import nl.signaalwijzer.web.rendering.Pages;
import nl.signaalwijzer.web.rendering.Views;

import io.javalin.http.Context;
import java.util.Map;
import java.util.function.Function;
import nl.signaalwijzer.web.rendering.SafetyShell;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.Lang;

/**
 * The pages of the safety shell: privacy and how "Snel weg" works. (The kiosk's QR code is drawn into the
 * outcome page, {@code OutcomeQr}: it differs per path, and an address for it would carry the path.)
 *
 * @param scopes which organisation or location a request is for
 * @param shell  the safety shell of an organisation's flows
 */
public record SafetyRoutes(Scopes scopes, Views views, Function<FlowCatalog, SafetyShell> shell) {
    public static final String PRIVACY = "/privacy";
    public static final String QUICK_EXIT_HELP = "/snel-weg";

    public void privacy(Context ctx) {
        FlowCatalog current = scopes.of(ctx).catalog();
        Lang lang = current.pageLanguage(QueryLang.of(ctx));
        Pages.html(ctx, views.page("privacy", PageLanguage.of(current, lang), "privacyTitle",
                Map.of("organisation", current.organisation().name().in(lang), "here", "privacy"), shell.apply(current)));
    }

    public void quickExitHelp(Context ctx) {
        FlowCatalog current = scopes.of(ctx).catalog();
        Pages.html(ctx, views.page("quick-exit", PageLanguage.of(current, current.pageLanguage(QueryLang.of(ctx))),
                "exitHelpTitle", Map.of("here", "snel-weg"), shell.apply(current)));
    }
}

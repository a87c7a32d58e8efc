package nl.signaalwijzer.web.routes;

import nl.signaalwijzer.web.http.HttpError;
import nl.signaalwijzer.web.http.QueryLang;
import nl.signaalwijzer.web.rendering.PageLanguage;
import nl.signaalwijzer.web.rendering.Pages;
import nl.signaalwijzer.web.rendering.Views;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.signaalwijzer.web.rendering.SafetyShell;
import nl.signaalwijzer.diagram.Diagrams;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.Lang;

/**
 * Pages for the people who adapt the flows: the list of flows with their versions, and each flow as a
 * diagram (a standalone SVG, or Mermaid text). Read-only views of the flows in use right now.
 *
 * @param scopes which organisation's flows a request is for (the diagrams name its contacts)
 * @param shell  the safety shell of an organisation's flows
 */
public record FlowToolRoutes(Scopes scopes, Views views, Function<FlowCatalog, SafetyShell> shell, Diagrams diagrams) {

    record FlowEntry(String id, String tag, String title, String description, String version) {
    }

    public FlowToolRoutes(Scopes scopes, Views views, Function<FlowCatalog, SafetyShell> shell) {
        this(scopes, views, shell, new Diagrams());
    }

    public void list(Context ctx) {
        FlowCatalog current = scopes.of(ctx).catalog();
        Lang lang = current.pageLanguage(QueryLang.of(ctx));
        List<FlowEntry> flows = new ArrayList<>();
        for (Flow flow : current.flows().values()) {
            Lang shown = current.languageOf(flow, lang);
            flows.add(new FlowEntry(flow.id(), shown.tag(), flow.title().in(shown), flow.description().in(shown),
                    flow.version()));
        }
        Pages.html(ctx, views.page("flows", PageLanguage.of(current, lang), "flowsTitle",
                Map.of("flows", flows, "here", "flows"), shell.apply(current)));
    }

    public void diagram(Context ctx) {
        FlowCatalog current = scopes.of(ctx).catalog();
        Flow flow = current.flow(ctx.pathParam("flowId")).orElseThrow(HttpError::unknownFlow);
        Lang lang = current.languageOf(flow, QueryLang.of(ctx));
        ctx.contentType("image/svg+xml; charset=utf-8").result(diagrams.svg(flow, current, lang));
    }

    public void mermaid(Context ctx) {
        FlowCatalog current = scopes.of(ctx).catalog();
        Flow flow = current.flow(ctx.pathParam("flowId")).orElseThrow(HttpError::unknownFlow);
        Lang lang = current.languageOf(flow, QueryLang.of(ctx));
        ctx.contentType("text/plain; charset=utf-8").result(diagrams.mermaid(flow, current, lang));
    }
}

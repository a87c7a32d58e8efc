package nl.signaalwijzer.diagram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.Lang;

/**
 * Rendered diagrams, cached per flow version and language: the version is a content hash, so a
 * reloaded flow gets a new key and an old picture is never shown for new content.
 */
public final class Diagrams {
    private final Cache<String, String> svgs = Caffeine.newBuilder().maximumSize(64).build();

    public String svg(Flow flow, FlowCatalog catalog, Lang lang) {
        return svgs.get(flow.id() + "@" + flow.version() + "/" + lang.code(),
                key -> SvgDiagram.render(FlowGraph.of(flow, catalog, lang)));
    }

    public String mermaid(Flow flow, FlowCatalog catalog, Lang lang) {
        return MermaidDiagram.render(FlowGraph.of(flow, catalog, lang));
    }
}

package nl.signaalwijzer.web.rendering;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.web.splice.DeflatedPart;

/**
 * The {@link ScopedPart}s of each organisation and location, rendered and deflated at first use and kept while
 * there is room: a response then only joins bytes. Bounded by weight, never by the number of organisations, so
 * 200 organisations with 5 locations each take no more memory than the bound; a part that fell out is rendered
 * again (microseconds). Keyed by the organisation's flows object, which a reload replaces: the old parts are
 * never served again and age out.
 */
final class PartCache {
    /** Enough for the parts of every outcome page of a few hundred locations; a part is 50-400 bytes deflated. */
    static final long MAX_WEIGHT = 4L << 20;

    /** An organisation's flows by identity: two scopes are never equal, and comparing them costs nothing. */
    private static final class Same {
        private final FlowCatalog scope;

        Same(FlowCatalog scope) {
            this.scope = scope;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Same same && same.scope == scope;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(scope);
        }
    }

    private record Key(Same scope, ScopedPart part) {
    }

    private final PageRenderer renderer;
    private final Cache<Key, DeflatedPart> parts = Caffeine.newBuilder().maximumWeight(MAX_WEIGHT)
            .weigher((Key key, DeflatedPart part) -> (int) Math.min(Integer.MAX_VALUE, part.heapBytes() + 64)).build();

    PartCache(PageRenderer renderer) {
        this.renderer = renderer;
    }

    DeflatedPart get(FlowCatalog scope, ScopedPart part) {
        return parts.get(new Key(new Same(scope), part), key -> DeflatedPart.of(
                part.render(scope, renderer.shell(scope)).getBytes(StandardCharsets.UTF_8), PreparedPages.LEVEL));
    }
}

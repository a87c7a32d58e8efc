package nl.signaalwijzer.web.rendering;

import java.util.concurrent.atomic.AtomicReference;
import nl.signaalwijzer.flow.FlowCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jspecify.annotations.Nullable;

/**
 * The {@link PreparedPages} of the catalog in use. They are keyed by the identity of the catalog object:
 * a reload ({@code FlowWatcher}) swaps in a new catalog, so the pages of the old one no longer match and
 * are never served again, not even for a moment. The pages of a new catalog are built in a background
 * thread the first time that catalog is asked for; until they are ready, pages are rendered per request.
 */
public final class PreparedPagesHolder {
    private static final Logger LOG = LoggerFactory.getLogger(PreparedPagesHolder.class);

    private final PageRenderer renderer;
    private final AtomicReference<@Nullable PreparedPages> ready = new AtomicReference<>();
    private final AtomicReference<@Nullable FlowCatalog> building = new AtomicReference<>();

    public PreparedPagesHolder(PageRenderer renderer) {
        this.renderer = renderer;
    }

    /** The prepared pages of exactly this catalog, or null while they are being prepared. */
    public @Nullable PreparedPages of(FlowCatalog catalog) {
        PreparedPages pages = ready.get();
        if (pages != null && pages.catalog() == catalog) {
            return pages;
        }
        FlowCatalog before = building.get();
        if (before != catalog && building.compareAndSet(before, catalog)) {
            // The pages of a replaced catalog are of no more use: let them go before building the next.
            if (pages != null) {
                ready.compareAndSet(pages, null);
            }
            Thread thread = new Thread(() -> prepare(catalog), "prepare-pages");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            thread.start();
        }
        return null;
    }

    private void prepare(FlowCatalog catalog) {
        long start = System.nanoTime();
        try {
            PreparedPages pages = PreparedPages.build(catalog, renderer, PreparedPages.MAX_BYTES,
                    () -> building.get() == catalog);
            if (pages == null) {
                return; // a newer catalog came in meanwhile; its own thread prepares it
            }
            // Only if no newer catalog was asked for meanwhile; either way of() checks the identity.
            if (building.get() == catalog) {
                ready.set(pages);
            }
            LOG.info("prepared {} conversation states ({} KiB) in {} ms", pages.states(), pages.bytes() / 1024,
                    (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            // Pages are then rendered per request, as without preparing; only the type, never content.
            LOG.error("preparing pages failed: {}", e.getClass().getName());
        }
    }
}

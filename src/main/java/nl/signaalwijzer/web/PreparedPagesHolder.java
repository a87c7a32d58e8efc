package nl.signaalwijzer.web;

import java.util.concurrent.atomic.AtomicReference;
import nl.signaalwijzer.flow.FlowCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link PreparedPages} of the catalog in use. They are built in a background thread the first time
 * a catalog is asked for (and again after a reload swaps the catalog); until then, pages are rendered.
 */
final class PreparedPagesHolder {
    private static final Logger LOG = LoggerFactory.getLogger(PreparedPagesHolder.class);

    private final PageRenderer renderer;
    private final AtomicReference<PreparedPages> ready = new AtomicReference<>();
    private final AtomicReference<FlowCatalog> building = new AtomicReference<>();

    PreparedPagesHolder(PageRenderer renderer) {
        this.renderer = renderer;
    }

    /** The prepared pages of exactly this catalog, or null while they are being prepared. */
    PreparedPages of(FlowCatalog catalog) {
        PreparedPages pages = ready.get();
        if (pages != null && pages.catalog() == catalog) {
            return pages;
        }
        FlowCatalog before = building.get();
        if (before != catalog && building.compareAndSet(before, catalog)) {
            Thread thread = new Thread(() -> prepare(catalog), "prepare-pages");
            thread.setDaemon(true);
            thread.start();
        }
        return null;
    }

    private void prepare(FlowCatalog catalog) {
        long start = System.nanoTime();
        try {
            PreparedPages pages = PreparedPages.build(catalog, renderer);
            if (building.get() == catalog) {
                ready.set(pages);
            }
            LOG.info("prepared {} conversation pages in {} ms", pages.states(), (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            // Pages are then rendered per request, as without preparing; only the type, never content.
            LOG.error("preparing pages failed: {}", e.getClass().getName());
        }
    }
}
